import { describe, expect, it } from 'vitest';
import { PROPOSAL, runExample } from './example-io.js';

/**
 * Every format of check, report, explain, compare (today's agreement against
 * fixtures/example/proposal.yaml) and suggest on the bundled example, pinned as
 * golden files (fixed --as-of, colour off: the fake Io is not a TTY). Update
 * deliberately with `npx vitest run test/cli/goldens.test.ts -u` and read the diff.
 */
const FORMATS = [
  ['table', 'txt'],
  ['json', 'json'],
  ['csv', 'csv'],
  ['ndjson', 'ndjson'],
  ['markdown', 'md'],
] as const;

const SCENARIOS: [name: string, command: string, args: string[]][] = [
  ['check.example', 'check', []],
  ['report.october', 'report', ['--month', '2026-10']],
  ['explain.nl-1005', 'explain', ['NL-1005']],
  ['compare.proposal-q4', 'compare', ['--sla', PROPOSAL, '--quarter', '2026-Q4', '--flips']],
  ['suggest.q4-95', 'suggest', ['--quarter', '2026-Q4', '--goal', '95%']],
];

describe('golden output of the bundled example', () => {
  for (const [name, command, args] of SCENARIOS) {
    for (const [format, ext] of FORMATS) {
      it(`${name} as ${format}`, async () => {
        const { code, out } = await runExample(command, [...args, '--format', format]);
        expect(code).toBe(0);
        await expect(out).toMatchFileSnapshot(`../golden/${name}.${ext}`);
      });
    }
  }

  it('report by customer and month for the quarter, as excel-da csv (formula guard, decimal commas, BOM)', async () => {
    const { code, out } = await runExample('report', [
      '--quarter',
      '2026-Q4',
      '--by',
      'customer,month',
      '--format',
      'csv',
      '--csv-dialect',
      'excel-da',
    ]);
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFF')).toBe(true);
    await expect(out).toMatchFileSnapshot('../golden/report.q4-by-customer-month.excel-da.csv');
  });

  it('check --all as csv', async () => {
    const { out } = await runExample('check', ['--all', '--month', '2026-10', '--format', 'csv']);
    await expect(out).toMatchFileSnapshot('../golden/check.october-all.csv');
  });

  it('explain of a P1 whose status updates pause while it waits for the customer (intervals between updates), as a table and as ndjson', async () => {
    for (const [format, ext] of [
      ['table', 'txt'],
      ['ndjson', 'ndjson'],
    ] as const) {
      const { out } = await runExample('explain', ['NL-1020', '--format', format]);
      await expect(out).toMatchFileSnapshot(`../golden/explain.nl-1020.${ext}`);
    }
  });

  it('explain of a ticket over Christmas as a table', async () => {
    const { out } = await runExample('explain', ['NL-1011']);
    await expect(out).toMatchFileSnapshot('../golden/explain.nl-1011.txt');
  });
});
