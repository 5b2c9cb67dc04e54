import { escapeHtml } from './escape.js';

/**
 * A data table: header cells with a scope, numbers right-aligned, a caption
 * when the table stands for a chart. Cells are HTML already escaped by the
 * caller (`text()` escapes plain text), so a cell may hold an icon or a bar.
 */
export type Column = { header: string; numeric?: boolean };
export type Row = { cells: readonly string[]; header?: boolean; className?: string };

export function htmlTable(
  columns: readonly Column[],
  rows: readonly Row[],
  options: { caption?: string; className?: string } = {},
): string {
  const cls = (numeric: boolean | undefined) => (numeric === true ? ' class="num"' : '');
  const head = `<thead><tr>${columns.map((c) => `<th scope="col"${cls(c.numeric)}>${escapeHtml(c.header)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row) => {
      const cells = row.cells.map((cell, i) =>
        i === 0 && row.header === true ? `<th scope="row">${cell}</th>` : `<td${cls(columns[i]?.numeric)}>${cell}</td>`,
      );
      return `<tr${row.className === undefined ? '' : ` class="${row.className}"`}>${cells.join('')}</tr>`;
    })
    .join('');
  const caption = options.caption === undefined ? '' : `<caption>${escapeHtml(options.caption)}</caption>`;
  return `<table${options.className === undefined ? '' : ` class="${options.className}"`}>${caption}${head}<tbody>${body}</tbody></table>`;
}

export const text = escapeHtml;
