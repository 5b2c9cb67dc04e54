import type { ChalkInstance } from 'chalk';
import { displayCell } from './cells.js';
import type { Formatter } from './index.js';
import { isNumeric, pickTables, type Cell, type Column, type Table } from './rows.js';
import { writeAll } from './sink.js';
import { textWidth } from './text-width.js';
import { visible } from './visible.js';

/**
 * Terminal tables with box borders, one line per row, no rule between body
 * rows. Linear at any size (cli-table3, used before, took 256 s for 40k
 * rows): one pass over the rows for the column widths, a second that writes
 * each line. Cells show control characters as `\x1b` (a cell must not move
 * the cursor or retitle the window). Colour comes only from the injected
 * chalk instance (level 0 off a TTY and with NO_COLOR), added after the
 * padding is measured.
 */
export const formatTable: Formatter = (output, sink, options) => writeAll(sink, tableLines(pickTables(output, options.table ?? 'all'), options.style));

function* tableLines(tables: readonly Table[], style: ChalkInstance): Generator<string> {
  for (const [n, table] of tables.entries()) {
    if (n > 0) yield '\n';
    yield* boxTable(table, style);
  }
}

type Shown = { column: Column; index: number; width: number; right: boolean };

function* boxTable(table: Table, style: ChalkInstance): Generator<string> {
  yield `${style.bold(visible(table.title))}\n`;
  const shown: Shown[] = table.columns.flatMap((column, index) => (column.wide === true ? [] : [{ column, index, width: textWidth(column.header), right: isNumeric(column.type) }]));
  let rows = 0;
  for (const row of table.rows) {
    rows++;
    for (const s of shown) s.width = Math.max(s.width, textWidth(cellText(row, s)));
  }
  if (rows === 0) {
    yield '(none)\n';
    return;
  }
  const rule = (left: string, join: string, right: string) => `${left}${shown.map((s) => '─'.repeat(s.width + 2)).join(join)}${right}\n`;
  yield rule('┌', '┬', '┐');
  yield line(shown.map((s) => [s.column.header, style.bold(s.column.header)]), shown);
  for (const row of table.rows) yield line(shown.map((s) => painted(style, s.column, row[s.index] ?? null, cellText(row, s))), shown);
  yield rule('└', '┴', '┘');
}

/** Only text cells come from the exports; numbers, instants and flags are slacheck's own text. */
function cellText(row: readonly Cell[], s: Shown): string {
  const text = displayCell(row[s.index] ?? null, s.column.type);
  return s.column.type === 'text' ? visible(text) : text;
}

/** One table line from [plain, painted] cells: padding from the plain text, so colour codes do not count. */
function line(cells: readonly (readonly [string, string])[], shown: readonly Shown[]): string {
  let text = '│';
  cells.forEach(([plain, paintedText], i) => {
    const s = shown[i]!;
    const pad = ' '.repeat(s.width - textWidth(plain));
    text += s.right ? ` ${pad}${paintedText} │` : ` ${paintedText}${pad} │`;
  });
  return `${text}\n`;
}

/** Status words and missed goals in colour; everything else plain. */
function painted(style: ChalkInstance, column: Column, value: Cell, text: string): [string, string] {
  if (column.key === 'status') return [text, statusColour(style, text)];
  if (column.key === 'goal_met' && value === false) return [text, style.red(text)];
  if (column.key === 'goal_met' && value === true) return [text, style.green(text)];
  return [text, text];
}

function statusColour(style: ChalkInstance, status: string): string {
  switch (status) {
    case 'met':
      return style.green(status);
    case 'breached':
    case 'overdue':
      return style.red(status);
    default:
      return style.yellow(status);
  }
}
