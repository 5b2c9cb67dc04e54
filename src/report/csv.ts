import { csvCell, delimiterOf, hasBom, offsetCell, splitsInstants, type CsvDialect } from './csv-cell.js';
import type { Formatter } from './index.js';
import { pickTables, type Table } from './rows.js';
import { writeAll } from './sink.js';

/**
 * RFC 4180: a header row of the JSON keys, CRLF line ends, one line written
 * at a time. Every field of the JSON records is a column. One table per
 * stream, so that csv.DictReader, pandas and spreadsheets read it: the
 * first of the document (report: kpis; explain: records) unless `--table`
 * names another. The spreadsheet dialects add a `<name>_offset` column after
 * each timestamp column (csv-cell.ts).
 */
export const formatCsv: Formatter = (output, sink, options) =>
  writeAll(sink, csvLines(pickTables(output, options.table ?? 'first')[0]!, options.dialect));

function* csvLines(table: Table, dialect: CsvDialect): Generator<string> {
  const delimiter = delimiterOf(dialect);
  const types = table.columns.map((c) => c.type);
  const split = splitsInstants(dialect);
  const offsets = types.map((t) => split && t === 'instant');
  const header = table.columns.flatMap((c, i) => (offsets[i] ? [c.key, `${c.key}_offset`] : [c.key]));
  yield `${hasBom(dialect) ? '\uFEFF' : ''}${header.join(delimiter)}\r\n`;
  for (const row of table.rows) {
    // One string per row, built in a loop (no array of cells per row: a million rows are written).
    let line = '';
    for (let i = 0; i < types.length; i++) {
      const value = row[i] ?? null;
      line += (i === 0 ? '' : delimiter) + csvCell(value, types[i]!, dialect);
      if (offsets[i]) line += delimiter + offsetCell(value);
    }
    yield `${line}\r\n`;
  }
}
