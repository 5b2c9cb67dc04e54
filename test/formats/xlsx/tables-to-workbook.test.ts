import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tablesToWorkbook, xlsxWorkbook } from '../../../src/formats/xlsx/tables-to-workbook.js';
import type { Output } from '../../../src/report/documents.js';
import { column, pickTables, table, TABLES_OF, type Column } from '../../../src/report/rows.js';
import { PROPOSAL, runExample, SLA } from '../../cli/example-io.js';
import { readBack, xlsxBytes, XLSX } from './read-xlsx.js';

/** The agreement's zone, as the commands take it from the SLA file. */
const ZONE: string = parseYaml(readFileSync(SLA, 'utf8')).timezone;

const SCENARIOS: [name: string, command: Output['command'], args: string[]][] = [
  ['check --all', 'check', ['--all', '--month', '2026-10']],
  ['report', 'report', ['--month', '2026-10']],
  // The customer "@Home Interiør" is formula-guarded in the csv.
  ['report by customer and month', 'report', ['--quarter', '2026-Q4', '--by', 'customer,month']],
  ['explain', 'explain', ['NL-1020']],
  ['compare', 'compare', ['--sla', PROPOSAL, '--quarter', '2026-Q4', '--flips']],
  ['suggest', 'suggest', ['--quarter', '2026-Q4', '--goal', '95%']],
];

/** The command's document, read back from its json output (which is the document, key for key). */
async function documentOf(command: Output['command'], args: string[]): Promise<Output> {
  const { code, out } = await runExample(command, [...args, '--format', 'json']);
  expect(code).toBe(0);
  return { command, document: JSON.parse(out) } as Output;
}

/** The csv of one table, as rows of texts (header first); `--table` where the command has more than one. */
async function csvOf(command: Output['command'], args: string[], name: string): Promise<string[][]> {
  const pick = TABLES_OF[command].length > 1 ? ['--table', name] : [];
  const { code, out } = await runExample(command, [...args, '--format', 'csv', ...pick]);
  expect(code).toBe(0);
  return parseCsv(out, { relax_column_count: false });
}

/**
 * The cell a csv field must be in the sheet: the same value, typed. A
 * timestamp is the local wall-clock time its text starts with, shown as
 * a date, and its offset in the column after it.
 */
function expectSame(
  type: Column['type'],
  csv: string,
  cell: XLSX.CellObject | undefined,
  offset: XLSX.CellObject | undefined,
  where: string,
): void {
  if (csv === '') {
    expect(cell, where).toBeUndefined();
    if (type === 'instant') expect(offset, where).toBeUndefined();
    return;
  }
  switch (type) {
    case 'text':
      return void expect(cell, where).toMatchObject({ t: 's', v: csv });
    case 'count':
    case 'minutes':
    case 'points':
      return void expect(cell, where).toMatchObject({ t: 'n', v: Number(csv) });
    case 'percent':
      // 93.33 in the csv is 0.9333 in the cell, shown 93.33%.
      expect(cell, where).toMatchObject({ t: 'n', z: '0.00%', w: `${Number(csv).toFixed(2)}%` });
      return void expect(cell!.v as number, where).toBeCloseTo(Number(csv) / 100, 12);
    case 'flag':
      return void expect(cell, where).toMatchObject({ t: 'b', v: csv === 'true' });
    case 'instant': {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})$/.exec(csv)!;
      expect(cell, where).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm:ss', w: `${m[1]} ${m[2]}` });
      return void expect(offset, where).toMatchObject({ t: 's', v: m[3] });
    }
  }
}

describe('the bundled example as a workbook: the csv output, cell for cell', () => {
  for (const [name, command, args] of SCENARIOS) {
    it(name, async () => {
      const output = await documentOf(command, args);
      const tables = pickTables(output, 'all');
      const book = readBack(await xlsxBytes(xlsxWorkbook(output, ZONE)));
      expect(book.SheetNames).toEqual(tables.map((t) => t.name));
      for (const table of tables) {
        const [header, ...rows] = await csvOf(command, args, table.name);
        const types = new Map(table.columns.map((c) => [c.key, c.type]));
        const sheet = book.Sheets[table.name]!;
        const [sheetHeader, ...sheetRows] = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
        // The csv's columns in the csv's order, each timestamp followed by its offset.
        expect(sheetHeader).toEqual(header!.flatMap((key) => (types.get(key) === 'instant' ? [key, `${key}_offset`] : [key])));
        expect(sheetRows.length, `${table.name}: rows`).toBe(rows.length);
        rows.forEach((row, r) => {
          let c = 0;
          header!.forEach((key, i) => {
            const type = types.get(key)!;
            const ref = (col: number) => XLSX.utils.encode_cell({ c: col, r: r + 1 });
            expectSame(
              type,
              row[i]!,
              sheet[ref(c)],
              type === 'instant' ? sheet[ref(c + 1)] : undefined,
              `${table.name} ${ref(c)} (${key})`,
            );
            c += type === 'instant' ? 2 : 1;
          });
        });
      }
    });
  }
});

describe('tablesToWorkbook', () => {
  const records = (due: string | null) =>
    table(
      'records',
      'Records',
      [column('ticket', 'ticket', 'text'), column('due', 'due', 'instant'), column('late', 'late', 'flag')],
      [{ ticket: 'T-1', due, late: true }],
    );

  it('turns a timestamp into the instant it names, in a date column and an offset column', () => {
    const book = tablesToWorkbook([records('2026-10-25T02:30:00+01:00')], 'Europe/Copenhagen');
    expect(book.title).toBe('Records');
    expect(book.sheets[0]!.columns.map((c) => [c.header, c.type.kind])).toEqual([
      ['ticket', 'text'],
      ['due', 'date-time'],
      ['due_offset', 'utc-offset'],
      ['late', 'boolean'],
    ]);
    // 02:30 +01:00 is 01:30 UTC: the second 02:30 of the night summer time ends.
    expect([...(book.sheets[0]!.rows as Iterable<unknown>)]).toEqual([
      ['T-1', Date.UTC(2026, 9, 25, 1, 30), Date.UTC(2026, 9, 25, 1, 30), true],
    ]);
  });

  it('reads an offset with seconds (local mean time before 1900) and leaves an empty timestamp empty in both columns', () => {
    // Copenhagen's clocks ran +00:53:28 before 1894 (as formatInstant writes it): 12:03:08 local is 11:09:40 UTC.
    const book = tablesToWorkbook([records('1890-01-01T12:03:08+00:53:28')], 'Europe/Copenhagen');
    expect([...(book.sheets[0]!.rows as Iterable<unknown[]>)][0]![1]).toBe(Date.UTC(1890, 0, 1, 11, 9, 40));
    expect([...(tablesToWorkbook([records(null)], 'Europe/Copenhagen').sheets[0]!.rows as Iterable<unknown>)]).toEqual([
      ['T-1', null, null, true],
    ]);
  });

  it('throws when the timestamps are not in the zone it is given (every date would be off without a word)', () => {
    const book = tablesToWorkbook([records('2026-10-05T14:30:00+02:00')], 'America/New_York');
    expect(() => [...(book.sheets[0]!.rows as Iterable<unknown>)]).toThrow(
      /2026-10-05T14:30:00\+02:00 is not a time in the zone the workbook is written in/,
    );
  });
});
