import { stringCell, type CellWriter } from './cell-xml.js';
import { STYLE } from './styles-xml.js';
import type { SheetCell } from './workbook.js';

/**
 * One worksheet part, written in three pieces so that its rows can stream
 * between them: the head (frozen header pane, column widths, header row),
 * a row at a time, and the tail (the auto-filter, whose range needs the
 * last row). Elements in the order the schema demands (CT_Worksheet:
 * sheetViews, sheetFormatPr, cols, sheetData, autoFilter).
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** `A`, `B`, … `Z`, `AA`, …: the letters of a column (0-based). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function sheetHead(headers: readonly string[], widths: readonly number[], selected: boolean): string {
  const letters = headers.map((_, i) => columnLetters(i));
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const header = headers.map((h, i) => stringCell(`${letters[i]}1`, h, STYLE.header)).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `${cols === '' ? '' : `<cols>${cols}</cols>`}<sheetData><row r="1">${header}</row>`
  );
}

/** A data row; `r` is its 1-based row number. Empty cells are left out. */
export function rowXml(r: number, cells: readonly SheetCell[], writers: readonly CellWriter[], letters: readonly string[]): string {
  let xml = `<row r="${r}">`;
  for (let i = 0; i < writers.length; i++) {
    const value = cells[i] ?? null;
    if (value !== null) xml += writers[i]!.xml(value, `${letters[i]}${r}`);
  }
  return `${xml}</row>`;
}

/** The auto-filter over the header and every row, when there are columns to filter. */
export function filterRange(columns: number, lastRow: number): string | null {
  return columns === 0 ? null : `A1:${columnLetters(columns - 1)}${lastRow}`;
}

export function sheetTail(filter: string | null): string {
  return `</sheetData>${filter === null ? '' : `<autoFilter ref="${filter}"/>`}</worksheet>`;
}
