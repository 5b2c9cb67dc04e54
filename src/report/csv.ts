import { csvCell, delimiterOf } from './csv-cell.js';
import type { Formatter } from './index.js';
import { toTables } from './rows.js';

/**
 * RFC 4180: a header row of the JSON keys, CRLF line ends. Every field of the
 * JSON records is a column. Documents with two tables (report: KPIs and
 * volume; explain: records and timeline) print them one after the other,
 * separated by an empty line.
 */
export const formatCsv: Formatter = (output, options) => {
  const delimiter = delimiterOf(options.dialect);
  const blocks = toTables(output).map((table) => {
    const header = table.columns.map((c) => c.key).join(delimiter);
    const rows = table.rows.map((row) => row.map((cell, i) => csvCell(cell, table.columns[i]!.type, options.dialect)).join(delimiter));
    return [header, ...rows].map((line) => `${line}\r\n`).join('');
  });
  return (options.dialect === 'excel-da' ? '\uFEFF' : '') + blocks.join('\r\n');
};
