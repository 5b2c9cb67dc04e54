import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { hundredth } from '../../../src/formats/xlsx/cell-xml.js';
import type { CellType, SheetCell } from '../../../src/formats/xlsx/workbook.js';
import { readBack, xlsxBytes } from './read-xlsx.js';

/**
 * Random tables through the writer and back through SheetJS: every cell is
 * read as the kind and value its column promises. The expected values come
 * from luxon and plain arithmetic, not from the writer's code.
 */
const ZONES = ['Europe/Copenhagen', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'America/New_York'];
const KINDS = ['text', 'integer', 'number', 'minutes', 'percent', 'date-time', 'utc-offset', 'boolean'] as const;

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('=1+1', '+45', '-x', '@a', '\tb', '\rc', '_x0041_', '<&>', ' lead', 'trail ', ''),
);
const instant = fc.integer({ min: Date.UTC(1900, 2, 2), max: Date.UTC(2100, 0, 1) }).map((ms) => ms - (ms % 1000));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

function value(kind: (typeof KINDS)[number]): fc.Arbitrary<SheetCell> {
  const v: fc.Arbitrary<SheetCell> =
    kind === 'text'
      ? text
      : kind === 'integer'
        ? fc.integer()
        : kind === 'boolean'
          ? fc.boolean()
          : kind === 'date-time' || kind === 'utc-offset'
            ? instant
            : finite;
  return fc.option(v, { nil: null, freq: 5 });
}

const table = fc
  .record({ kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 6 }), zone: fc.constantFrom(...ZONES), count: fc.nat(6) })
  .chain(({ kinds, zone, count }) =>
    fc.record({
      types: fc.constant(kinds.map((kind): CellType => (kind === 'date-time' || kind === 'utc-offset' ? { kind, zone } : { kind }))),
      rows: fc.array(fc.tuple(...kinds.map(value)), { minLength: count, maxLength: count }),
    }),
  );

/** The decimal a number is written as (JavaScript's shortest), over 100: 93.33 -> 0.9333, 5e-324 -> 5e-326 (0). */
function overHundred(n: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/** `+05:30`; a local mean time's seconds kept, as the csv keeps them: `+05:21:10`. */
function offsetText(minutes: number): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  const two = (n: number) => String(n).padStart(2, '0');
  const rest = seconds % 60 === 0 ? '' : `:${two(seconds % 60)}`;
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}${rest}`;
}

/** What SheetJS reads for a cell of the writer: [type, value, shown text when it matters]. */
function expected(type: CellType, v: SheetCell): unknown {
  if (v === null) return undefined;
  switch (type.kind) {
    case 'text': {
      const guarded = /^[=+\-@\t\r]/.test(v as string) ? `'${v}` : (v as string);
      // Half a surrogate pair is not a character: U+FFFD. SheetJS folds CR LF into LF.
      return [
        's',
        guarded.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').replace(/\r\n/g, '\n'),
      ];
    }
    case 'integer':
    case 'number':
    case 'minutes':
      return ['n', (v as number) === 0 ? 0 : v];
    case 'percent':
      return ['n', overHundred(v as number) || 0];
    case 'date-time':
      return ['n', DateTime.fromMillis(v as number, { zone: type.zone }).toFormat('yyyy-MM-dd HH:mm:ss')];
    case 'utc-offset':
      return ['s', offsetText(DateTime.fromMillis(v as number, { zone: type.zone }).offset)];
    case 'boolean':
      return ['b', v];
  }
}

describe('random tables read back by an independent reader', () => {
  it('give every cell its kind and value', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ types, rows }) => {
        const columns = types.map((type, i) => ({ header: `c${i}`, type }));
        const sheet = readBack(await xlsxBytes({ sheets: [{ name: 'random', columns, rows }] })).Sheets.random!;
        rows.forEach((row, r) =>
          types.forEach((type, c) => {
            const cell = sheet[`${String.fromCharCode(65 + c)}${r + 2}`];
            // -0 and 0 are the same cell (a percent of 5e-324 is written as the decimal it is, which reads back as -0).
            const got = cell === undefined ? undefined : [cell.t, type.kind === 'date-time' ? cell.w : cell.v === 0 ? 0 : cell.v];
            expect(got).toEqual(expected(type, row[c]!));
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('hundredth', () => {
  it('is the number over 100 as the decimal it is written as, without binary noise', () => {
    expect([hundredth(93.33), hundredth(100), hundredth(0.5), hundredth(-12.5), hundredth(1e-7), hundredth(2e21)]).toEqual([
      '0.9333',
      '1',
      '0.005',
      '-0.125',
      '0.000000001',
      '20000000000000000000',
    ]);
    fc.assert(
      fc.property(finite, (p) => {
        // -0 and 0 are the same cell.
        expect(Number(hundredth(p)) || 0).toBe(overHundred(p) || 0);
      }),
    );
  });
});
