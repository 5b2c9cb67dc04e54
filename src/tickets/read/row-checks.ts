import { problem, type Problem } from '../../problem.js';
import { rejectRow } from '../problems.js';

/**
 * A row that is read but not as written: never in silence. Called
 * only for the rare row that needs it (more or fewer cells than the header,
 * or a file with a NUL byte somewhere), so the hot loop pays one comparison per row.
 *
 * - A NUL byte in a cell is removed, with a warning: it would end up inside
 *   a ticket id or a status otherwise.
 * - Cells past the header's last column are not read; when one of them holds
 *   text, the row gets a warning (a delimiter inside an unquoted cell, or a
 *   broken line end, shifts the cells). Empty surplus cells (a trailing
 *   delimiter) are harmless and pass.
 * - A row with fewer cells than the header is read with the missing cells
 *   empty, and gets a warning: a missing stop cell turns a met
 *   response into a breach, and a row cut off by a truncated file is short.
 *
 * `rowNumber` 0 is the header (then `header` is the row itself). The row is
 * changed in place.
 */
export function oddRow(file: string, row: string[], line: number, rowNumber: number, header: readonly string[], problems: Problem[]): void {
  const width = header.length;
  const nuls: number[] = [];
  for (let k = 0; k < row.length; k++) {
    if (row[k]!.includes('\u0000')) {
      row[k] = row[k]!.replaceAll('\u0000', '');
      nuls.push(k);
    }
  }
  if (nuls.length > 0) {
    const named = nuls.map((k) => (rowNumber === 0 || header[k] === undefined || header[k] === '' ? String(k + 1) : `"${header[k]}"`));
    const where = `${nuls.length === 1 ? 'column' : 'columns'} ${named.join(', ')}`;
    const hint = 'a NUL byte has no place in a CSV export: check how the file was written';
    problems.push(
      rowNumber === 0
        ? problem('tickets.nul-byte', 'warning', `the header holds a NUL byte (${where}); it was removed`, { file, line }, hint)
        : rejectRow('tickets.nul-byte', file, line, rowNumber, undefined, `a NUL byte in ${where} was removed`, hint),
    );
  }
  if (rowNumber === 0 || row.length === width) return;
  if (row.length < width) {
    problems.push(shortRow(file, row.length, line, rowNumber, header));
    return;
  }
  const surplus = row.slice(width).filter((cell) => cell.trim() !== '');
  if (surplus.length === 0) return;
  const shown =
    surplus
      .slice(0, 3)
      .map((cell) => `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`)
      .join(', ') + (surplus.length > 3 ? ', …' : '');
  problems.push(
    rejectRow(
      'tickets.surplus-cells',
      file,
      line,
      rowNumber,
      undefined,
      `${row.length} cells, but the header has ${width}: ${shown} past the last column ${surplus.length === 1 ? 'is' : 'are'} not read`,
      'a delimiter inside a cell that is not quoted, or a broken line end, shifts the cells: quote the cell, or check --delimiter',
    ),
  );
}

function shortRow(file: string, cells: number, line: number, rowNumber: number, header: readonly string[]): Problem {
  const missing = header.slice(cells).map((name, k) => (name.trim() === '' ? String(cells + k + 1) : `"${name}"`));
  const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
  return rejectRow(
    'tickets.short-row',
    file,
    line,
    rowNumber,
    undefined,
    `${cells} ${cells === 1 ? 'cell' : 'cells'}, but the header has ${header.length}: ${shown} ${missing.length === 1 ? 'is' : 'are'} missing and read as empty`,
    'a row cut short (a truncated file, a line break inside a cell that is not quoted) loses the cells after the cut: export the file again, or quote the cell',
  );
}
