import type { Instant } from '../../calendar/types.js';
import type { Output } from '../../report/documents.js';
import { offsetsIn } from '../../report/instant-text.js';
import { lazyMap } from '../../report/lazy-map.js';
import { pickTables, type Cell, type ColumnType, type Table, type TableName } from '../../report/rows.js';
import type { CellType, SheetCell, SheetColumn, Workbook } from './workbook.js';

/**
 * A document's tables (rows.ts, what the csv prints) as a workbook: one
 * sheet per table, named after it, its columns the csv's, keyed and in the
 * same order, with the same values. Each timestamp column (ISO 8601 text
 * in the agreement's zone, as the documents write it) becomes a date in
 * that zone's wall-clock time with a `<key>_offset` column beside it, so
 * nothing of the csv's text is lost.
 */
export function xlsxWorkbook(output: Output, zone: string, which: TableName | 'all' = 'all'): Workbook {
  return tablesToWorkbook(pickTables(output, which), zone);
}

export function tablesToWorkbook(tables: readonly Table[], zone: string): Workbook {
  const sheets = tables.map((t) => ({
    name: t.name,
    columns: t.columns.flatMap((c) => sheetColumns(c.key, c.type, zone)),
    rows: lazyMap(t.rows, rowOf(t, zone)),
  }));
  return tables[0] === undefined ? { sheets } : { title: tables[0].title, sheets };
}

const CELL_TYPE: Record<Exclude<ColumnType, 'instant'>, CellType> = {
  text: { kind: 'text' },
  count: { kind: 'integer' },
  minutes: { kind: 'minutes' },
  percent: { kind: 'percent' },
  points: { kind: 'number' },
  flag: { kind: 'boolean' },
};

function sheetColumns(key: string, type: ColumnType, zone: string): SheetColumn[] {
  if (type !== 'instant') return [{ header: key, type: CELL_TYPE[type] }];
  return [
    { header: key, type: { kind: 'date-time', zone } },
    { header: `${key}_offset`, type: { kind: 'utc-offset', zone } },
  ];
}

function rowOf(table: Table, zone: string): (row: readonly Cell[]) => SheetCell[] {
  const instants = table.columns.map((c) => c.type === 'instant');
  const offsetAt = offsetsIn(zone);
  return (row) => {
    const cells: SheetCell[] = [];
    for (let i = 0; i < instants.length; i++) {
      const cell = row[i] ?? null;
      if (!instants[i]) cells.push(cell);
      else if (cell === null) cells.push(null, null);
      else {
        const at = instantOf(cell, offsetAt);
        cells.push(at, at);
      }
    }
    return cells;
  };
}

/** `2026-10-05T14:30:00+02:00` (formatInstant's form: optional milliseconds, an offset with seconds before ~1900). */
const ISO = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a document's timestamp names. Its offset must be the zone's
 * at that instant: another zone would put every date in the sheet off by
 * the difference without a word, so it throws (a bug in the caller).
 */
function instantOf(cell: Cell, offsetAt: (at: Instant) => number): Instant {
  const m = typeof cell === 'string' ? ISO.exec(cell) : null;
  if (m === null) throw new Error(`xlsx: ${JSON.stringify(cell)} is not a timestamp as the documents write them`);
  const n = (i: number) => Number(m[i] ?? 0);
  const naive = new Date(0).setUTCFullYear(n(1), n(2) - 1, n(3)) + ((n(4) * 60 + n(5)) * 60 + n(6)) * 1000 + n(7);
  const offsetSeconds = (m[8] === '-' ? -1 : 1) * ((n(9) * 60 + n(10)) * 60 + n(11));
  const at = naive - offsetSeconds * 1000;
  if (Math.round(offsetAt(at) * 60) !== offsetSeconds)
    throw new Error(`xlsx: ${cell} is not a time in the zone the workbook is written in`);
  return at;
}
