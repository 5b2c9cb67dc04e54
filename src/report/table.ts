import type { ChalkInstance } from 'chalk';
import { displayCell } from './cells.js';
import type { Formatter } from './index.js';
import { isNumeric, pickTables, type Cell, type Column, type Table } from './rows.js';
import { writeAll } from './sink.js';
import { textWidth } from './text-width.js';
import { visible } from './escape-controls.js';

/**
 * Terminal tables with box borders, one line per row, no rule between body
 * rows. Linear at any size (cli-table3, used before, took 256 s for 40k
 * rows): one pass over the rows for the column widths (keeping the cell
 * texts, up to a bound), a second that writes each line. Cells show control characters as `\x1b` (a cell must not move
 * the cursor or retitle the window). Colour comes only from the injected
 * chalk instance (level 0 off a TTY and with NO_COLOR), added after the
 * padding is measured.
 */
export const formatTable: Formatter = (output, sink, options) =>
  writeAll(sink, tableLines(pickTables(output, options.table ?? 'all'), options.style));

/** Exported for the test of the second pass past `keptBytesLimit`; the formatter uses the default. */
export function* tableLines(tables: readonly Table[], style: ChalkInstance, keptBytesLimit = KEPT_BYTES_LIMIT): Generator<string> {
  for (const [n, table] of tables.entries()) {
    if (n > 0) yield '\n';
    yield* boxTable(table, style, keptBytesLimit);
  }
}

type Shown = { column: Column; index: number; width: number; right: boolean };

/** A body row as plain, painted, plain, painted… per shown column; painted is the same string where no colour applies. */
type RowTexts = string[];

/**
 * About how many bytes of cell text the first pass keeps for the second
 * (characters, plus 16 bytes a string slot for the arrays): a table of up to
 * some 250,000 record rows is formatted once (dates, durations and escapes
 * cost more than the padding), a larger one keeps its first rows and formats
 * the rest again, so memory stays bounded at any size.
 */
const KEPT_BYTES_LIMIT = 64_000_000;

function* boxTable(table: Table, style: ChalkInstance, keptBytesLimit: number): Generator<string> {
  yield `${style.bold(visible(table.title))}\n`;
  const candidates: Shown[] = table.columns.flatMap((column, index) =>
    column.wide === true ? [] : [{ column, index, width: textWidth(column.header), right: isNumeric(column.type) }],
  );
  // An optional column is shown when a row has a value in it: known after this pass.
  const filled = candidates.map((s) => s.column.optional !== true);
  const kept: RowTexts[] = [];
  let keptBytes = 0;
  let rows = 0;
  for (const row of table.rows) {
    rows++;
    const texts = rowTexts(row, candidates, style);
    let bytes = 16 * texts.length;
    for (const [i, s] of candidates.entries()) {
      const plain = texts[2 * i]!;
      s.width = Math.max(s.width, textWidth(plain));
      bytes += plain.length;
      if (!filled[i] && row[s.index] !== null && row[s.index] !== undefined) filled[i] = true;
    }
    // Only a run from the first row is kept, so the second pass can go on where it ends.
    if (kept.length === rows - 1 && keptBytes + bytes <= keptBytesLimit) {
      kept.push(texts);
      keptBytes += bytes;
    }
  }
  if (rows === 0) {
    yield '(none)\n';
    return;
  }
  const shown = candidates.filter((_, i) => filled[i]);
  const pick = (texts: RowTexts): RowTexts => (shown.length === candidates.length ? texts : texts.filter((_, t) => filled[t >> 1]));
  const rule = (left: string, join: string, right: string) => `${left}${shown.map((s) => '─'.repeat(s.width + 2)).join(join)}${right}\n`;
  yield rule('┌', '┬', '┐');
  yield line(
    shown.flatMap((s) => [s.column.header, style.bold(s.column.header)]),
    shown,
  );
  for (const texts of kept) yield line(pick(texts), shown);
  if (kept.length < rows) {
    let n = 0;
    for (const row of table.rows) if (n++ >= kept.length) yield line(rowTexts(row, shown, style), shown);
  }
  yield rule('└', '┴', '┘');
}

function rowTexts(row: readonly Cell[], shown: readonly Shown[], style: ChalkInstance): RowTexts {
  const texts: RowTexts = [];
  for (const s of shown) {
    const plain = cellText(row, s);
    texts.push(plain, painted(style, s.column, row[s.index] ?? null, plain));
  }
  return texts;
}

/** Only text cells come from the exports; numbers, instants and flags are slacheck's own text. */
function cellText(row: readonly Cell[], s: Shown): string {
  const text = displayCell(row[s.index] ?? null, s.column.type);
  return s.column.type === 'text' ? visible(text) : text;
}

/** One table line from plain and painted cell texts: padding from the plain text, so colour codes do not count. */
function line(texts: RowTexts, shown: readonly Shown[]): string {
  let text = '│';
  for (let i = 0; i < shown.length; i++) {
    const plain = texts[2 * i]!;
    const paintedText = texts[2 * i + 1]!;
    const s = shown[i]!;
    const pad = ' '.repeat(s.width - textWidth(plain));
    text += s.right ? ` ${pad}${paintedText} │` : ` ${paintedText}${pad} │`;
  }
  return `${text}\n`;
}

/** Status words and missed goals in colour; everything else plain. */
function painted(style: ChalkInstance, column: Column, value: Cell, text: string): string {
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
