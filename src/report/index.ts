import type { ChalkInstance } from 'chalk';
import type { CsvDialect } from './csv-cell.js';
import { formatCsv } from './csv.js';
import type { Output } from './documents.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatNdjson } from './ndjson.js';
import type { TableName } from './rows.js';
import type { Sink } from './sink.js';
import { formatTable } from './table.js';

/**
 * The output formats: the one place they are listed (house style 5). Adding a
 * format is one file and one line here; `--format` choices and the README's
 * table come from these keys.
 *
 * A formatter writes the document to a sink piece by piece (a line, a row, a
 * record) and resolves when the last piece is written; it awaits the sink
 * when the sink asks (backpressure), so output of any size takes little
 * memory. `table`: only that table of the document (`--table`); csv prints
 * one table, the first unless named.
 */
export type FormatOptions = { style: ChalkInstance; dialect: CsvDialect; table?: TableName };
export type Formatter = (output: Output, sink: Sink, options: FormatOptions) => Promise<void>;

export const formatters = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  ndjson: formatNdjson,
  markdown: formatMarkdown,
} satisfies Record<string, Formatter>;

export type Format = keyof typeof formatters;
export const FORMATS = Object.keys(formatters) as Format[];

export type { CsvDialect } from './csv-cell.js';
export { CSV_DIALECTS } from './csv-cell.js';
export type { Output } from './documents.js';
export { TABLES_OF, type TableName } from './rows.js';
export { stringSink, writeAll, type Sink } from './sink.js';
