import { formatInstant, formatOffset } from '../../calendar/wall-clock.js';
import { offsetsIn } from '../../report/instant-text.js';
import { guardFormula } from '../../report/csv-cell.js';
import { textWidth } from '../../report/text-width.js';
import { excelSerial, wallClockIn } from './excel-date.js';
import { STYLE } from './styles-xml.js';
import type { CellType, SheetCell } from './workbook.js';
import { cellText, needsPreserve } from './xml-text.js';

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * One column's cells as SpreadsheetML, and the width each takes on screen
 * (for the column widths, from the first rows). `ref` is the cell's A1
 * reference. `xml` is not asked for null: an empty cell is no cell at all.
 * A value of the wrong kind for its column is a bug in the caller and throws.
 */
export type CellWriter = { xml(value: SheetCell, ref: string): string; width(value: SheetCell): number };

export function cellWriter(type: CellType): CellWriter {
  switch (type.kind) {
    case 'text':
      // As csv-cell.ts guards the csv (same rule, same values); docs/xlsx.md says why a cell that Excel never evaluates keeps it.
      return {
        xml: (v, ref) => stringCell(ref, guardFormula(checked(v, 'string', type.kind))),
        width: (v) => (typeof v === 'string' ? textWidth(guardFormula(v)) : 0),
      };
    case 'integer':
      return numberWriter(type.kind, STYLE.integer, (n) => (Number.isInteger(n) ? String(n) : undefined));
    case 'number':
    case 'minutes':
      return numberWriter(type.kind, STYLE.general, String);
    case 'percent':
      return numberWriter(type.kind, STYLE.percent, hundredth, (n) => n.toFixed(2).length + 1);
    case 'date-time':
      return dateTimeWriter(type.zone);
    case 'utc-offset': {
      const offsetAt = offsetsIn(type.zone);
      return { xml: (v, ref) => stringCell(ref, formatOffset(offsetAt(checked(v, 'number', type.kind)))), width: () => 6 };
    }
    case 'boolean':
      return { xml: (v, ref) => `<c r="${ref}" t="b"><v>${checked(v, 'boolean', type.kind) ? 1 : 0}</v></c>`, width: () => 5 };
  }
}

/** An inline string: no shared-string table, so a sheet is written in one pass. */
export function stringCell(ref: string, text: string, style = 0): string {
  if (text.length > MAX_CELL_TEXT)
    throw new SpreadsheetLimit(`cell ${ref} holds ${text.length} characters; Excel keeps at most ${MAX_CELL_TEXT} in a cell`);
  const s = style === 0 ? '' : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${needsPreserve(text) ? ' xml:space="preserve"' : ''}>${cellText(text)}</t></is></c>`;
}

function numberWriter(
  kind: string,
  style: number,
  text: (n: number) => string | undefined,
  width = (n: number) => String(n).length,
): CellWriter {
  const s = style === STYLE.general ? '' : ` s="${style}"`;
  return {
    xml(v, ref) {
      const n = checked(v, 'number', kind);
      const written = Number.isFinite(n) ? text(n) : undefined;
      if (written === undefined) throw new Error(`xlsx: cell ${ref} of a ${kind} column holds ${n}`);
      return `<c r="${ref}"${s}><v>${written}</v></c>`;
    },
    width: (v) => (typeof v === 'number' ? width(v) : 0),
  };
}

function dateTimeWriter(zone: string): CellWriter {
  const wallClock = wallClockIn(zone);
  return {
    xml(v, ref) {
      const at = checked(v, 'number', 'date-time');
      const serial = excelSerial(wallClock(at));
      // Excel has no serial for it: the csv's text, which says the same instant.
      if (serial === null) return stringCell(ref, formatInstant(zone, at));
      return `<c r="${ref}" s="${STYLE.dateTime}"><v>${serial}</v></c>`;
    },
    width: () => 19,
  };
}

/**
 * A percent as the fraction Excel's `0.00%` shows: the number's shortest
 * decimal text with the point moved two places, so 93.33 is written 0.9333
 * (not 0.9332999999999999, as 93.33 / 100 would be).
 */
export function hundredth(percent: number): string {
  if (percent === 0) return '0';
  const [mantissa, exponent] = percent.toExponential().split('e') as [string, string];
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/[-.]/g, '');
  // Digits before the point: one in the mantissa, moved by the exponent, less the two of "per cent".
  const point = Number(exponent) - 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function checked<K extends 'string' | 'number' | 'boolean'>(
  v: SheetCell,
  kind: K,
  column: string,
): K extends 'string' ? string : K extends 'number' ? number : boolean {
  if (typeof v !== kind) throw new Error(`xlsx: a ${column} cell holds ${JSON.stringify(v)}`);
  return v as never;
}

/** What Excel cannot hold (a cell's text, a sheet's rows): the caller can name the limit to the user and suggest csv. */
export class SpreadsheetLimit extends Error {
  override name = 'SpreadsheetLimit';
}
