import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import { presets } from '../../src/sla/presets/index.js';
import { REVIEW_SLA } from './review-io.js';

/** The `report:` section of the SLA file: normalised with its defaults, checked with located messages. */
const withReport = (section: string) => REVIEW_SLA.replace(/^report: .*$/m, section);
const problems = (text: string) => parseSla(text, 'sla.yaml').problems.map(formatProblem);

describe('the report: section', () => {
  it('is read with its defaults: twelve months of trend, no language, deadline or major incidents', () => {
    const { sla } = parseSla(withReport(''), 'sla.yaml');
    expect(sla?.report).toEqual({ trendMonths: 12 });
  });

  it('keeps major as written for the document and in comparison form for matching', () => {
    const { sla } = parseSla(
      withReport(
        'report: { title: Månedsrapport, language: da, due: { working_day: 5, calendar: always }, major: { priority: [" P1 ", 1] }, trend_months: 6 }',
      ),
      'sla.yaml',
    );
    expect(sla?.report).toEqual({
      title: 'Månedsrapport',
      language: 'da',
      due: { workingDay: 5, calendar: 'always' },
      major: { when: { priority: ['p1', '1'] }, written: { priority: ['P1', '1'] } },
      trendMonths: 6,
    });
  });

  it('names an unknown deadline calendar with the nearest one', () => {
    expect(problems(withReport('report: { due: { working_day: 5, calendar: alwys } }'))).toEqual([
      'sla.yaml:15:44: report.due.calendar: unknown calendar "alwys"; did you mean "always"?\n  calendars defined: always',
    ]);
  });

  it('refuses a language other than da or en, a working day of 0 and an unknown key', () => {
    const found = problems(withReport('report: { language: de, due: { working_day: 0, calendar: always }, trend_month: 12 }'));
    expect(found.length).toBe(3);
    expect(found[0]).toMatch(/^sla\.yaml:15:21: report\.language: invalid option: expected one of "da"\|"en"/);
    expect(found[1]).toMatch(/^sla\.yaml:15:45: report\.due\.working_day: too small/);
    expect(found[2]).toMatch(/^sla\.yaml:15:68: report\.trend_month: unknown key; did you mean "trend_months"\?/);
  });

  it('warns about a major key one typo from a canonical field', () => {
    expect(problems(withReport('report: { major: { priorty: P1 } }'))).toEqual([
      'sla.yaml:15:20: warning: report.major.priorty: "priorty" is not a canonical ticket field; did you mean "priority"?\n  a custom column of that name works too; then ignore this warning',
    ]);
  });

  it('is in the dk-smb starter, valid as it stands', () => {
    const { sla, problems: found } = parseSla(presets['dk-smb'], 'sla.yaml');
    expect(found).toEqual([]);
    expect(sla?.report?.due).toEqual({ workingDay: 5, calendar: 'office' });
  });
});
