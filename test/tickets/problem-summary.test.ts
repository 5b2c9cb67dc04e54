import { describe, expect, it } from 'vitest';
import { formatProblemSummary } from '../../src/report/problem-summary.js';
import { hasStrictErrors, isErrorUnderStrict } from '../../src/tickets/problems.js';
import { importSla, load, RESOLUTION_ONLY } from './helpers.js';

const BAD =
  [
    'id;created;resolved',
    '1;05-03-2026 10:00;',
    ';05-03-2026 10:00;', // line 3: missing id
    '3;later;', // 4: unparseable
    '4;31-02-2026 10:00;', // 5: impossible
    '5;tomorrow;', // 6
    '6;05-03-2026 10:00;04-03-2026 10:00', // 7: resolved before created
    '7;someday;', // 8
    '8;never;', // 9
    '9;29-03-2026 02:30;', // 10: DST gap
    '10;13-03-2026 10:00;',
  ].join('\n') + '\n';

describe('problem summary on stderr', () => {
  it('groups rejected rows per file with counts and the first lines, then the rest', async () => {
    const result = await load(
      { 'tickets.csv': BAD, 'other.csv': 'id,created,resolved\n,2026-01-05 10:00,\n2,2026-01-05 11:00,\n' },
      { sla: importSla({ metrics: RESOLUTION_ONLY }) },
    );
    const text = formatProblemSummary(result.problems).join('\n') + '\n';
    await expect(text).toMatchFileSnapshot('../golden/tickets.problem-summary.txt');
    expect(formatProblemSummary(result.problems)[0]).toBe(
      'tickets.csv: warning: 7 rows skipped: 4 unparseable dates (lines 4, 6, 8, …), 1 impossible date (line 5), 1 missing id (line 3), 1 resolved before created (line 7)',
    );
  });

  it('--strict: rejected rows are errors, notices are not', async () => {
    const result = await load({ 'tickets.csv': BAD });
    expect(hasStrictErrors(result.problems, false)).toBe(false);
    expect(hasStrictErrors(result.problems, true)).toBe(true);
    expect(result.problems.filter(isErrorUnderStrict).map((p) => p.code)).not.toContain('tickets.dst-gap');
  });
});
