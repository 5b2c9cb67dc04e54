import { displayCell } from './cells.js';
import type { Formatter } from './index.js';
import { isNumeric, pickTables, type Table } from './rows.js';
import { writeAll } from './sink.js';
import { visible } from './escape-controls.js';

/**
 * GitHub-flavoured Markdown: each table under a heading, numbers
 * right-aligned; `_none_` for an empty table; written row by row. Cells are
 * inert in a rendered page: HTML is escaped (`<img onerror=…>` shows as
 * text), so are link brackets, and control characters show as `\x1b`.
 */
export const formatMarkdown: Formatter = (output, sink, options) =>
  writeAll(sink, markdownLines(pickTables(output, options.table ?? 'all')));

function* markdownLines(tables: readonly Table[]): Generator<string> {
  for (const [n, table] of tables.entries()) {
    if (n > 0) yield '\n';
    yield* markdownTable(table);
  }
}

function* markdownTable(table: Table): Generator<string> {
  yield `### ${escapeMarkdown(table.title)}\n\n`;
  const shown = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => c.wide !== true && (c.optional !== true || hasValue(table, i)));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  let empty = true;
  for (const row of table.rows) {
    if (empty) {
      yield line(shown.map(({ c }) => escapeMarkdown(c.header)));
      yield line(shown.map(({ c }) => (isNumeric(c.type) ? '---:' : '---')));
      empty = false;
    }
    yield line(shown.map(({ c, i }) => escapeMarkdown(displayCell(row[i] ?? null, c.type))));
  }
  if (empty) yield '_none_\n';
}

/** Does a row have a value in column `i`? (An optional column is shown only then; one more pass, up to the first value.) */
function hasValue(table: Table, i: number): boolean {
  for (const row of table.rows) if (row[i] !== null && row[i] !== undefined) return true;
  return false;
}

const MARKDOWN_SPECIAL = /[\\|`[\]<>&]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Text as a literal in a table cell: HTML as entities, markdown punctuation backslashed, control characters visible. */
export function escapeMarkdown(text: string): string {
  return visible(text).replace(MARKDOWN_SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}
