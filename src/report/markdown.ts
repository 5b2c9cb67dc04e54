import { displayCell } from './cells.js';
import type { Formatter } from './index.js';
import { isNumeric, toTables, type Table } from './rows.js';

/** GitHub-flavoured Markdown: each table under a heading, numbers right-aligned; `_none_` for an empty table. */
export const formatMarkdown: Formatter = (output) => toTables(output).map(markdownTable).join('\n');

function markdownTable(table: Table): string {
  const heading = `### ${escape(table.title)}\n\n`;
  if (table.rows.length === 0) return `${heading}_none_\n`;
  const shown = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.wide !== true);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  const header = line(shown.map(({ c }) => escape(c.header)));
  const align = line(shown.map(({ c }) => (isNumeric(c.type) ? '---:' : '---')));
  const rows = table.rows.map((row) => line(shown.map(({ c, i }) => escape(displayCell(row[i] ?? null, c.type)))));
  return heading + header + align + rows.join('');
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
