import Table3 from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { displayCell } from './cells.js';
import type { Formatter } from './index.js';
import { isNumeric, toTables, type Cell, type Column, type Table } from './rows.js';

/**
 * Terminal tables (cli-table3). Its own colours are off (`style: {head: [],
 * border: []}`; it paints headers red by default): colour comes only from
 * the injected chalk instance, which is level 0 off a TTY and with NO_COLOR.
 */
export const formatTable: Formatter = (output, options) =>
  toTables(output)
    .map((table) => renderTable(table, options.style))
    .join('\n');

function renderTable(table: Table, style: ChalkInstance): string {
  const title = `${style.bold(table.title)}\n`;
  if (table.rows.length === 0) return `${title}(none)\n`;
  const shown = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.wide !== true);
  const t = new Table3({
    head: shown.map(({ c }) => style.bold(c.header)),
    style: { head: [], border: [] },
    // No rule between body rows: one line per record reads better and halves the height.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: shown.map(({ c }) => (isNumeric(c.type) ? 'right' : 'left')),
  });
  for (const row of table.rows) t.push(shown.map(({ c, i }) => paint(style, c, row[i] ?? null)));
  return `${title}${t.toString()}\n`;
}

/** Status words and missed goals in colour; everything else plain. */
function paint(style: ChalkInstance, column: Column, value: Cell): string {
  const text = displayCell(value, column.type);
  if (column.key === 'status') return statusColour(style, text);
  if (column.key === 'goal_met' && value === false) return style.red(text);
  if (column.key === 'goal_met' && value === true) return style.green(text);
  return text;
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
