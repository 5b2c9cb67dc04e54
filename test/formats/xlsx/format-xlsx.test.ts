import { describe, expect, it } from 'vitest';
import type { Sheet, Workbook } from '../../../src/formats/xlsx/workbook.js';
import { everyKind, partText, readBack, xlsxBytes } from './read-xlsx.js';

const ZONE = 'Europe/Copenhagen';
const COLUMNS = everyKind(ZONE);

// 2026-10-05 12:30 UTC is 14:30 in Copenhagen (summer time, +02:00).
const MONDAY = Date.UTC(2026, 9, 5, 12, 30);

function records(rows: Sheet['rows']): Workbook {
  return { title: 'Records: period 2026-10', sheets: [{ name: 'records', columns: COLUMNS, rows }] };
}

describe('formatXlsx: cells', () => {
  it('writes each column type as its kind of cell, with the date, percent and count formats', async () => {
    const book = readBack(await xlsxBytes(records([['NL-1004', 12, 685.93, 93.33, MONDAY, MONDAY, true, -2.5]])));
    const s = book.Sheets.records!;
    expect(s.A2).toMatchObject({ t: 's', v: 'NL-1004' });
    expect(s.B2).toMatchObject({ t: 'n', v: 12, z: '0' });
    expect(s.C2).toMatchObject({ t: 'n', v: 685.93, z: 'General' });
    // 93.33 % is the fraction 0.9333, shown with two decimals and a per cent sign.
    expect(s.D2).toMatchObject({ t: 'n', v: 0.9333, z: '0.00%', w: '93.33%' });
    // 14:30 local: serial 46300 (2026-10-05) + 14.5 / 24.
    expect(s.E2).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm:ss', w: '2026-10-05 14:30:00' });
    expect(s.E2!.v).toBeCloseTo(46300 + 14.5 / 24, 9);
    expect(s.F2).toMatchObject({ t: 's', v: '+02:00' });
    expect(s.G2).toMatchObject({ t: 'b', v: true });
    expect(s.H2).toMatchObject({ t: 'n', v: -2.5 });
    expect(book.Props?.Title).toBe('Records: period 2026-10');
  });

  it('leaves an empty cell for null in every column type', async () => {
    const s = readBack(await xlsxBytes(records([['x', null, null, null, null, null, null, null]]))).Sheets.records!;
    expect(s.A2).toMatchObject({ v: 'x' });
    for (const ref of ['B2', 'C2', 'D2', 'E2', 'F2', 'G2', 'H2']) expect(s[ref]).toBeUndefined();
  });

  it('keeps both 02:30 of the night summer time ends apart by their offset column', async () => {
    // Copenhagen, 2026-10-25: 00:30 UTC is 02:30 +02:00; 01:30 UTC is 02:30 again, +01:00.
    const first = Date.UTC(2026, 9, 25, 0, 30);
    const second = Date.UTC(2026, 9, 25, 1, 30);
    const s = readBack(
      await xlsxBytes(
        records([
          ['a', 1, 1, 1, first, first, true, 1],
          ['b', 1, 1, 1, second, second, true, 1],
        ]),
      ),
    ).Sheets.records!;
    expect([s.E2!.w, s.F2!.v, s.E3!.w, s.F3!.v]).toEqual(['2026-10-25 02:30:00', '+02:00', '2026-10-25 02:30:00', '+01:00']);
  });

  it('writes a date Excel has no serial for (before 1900-03-01) as the csv writes it', async () => {
    const at = Date.UTC(1899, 11, 31, 23, 0);
    const s = readBack(await xlsxBytes(records([['a', 1, 1, 1, at, at, true, 1]]))).Sheets.records!;
    // Copenhagen kept local mean time (+00:50:20) until 1890 and CET from then: 1900-01-01 00:00 +01:00.
    expect(s.E2).toMatchObject({ t: 's', v: '1900-01-01T00:00:00+01:00' });
  });

  it('guards text that a spreadsheet could run as a formula, as the csv does, and never numbers', async () => {
    const texts = ['=HYPERLINK("http://x")', '+45 1234', '-sign', '@SUM(A1)', '\tTab', '\rCR', 'plain', 'a=b'];
    const s = readBack(await xlsxBytes(records(texts.map((t) => [t, -15, -15, -15, MONDAY, MONDAY, false, -15])))).Sheets.records!;
    expect(texts.map((_, i) => s[`A${i + 2}`]!.v)).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+45 1234",
      "'-sign",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      'plain',
      'a=b',
    ]);
    expect([s.B2!.v, s.C2!.v, s.D2!.v, s.H2!.v]).toEqual([-15, -15, -0.15, -15]);
  });

  it('keeps every character of a text: control characters, a carriage return, an escape look-alike, markup', async () => {
    // A carriage return alone: SheetJS folds a CR LF pair into LF when it reads (the XML below keeps both).
    const text = 'a\u0001b\u001fc\rx\nd\t_x0041_ <&> "q" \u{1f600} end';
    const s = readBack(
      await xlsxBytes(
        records([
          [text, 1, 1, 1, MONDAY, MONDAY, true, 1],
          ['  spaced  ', 1, 1, 1, MONDAY, MONDAY, true, 1],
        ]),
      ),
    ).Sheets.records!;
    expect(s.A2!.v).toBe(text);
    expect(s.A3!.v).toBe('  spaced  ');
    const xml = partText(await xlsxBytes(records([[text, 1, 1, 1, MONDAY, MONDAY, true, 1]])), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('a_x0001_b_x001F_c_x000D_x\nd\t_x005F_x0041_ &lt;&amp;&gt; "q"');
    const crlf = partText(await xlsxBytes(records([['a\r\nb', 1, 1, 1, MONDAY, MONDAY, true, 1]])), 'xl/worksheets/sheet1.xml');
    expect(crlf).toContain('<t>a_x000D_\nb</t>');
  });

  it('writes half a surrogate pair, which no UTF-8 file can hold, as U+FFFD', async () => {
    const s = readBack(await xlsxBytes(records([['a\ud800b', 1, 1, 1, MONDAY, MONDAY, true, 1]]))).Sheets.records!;
    expect(s.A2!.v).toBe('a\ufffdb');
  });

  it('refuses a cell longer than Excel keeps, naming the cell and the limit', async () => {
    await expect(xlsxBytes(records([['x'.repeat(32_768), 1, 1, 1, MONDAY, MONDAY, true, 1]]))).rejects.toThrow(
      /cell A2 holds 32768 characters; Excel keeps at most 32767/,
    );
  });

  it('throws on a value of the wrong kind for its column (a bug in the caller, not a user error)', async () => {
    await expect(xlsxBytes(records([['x', '12', 1, 1, MONDAY, MONDAY, true, 1]]))).rejects.toThrow(/a integer cell holds "12"/);
    await expect(xlsxBytes(records([['x', 1.5, 1, 1, MONDAY, MONDAY, true, 1]]))).rejects.toThrow(/cell B2 of a integer column holds 1.5/);
    await expect(xlsxBytes(records([['x', 1, Number.NaN, 1, MONDAY, MONDAY, true, 1]]))).rejects.toThrow(/holds NaN/);
    await expect(xlsxBytes(records([['x', 1]]))).rejects.toThrow(/has 2 cells for 8 columns/);
  });
});

describe('formatXlsx: sheets', () => {
  it('freezes the header row, filters it, bolds it and sizes the columns from the header and the first rows', async () => {
    const bytes = await xlsxBytes(
      records([
        ['NL-1004', 12, 685.93, 93.33, MONDAY, MONDAY, true, 1],
        ['NL-1005', 1, 1, 1, MONDAY, MONDAY, false, 1],
      ]),
    );
    const xml = partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<autoFilter ref="A1:H3"/>');
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t>ticket</t></is></c>');
    const sheet = readBack(bytes).Sheets.records!;
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:H3' });
    // ticket: "ticket" + 3 for the filter button = 9 ("NL-1004" + 2 is less); attainment_percent: 18 + 3; due: 19 + 2.
    expect(sheet['!cols']?.map((c) => c.width)).toEqual([9, 8, 18, 21, 21, 13, 11, 13]);
    expect(partText(bytes, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'records'!$A$1:$H$3</definedName>`,
    );
    expect(partText(bytes, 'xl/styles.xml')).toContain('<font><b/>');
  });

  it('writes one sheet per sheet of the model, with names Excel accepts', async () => {
    const sheet = (name: string): Sheet => ({ name, columns: [{ header: 'n', type: { kind: 'integer' } }], rows: [[1]] });
    const book = readBack(await xlsxBytes({ sheets: ['records', 'Records', 'a/b:c?', 'History', "'quoted'", 'x'.repeat(40)].map(sheet) }));
    expect(book.SheetNames).toEqual(['records', 'Records (2)', 'a_b_c_', 'History (2)', 'quoted', 'x'.repeat(31)]);
    expect(book.SheetNames.map((n) => book.Sheets[n]!.A2!.v)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('goes on in a sheet of the same name with the same header when the rows do not fit in one (no row lost)', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`T-${i + 1}`, i + 1, 1, 1, MONDAY, MONDAY, true, 1]);
    // Five rows a sheet: the header and four rows.
    const book = readBack(await xlsxBytes(records(rows(9)), { maxRowsPerSheet: 5 }));
    expect(book.SheetNames).toEqual(['records', 'records (2)', 'records (3)']);
    expect(book.SheetNames.map((n) => book.Sheets[n]!['!ref'])).toEqual(['A1:H5', 'A1:H5', 'A1:H2']);
    expect(book.SheetNames.map((n) => [book.Sheets[n]!.A1!.v, book.Sheets[n]!.A2!.v])).toEqual([
      ['ticket', 'T-1'],
      ['ticket', 'T-5'],
      ['ticket', 'T-9'],
    ]);
    // Rows that fill the last sheet exactly leave no empty sheet after it.
    expect(readBack(await xlsxBytes(records(rows(8)), { maxRowsPerSheet: 5 })).SheetNames).toEqual(['records', 'records (2)']);
  });

  it('writes a sheet without rows as its header, filtered', async () => {
    const bytes = await xlsxBytes(records([]));
    expect(readBack(bytes).Sheets.records!['!ref']).toBe('A1:H1');
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<autoFilter ref="A1:H1"/>');
  });

  it('reads rows from an async iterable as from an array', async () => {
    async function* rows() {
      yield ['a', 1, 1, 1, MONDAY, MONDAY, true, 1];
      yield ['b', 2, 2, 2, MONDAY, MONDAY, false, 2];
    }
    expect(await xlsxBytes(records(rows()))).toEqual(
      await xlsxBytes(
        records([
          ['a', 1, 1, 1, MONDAY, MONDAY, true, 1],
          ['b', 2, 2, 2, MONDAY, MONDAY, false, 2],
        ]),
      ),
    );
  });
});

describe('formatXlsx: the same input gives the same bytes', () => {
  const book = () => records([['NL-1004', 12, 685.93, 93.33, MONDAY, MONDAY, true, 1]]);

  it('in two runs', async () => {
    expect(Buffer.from(await xlsxBytes(book())).equals(Buffer.from(await xlsxBytes(book())))).toBe(true);
  });

  it('whatever the zone of the machine (the zip times are local DOS times)', async () => {
    const before = process.env.TZ;
    try {
      const inUtc = await xlsxBytes(book());
      process.env.TZ = 'Pacific/Chatham';
      const inChatham = await xlsxBytes(book());
      expect(Buffer.from(inChatham).equals(Buffer.from(inUtc))).toBe(true);
    } finally {
      process.env.TZ = before;
    }
  });

  it('with fixed document properties and zip times', async () => {
    const bytes = await xlsxBytes(book());
    expect(partText(bytes, 'docProps/core.xml')).not.toMatch(/dcterms:(created|modified)/);
    // Each local file header (PK\3\4) holds the DOS time 12:00:00 and date 1980-01-01 at offsets 10 and 12.
    const view = Buffer.from(bytes);
    for (let at = view.indexOf('PK\u0003\u0004'); at !== -1; at = view.indexOf('PK\u0003\u0004', at + 4)) {
      expect([view.readUInt16LE(at + 10), view.readUInt16LE(at + 12)]).toEqual([12 << 11, (0 << 9) | (1 << 5) | 1]);
    }
  });
});
