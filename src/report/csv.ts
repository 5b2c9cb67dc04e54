import { csvCell, delimiterOf, type CsvDialect } from './csv-cell.js';
import type { Formatter } from './index.js';
import { pickTables, type Table } from './rows.js';
import { writeAll } from './sink.js';

/**
 * RFC 4180: a header row of the JSON keys, CRLF line ends, one line written
 * at a time. Every field of the JSON records is a column. One table per
 * stream, so that csv.DictReader, pandas and spreadsheets read it: the
 * first of the document (report: kpis; explain: records) unless `--table`
 * names another.
 */
export const formatCsv: Formatter = (output, sink, options) => writeAll(sink, csvLines(pickTables(output, options.table ?? 'first')[0]!, options.dialect));

function* csvLines(table: Table, dialect: CsvDialect): Generator<string> {
  const delimiter = delimiterOf(dialect);
  const types = table.columns.map((c) => c.type);
  yield `${dialect === 'excel-da' ? '\uFEFF' : ''}${table.columns.map((c) => c.key).join(delimiter)}\r\n`;
  for (const row of table.rows) {
    // One string per row, built in a loop (no array of cells per row: a million rows are written).
    let line = csvCell(row[0] ?? null, types[0]!, dialect);
    for (let i = 1; i < types.length; i++) line += delimiter + csvCell(row[i] ?? null, types[i]!, dialect);
    yield `${line}\r\n`;
  }
}
