import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * One reproducer per user error (house style 7, hledger's test/errors/):
 * `<code>.<ext>` is the input, `<code>.stderr` the exact message, and
 * `<code>.args` (optional) the command line; every case must exit 2.
 * See README.md in this folder.
 */
const here = dirname(fileURLToPath(import.meta.url));
const SUPPORT = new Set(['.args', '.stderr', '.md', '.ts']);

const names = readdirSync(here).sort();
const inputs = names.filter((n) => !n.startsWith('_') && !SUPPORT.has(extname(n)));
// Every file of the folder is in the fake file system under its own name, so .args may name shared fixtures (`_sla.yaml`).
const files = Object.fromEntries(names.filter((n) => !SUPPORT.has(extname(n))).map((n) => [n, readFileSync(join(here, n))]));

describe('user errors: message and exit code', () => {
  it('has a reproducer for each .stderr and a .stderr for each reproducer', () => {
    const codes = (list: string[]) => list.map((n) => n.slice(0, -extname(n).length)).sort();
    expect(codes(inputs)).toEqual(codes(names.filter((n) => n.endsWith('.stderr'))));
  });

  for (const input of inputs) {
    const code = input.slice(0, -extname(input).length);
    it(code, async () => {
      const { code: exit, err } = await runCli(argsFor(input, code), fakeIo({ files }));
      expect(err).toBe(readFileSync(join(here, `${code}.stderr`), 'utf8'));
      expect(exit).toBe(2);
    });
  }
});

/** `<code>.args` split on spaces ("double quotes" keep spaces); an SLA file without one is validated. */
function argsFor(input: string, code: string): string[] {
  const argsFile = join(here, `${code}.args`);
  if (existsSync(argsFile)) return [...readFileSync(argsFile, 'utf8').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  if (extname(input) === '.yaml') return ['validate', input];
  throw new Error(`${input}: add ${code}.args with the command line that shows this error`);
}
