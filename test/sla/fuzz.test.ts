import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { hasErrors } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import { presets } from '../../src/sla/presets/index.js';

/**
 * The loader never crashes: whatever the text, parseSla gives either an Sla
 * (perhaps with warnings) or errors, and every problem names the file, a line
 * and a column inside the text.
 */
function expectWellFormed(text: string): void {
  const { sla, problems } = parseSla(text, 'sla.yaml');
  const lines = text.split('\n').length;
  expect(sla === undefined).toBe(hasErrors(problems));
  for (const p of problems) {
    expect(p.code).toMatch(/^sla\.[a-z0-9-]+$/);
    expect(p.message).toMatch(/^[^A-Z]/);
    expect(p.message).not.toMatch(/\.$/);
    expect(p.where.file).toBe('sla.yaml');
    expect(p.where.line).toBeGreaterThanOrEqual(1);
    expect(p.where.line).toBeLessThanOrEqual(lines + 1);
    expect(p.where.column).toBeGreaterThanOrEqual(1);
  }
}

const valid = presets['dk-smb'];
const validLines = valid.split('\n');

const keys = fc.constantFrom(
  'sla',
  'name',
  'timezone',
  'calendars',
  'metrics',
  'policies',
  'goals',
  'hours',
  'holidays',
  'when',
  'targets',
  'response',
  'x',
  '24x7',
  'mon-fri',
);
const scalars = fc.oneof(
  fc.constantFrom(
    '4h',
    '30',
    '95%',
    '24x7',
    'office',
    '08:00-16:00',
    'Europe/Copenhagen',
    '',
    'null',
    '~',
    '1:30',
    '&a x',
    '*a',
    '!!str x',
    '{',
    '[',
    '"',
    "'",
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalars,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
  ),
})).value;

type Edit =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'insert' | 'value'; line: number; text: string }
  | { kind: 'indent'; line: number; by: number };

/** One edit to one line of a valid file: what a person does with a text editor (or a cat on the keyboard). */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    line: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('  - x', 'foo: bar', '    bad: [', '\t', '---', '%YAML 1.1', '  extra: 1', 'goals: 5'),
    ),
  }),
  fc.record({ kind: fc.constant('value' as const), line: fc.nat(), text: scalars.map(String) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

function apply(lines: string[], e: Edit): string[] {
  const out = [...lines];
  const i = e.line % out.length;
  const line = out[i]!;
  if (e.kind === 'delete') out.splice(i, 1);
  if (e.kind === 'duplicate') out.splice(i, 0, line);
  if (e.kind === 'insert') out.splice(i, 0, e.text);
  if (e.kind === 'value') out[i] = line.includes(': ') ? `${line.slice(0, line.indexOf(': ') + 2)}${e.text}` : `${line}${e.text}`;
  if (e.kind === 'indent') out[i] = e.by >= 0 ? `${' '.repeat(e.by)}${line}` : line.replace(new RegExp(`^ {0,${-e.by}}`), '');
  return out;
}

describe('parseSla never crashes', () => {
  it('accepts the valid file itself without problems', () => {
    expect(parseSla(valid, 'sla.yaml').problems).toEqual([]);
  });

  it('on random mutations of a valid file', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        expectWellFormed(edits.reduce(apply, validLines).join('\n'));
      }),
      { numRuns: 400 },
    );
  });

  it('on random YAML documents', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, values, { maxKeys: 8 }), (doc) => {
        expectWellFormed(stringify(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('on random text', () => {
    const chars = fc.constantFrom(...'ab: -[]{}#&*!|>\'"%@`,?\n\t 0123'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 80 }).map((c) => c.join('')),
        (text) => {
          expectWellFormed(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
