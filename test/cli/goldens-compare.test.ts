import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleIo, runExample } from './example-io.js';

/**
 * Every format of compare and suggest on the bundled example (today's
 * agreement against fixtures/example/proposal.yaml; suggest at 95 %), pinned
 * as golden files like goldens.test.ts. Update deliberately with
 * `npx vitest run test/cli/goldens-compare.test.ts -u` and read the diff.
 */
const PROPOSAL = 'fixtures/example/proposal.yaml';

const FORMATS = [
  ['table', 'txt'],
  ['json', 'json'],
  ['csv', 'csv'],
  ['ndjson', 'ndjson'],
  ['markdown', 'md'],
] as const;

const SCENARIOS: [name: string, command: string, args: string[]][] = [
  ['compare.proposal-q4', 'compare', ['--sla', PROPOSAL, '--quarter', '2026-Q4', '--flips']],
  ['suggest.q4-95', 'suggest', ['--quarter', '2026-Q4', '--goal', '95%']],
];

describe('golden output of compare and suggest on the bundled example', () => {
  for (const [name, command, args] of SCENARIOS) {
    for (const [format, ext] of FORMATS) {
      it(`${name} as ${format}`, async () => {
        const io = exampleIo({ files: { [PROPOSAL]: readFileSync(PROPOSAL, 'utf8') } });
        const { code, out } = await runExample(command, [...args, '--format', format], io);
        expect(code).toBe(0);
        await expect(out).toMatchFileSnapshot(`../golden/${name}.${ext}`);
      });
    }
  }
});
