import { textWidth } from '../../report/text-width.js';
import type { CellWriter } from './cell-xml.js';
import type { SheetCell, SheetColumn } from './workbook.js';

/** How many rows the widths are taken from: the widths are written before the rows, and a million rows are not read twice. */
export const WIDTH_ROWS = 100;
const MIN = 6;
const MAX = 60;
/** The header's filter button takes about two characters' room, the bold font a little more. */
const FILTER_BUTTON = 3;

/**
 * Column widths in Excel's unit (the width of a digit of the default font)
 * from the header and the first rows: the widest of them plus a margin,
 * between 6 and 60. A later, wider cell is cut off on screen, never in its
 * value.
 */
export function columnWidths(
  columns: readonly SheetColumn[],
  writers: readonly CellWriter[],
  sample: readonly (readonly SheetCell[])[],
): number[] {
  return columns.map((column, i) => {
    let widest = textWidth(column.header) + FILTER_BUTTON;
    for (const row of sample) widest = Math.max(widest, writers[i]!.width(row[i] ?? null) + 2);
    return Math.min(MAX, Math.max(MIN, widest));
  });
}
