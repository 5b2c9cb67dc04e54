import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
// A copy of the example in SPEC.md section 4 (CI has no access to the design folder).
const spec = readFileSync(new URL('./spec-example.yaml', import.meta.url), 'utf8');

/** The ```yaml blocks of a Markdown text, with the line each starts on. */
function yamlBlocks(markdown: string): { line: number; text: string }[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => ({
    line: markdown.slice(0, m.index).split('\n').length,
    text: m[1]!,
  }));
}

/**
 * A block with `sla:` is a whole file; any other block shows some sections,
 * which must be valid in a whole file: they replace those sections of the
 * SPEC example.
 */
function asFile(block: string): string {
  const doc = parse(block) as Record<string, unknown>;
  if ('sla' in doc) return block;
  return stringify({ ...(parse(spec) as Record<string, unknown>), ...doc });
}

describe('every YAML example parses', () => {
  it('the SPEC 4 example, as written', () => {
    const { sla, problems } = parseSla(spec, 'spec-example.yaml');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(sla).toBeDefined();
  });

  const blocks = yamlBlocks(readme);

  it('README.md has YAML examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  for (const block of blocks) {
    it(`README.md line ${block.line}`, () => {
      const { sla, problems } = parseSla(asFile(block.text), `README.md:${block.line}`);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(sla).toBeDefined();
    });
  }
});

describe('the README lists every SLA error', () => {
  it('has a row in the error table for each reproducer in test/errors', () => {
    const codes = readdirSync(new URL('../errors/', import.meta.url))
      .filter((n) => n.startsWith('sla.') && n.endsWith('.stderr'))
      .map((n) => n.slice(0, -'.stderr'.length));
    for (const code of codes) expect(readme).toContain(`| \`${code}\` |`);
  });
});

describe('the README shows real output', () => {
  it.each(['validate.dk-smb.txt', 'calendar.easter.txt', 'calendar.christmas-add.txt'])('of %s', (golden) => {
    expect(readme).toContain(readFileSync(new URL(`../golden/${golden}`, import.meta.url), 'utf8'));
  });
});
