import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problem.js';
import { hasStrictErrors, strictProblems } from '../../src/tickets/problems.js';
import { load } from './helpers.js';

/**
 * One reproducer per ticket-import error (house style 7): `errors/<code>.csv`
 * (plus `<code>.options.json` for command-line options) and `<code>.stderr`,
 * exactly what `slacheck check --strict` prints for it (main.ts prints each
 * problem of ProblemsFound, from strictProblems, as `slacheck: ` + formatProblem). They run through
 * the import directly, so they pin the messages without the calendar engine;
 * test/errors/ runs the CLI ones.
 */
const here = join(dirname(fileURLToPath(import.meta.url)), 'errors');
const cases = readdirSync(here).filter((n) => n.endsWith('.csv')).sort();

describe('ticket import errors: message and exit code under --strict', () => {
  for (const name of cases) {
    const code = name.slice(0, -'.csv'.length);
    it(code, async () => {
      const optionsFile = join(here, `${code}.options.json`);
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
      const result = await load({ [name]: readFileSync(join(here, name)) }, options === undefined ? {} : { options });
      expect(result.problems.map((p) => p.code)).toContain(code);
      expect(hasStrictErrors(result.problems, true)).toBe(true);
      const stderr = strictProblems(result.problems).map((p) => `slacheck: ${formatProblem(p)}\n`).join('');
      await expect(stderr).toMatchFileSnapshot(`errors/${code}.stderr`);
    });
  }
});
