import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import { fencedBlocks, manualPages, readPage } from '../docs/pages.js';
// A copy of the example in SPEC.md section 4 (CI has no access to the design folder).
const spec = readFileSync(new URL('./spec-example.yaml', import.meta.url), 'utf8');

/** The ```yaml blocks of the manual (README.md and docs/), each with its page and the line it starts on. */
function yamlBlocks(): { page: string; line: number; text: string }[] {
  return manualPages().flatMap((page) =>
    fencedBlocks(readPage(page))
      .filter((b) => b.info === 'yaml')
      .map((b) => ({ page, line: b.line, text: b.text })),
  );
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

  const blocks = yamlBlocks();

  it('the manual has YAML examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  for (const block of blocks) {
    it(`${block.page} line ${block.line}`, () => {
      const { sla, problems } = parseSla(asFile(block.text), `${block.page}:${block.line}`);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(sla).toBeDefined();
    });
  }
});

describe('the manual lists every SLA error', () => {
  it('has a row for each reproducer in test/errors: in the error table of docs/sla-file.md, or in docs/refusals.md', () => {
    const codes = readdirSync(new URL('../errors/', import.meta.url))
      .filter((n) => n.startsWith('sla.') && n.endsWith('.stderr'))
      .map((n) => n.slice(0, -'.stderr'.length));
    const page = readPage('docs/sla-file.md') + readPage('docs/refusals.md');
    for (const code of codes) expect(page).toContain(`| \`${code}\` |`);
  });
});

describe('the command pages show real output', () => {
  it.each([
    ['validate.md', 'validate.dk-smb.txt'],
    ['calendar.md', 'calendar.easter.txt'],
    ['calendar.md', 'calendar.christmas-add.txt'],
  ])('docs/commands/%s shows %s', (page, golden) => {
    expect(readPage(`docs/commands/${page}`)).toContain(readFileSync(new URL(`../golden/${golden}`, import.meta.url), 'utf8'));
  });
});
