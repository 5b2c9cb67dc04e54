import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/problem.js';
import { MAX_CELLS, MAX_FIELD_BYTES } from '../../src/tickets/read/csv-refusals.js';
import { csvBatches, type RowBatch, type SkipHandler } from '../../src/tickets/read/csv-rows.js';
import type { CsvEnd } from '../../src/tickets/read/csv-tokenizer.js';
import { FileRejected } from '../../src/tickets/read/file-error.js';
import { csvParseBatches } from './oracle/csv-parse-rows.js';

/**
 * Issue 21: the tokenizer reads every file as csv-parse did (the oracle in
 * oracle/csv-parse-rows.ts): the same records, the same line for each, the
 * same refusal with the same line, the same end facts, whatever the quoting,
 * line ends, chunk boundaries and limits. Files are generated from hostile
 * pieces (quotes inside unquoted cells, a quote before the delimiter,
 * unterminated quotes, mixed line ends, empty lines, BOMs, NULs, tabs read
 * without quoting as Request Tracker writes them, fields near 1 MB).
 */
type Reader = (
  file: string,
  chunks: AsyncIterable<Buffer>,
  delimiter: string | undefined,
  onSkip: SkipHandler,
  unquotedTabs?: boolean,
) => AsyncGenerator<RowBatch>;

type Outcome = { rows: string[][]; lines: number[]; skipped: [number, string][]; end?: CsvEnd; refused?: Problem; nulFlagged: boolean };

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function outcome(read: Reader, bytes: Buffer, size: number, delimiter: string | undefined, unquotedTabs: boolean): Promise<Outcome> {
  const out: Outcome = { rows: [], lines: [], skipped: [], nulFlagged: true };
  try {
    for await (const batch of read(
      't.csv',
      chunks(bytes, size),
      delimiter,
      (line, message) => out.skipped.push([line, message]),
      unquotedTabs,
    )) {
      out.rows.push(...batch.rows);
      out.lines.push(...batch.lines);
      // Rows with a NUL must come in a batch that says so (read-file.ts looks for it only then).
      if (!batch.nul && batch.rows.some((row) => row.some((cell) => cell.includes('\u0000')))) out.nulFlagged = false;
      if (batch.end !== undefined) out.end = batch.end;
    }
  } catch (error) {
    if (!(error instanceof FileRejected)) throw error;
    out.refused = error.problem;
  }
  return out;
}

/** Both readers on the same bytes, cut into the same chunks. */
async function expectSame(bytes: Buffer, size: number, delimiter?: string, unquotedTabs = false): Promise<Outcome> {
  const ours = await outcome(csvBatches, bytes, size, delimiter, unquotedTabs);
  const oracle = await outcome(csvParseBatches, bytes, size, delimiter, unquotedTabs);
  expect(ours.refused).toEqual(oracle.refused);
  expect(ours.skipped).toEqual(oracle.skipped);
  expect(ours.nulFlagged).toBe(true);
  if (ours.refused === undefined || ours.refused.code === 'tickets.unclosed-quote') {
    expect(ours.rows).toEqual(oracle.rows);
    expect(ours.lines).toEqual(oracle.lines);
    expect(ours.end).toEqual(oracle.end);
  } else {
    // A refusal mid-file: the rows handed on before it depend on where the slices fell; each side's are the first rows of the file.
    const n = Math.min(ours.rows.length, oracle.rows.length);
    expect(ours.rows.slice(0, n)).toEqual(oracle.rows.slice(0, n));
    expect(ours.lines.slice(0, n)).toEqual(oracle.lines.slice(0, n));
  }
  return ours;
}

const HEADERS = [
  'id,title,status\n',
  'id;title;status\r\n',
  'id\ttitle\tstatus\n',
  'id|title\r',
  '"id","ti""tle"\n',
  '\uFEFFid,title\n',
  'id\n',
];
/** Pieces that break naive readers. */
const PIECES = [
  'a',
  'b c',
  '12',
  'é',
  '€',
  '😀',
  '"',
  '""',
  '"x"',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\u0000',
  '\uFEFF',
  ' ',
  '",',
  '"\n',
  ',"',
  'x"y',
];

const delimiterArb = fc.constantFrom<string | undefined>(undefined, ',', ';', '\t', '|');
const sizeArb = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 300 }), fc.constant(1 << 16));

/** A record of fields written the ways exports (and broken exports) write them. */
const fieldArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
  fc
    .array(fc.constantFrom('a', ' ', '""', ',', ';', '\t', '\n', '\r\n', '\r', 'é', '\u0000'), { maxLength: 6 })
    .map((parts) => `"${parts.join('')}"`),
  fc.tuple(fc.stringMatching(/^[a-z]{0,3}$/), fc.constantFrom('x', ' ', '"', '\u0000', 'é')).map(([text, after]) => `"${text}"${after}`),
  fc.stringMatching(/^[a-z]{1,3}$/).map((text) => `${text}"${text}`),
);
const lineEndArb = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r');
const recordsArb = fc.array(fc.tuple(fc.array(fieldArb, { minLength: 1, maxLength: 5 }), lineEndArb), { minLength: 1, maxLength: 8 });

describe('the tokenizer reads every file as csv-parse did', () => {
  it('files of hostile pieces, in chunks of any size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HEADERS),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        delimiterArb,
        sizeArb,
        async (header, pieces, delimiter, size) => {
          await expectSame(Buffer.from(header + pieces.join('')), size, delimiter);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('records of quoted, half-quoted and plain fields with mixed line ends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t', '|'),
        recordsArb,
        fc.boolean(),
        sizeArb,
        fc.boolean(),
        async (delimiter, records, finalLineEnd, size, sniff) => {
          const text = records
            .map(([fields, end], k) => fields.join(delimiter) + (k < records.length - 1 || finalLineEnd ? end : ''))
            .join('');
          await expectSame(Buffer.from(text), size, sniff ? undefined : delimiter);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("Request Tracker's TSV: every quote is text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('id\t', 'a', '"', '""', '\t', '\n', '\r\n', 'x"', '\u0000'), { maxLength: 40 }),
        sizeArb,
        async (pieces, size) => {
          const out = await expectSame(Buffer.from(`id\tSubject\n${pieces.join('')}`), size, '\t', true);
          expect(out.refused).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bytes that are not UTF-8 (read with --encoding utf-8) decode to the same replacement characters', async () => {
    const byte = fc.constantFrom(
      0x61,
      0x2c,
      0x0a,
      0x0d,
      0x22,
      0xc3,
      0xa9,
      0xe2,
      0x82,
      0xac,
      0xf0,
      0x9f,
      0x98,
      0x80,
      0xff,
      0x80,
      0xed,
      0xa0,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(byte, { maxLength: 80 }), sizeArb, async (bytes, size) => {
        await expectSame(Buffer.concat([Buffer.from('id,x\n'), Buffer.from(bytes)]), size, ',');
      }),
      { numRuns: 300 },
    );
  });

  it('a field near 1 MB: read up to the limit, refused past it, closed or not, with the line of its record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom('x', 'é', '""'),
        fc.constantFrom('plain', 'quoted', 'unclosed'),
        fc.constantFrom(4093, 1 << 16, 1 << 20),
        async (delta, unit, kind, size) => {
          // `""` is one byte of content in a quoted field, two in a plain one.
          const bytesPer = unit === '""' && kind !== 'plain' ? 1 : Buffer.byteLength(unit);
          const text = unit.repeat(Math.floor((MAX_FIELD_BYTES + delta) / bytesPer));
          const field = kind === 'plain' ? text : kind === 'quoted' ? `"${text}"` : `"${text}`;
          const out = await expectSame(Buffer.from(`id,title\n1,a\n\n2,${field}\n3,b\n`), size, ',');
          if (out.refused !== undefined) expect(out.refused.where.line).toBe(4);
        },
      ),
      { numRuns: 24 },
    );
  });

  it('a row of 100,000 cells is read, one of 100,001 refused, wherever the chunks end', async () => {
    for (const cells of [MAX_CELLS, MAX_CELLS + 1]) {
      for (const size of [7, 4093, 1 << 16]) {
        const out = await expectSame(Buffer.from(`id,x\n1,a\n${'a,'.repeat(cells - 1)}a\n2,b\n`), size, ',');
        expect(out.refused?.code).toBe(cells > MAX_CELLS ? 'tickets.too-many-cells' : undefined);
      }
    }
  });
});
