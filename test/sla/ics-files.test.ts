import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessTime } from '../../src/calendar/index.js';
import { formatProblem } from '../../src/problem.js';
import { icsPathsIn, type IcsText } from '../../src/sla/written/ics-files.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * holidays.ics in the SLA layer: which files a text names (the CLI reads
 * them), what parseSla does with their texts, and a check run whose
 * response clock stops for an ICS closure.
 */

const SLA = readFileSync('fixtures/ics/sla.yaml', 'utf8');
const google = readFileSync('fixtures/ics/lukkedage-google.ics', 'utf8');
const outlook = readFileSync('fixtures/ics/lukkedage-outlook.ics', 'utf8');
const texts = (extra: Record<string, IcsText> = {}): Map<string, IcsText> =>
  new Map(
    Object.entries({
      'lukkedage-google.ics': { file: 'x/lukkedage-google.ics', text: google },
      'lukkedage-outlook.ics': { file: 'x/lukkedage-outlook.ics', text: outlook },
      ...extra,
    }),
  );

describe('icsPathsIn: the files the CLI must read', () => {
  it('lists each path once, in file order, from every calendar', () => {
    expect(icsPathsIn(SLA)).toEqual(['lukkedage-google.ics', 'lukkedage-outlook.ics']);
  });

  it('lists nothing for a file without ICS, or one that is not YAML (parseSla says why)', () => {
    expect(icsPathsIn('sla: 1\ncalendars: { office: 24x7 }\n')).toEqual([]);
    expect(icsPathsIn('calendars: [\n')).toEqual([]);
    expect(icsPathsIn('calendars:\n  office:\n    holidays:\n      ics: [1, {a: b}, ok.ics]\n')).toEqual(['ok.ics']);
  });
});

describe('parseSla with the ICS texts', () => {
  it('compiles the calendars with their ICS closures', () => {
    const { sla, problems } = parseSla(SLA, 'sla.yaml', texts());
    expect(problems).toEqual([]);
    // Thu 24 Dec 2026 is closed by the Google file (not a Danish public holiday).
    const kontor = sla!.calendars.get('kontor')!.calendar;
    expect(businessTime(kontor, Date.UTC(2026, 11, 23, 23), Date.UTC(2026, 11, 24, 23))).toBe(0);
  });

  it('refuses a file whose ICS texts were not given, at the place the path is written', () => {
    const { sla, problems } = parseSla(SLA, 'sla.yaml');
    expect(sla).toBeUndefined();
    expect(problems.map(formatProblem).map((p) => p.split('\n')[0])).toEqual([
      'sla.yaml:15:13: calendars.kontor.holidays.ics[0]: the ICS file "lukkedage-google.ics" was not read',
      'sla.yaml:15:35: calendars.kontor.holidays.ics[1]: the ICS file "lukkedage-outlook.ics" was not read',
    ]);
  });

  it("lists the SLA file's own problems first, then each ICS file's, all at once", () => {
    const bad = SLA.replace('targets: { response: 4h }', 'targets: { respons: 4h }');
    const { problems } = parseSla(
      bad,
      'sla.yaml',
      texts({ 'lukkedage-outlook.ics': { file: 'x/lukkedage-outlook.ics', text: 'not a calendar' } }),
    );
    expect(problems.map((p) => [p.code, p.where.file])).toEqual([
      ['sla.unknown-metric', 'sla.yaml'],
      ['ics.not-ics', 'x/lukkedage-outlook.ics'],
    ]);
  });

  it('takes a list of paths only', () => {
    const { problems } = parseSla(SLA.replace('ics: [lukkedage-outlook.ics]', 'ics: lukkedage-outlook.ics'), 'sla.yaml', texts());
    expect(problems.map((p) => `${p.code} ${p.where.line}`)).toEqual(['sla.wrong-type 21']);
  });
});

describe('a check run with ICS closures', () => {
  it('stops the response clock for the Outlook service window', async () => {
    // Tue 6 Oct 2026, created 07:30, answered 10:00 in the office calendar (08-16): the window 07:00-09:00 closes 08:00-09:00, so 09:00-10:00 = 60 minutes.
    const files = {
      'sla.yaml': SLA,
      'lukkedage-google.ics': google,
      'lukkedage-outlook.ics': outlook,
      't.csv': 'id,created,first_response,resolved,status,priority\nNL-1,2026-10-06 07:30,2026-10-06 10:00,,Open,P3\n',
    };
    const { code, out } = await runCli(
      ['check', '--sla', 'sla.yaml', '--as-of', '2026-10-07', '--all', '--format', 'json', 't.csv'],
      fakeIo({ files }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).records[0]).toMatchObject({ ticket: 'NL-1', elapsed_minutes: 60 });
  });
});
