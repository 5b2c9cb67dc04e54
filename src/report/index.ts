import type { ChalkInstance } from 'chalk';
import type { CsvDialect } from './csv-cell.js';
import { formatCsv } from './csv.js';
import type { Output } from './documents.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatNdjson } from './ndjson.js';
import { formatTable } from './table.js';

/**
 * The output formats: the one place they are listed (house style 5). Adding a
 * format is one file and one line here; `--format` choices and the README's
 * table come from these keys.
 */
export type FormatOptions = { style: ChalkInstance; dialect: CsvDialect };
export type Formatter = (output: Output, options: FormatOptions) => string;

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
