/**
 * Plain aligned text for `validate`, `calendar` and `inspect`: label and
 * value columns two spaces apart, no borders, no colour.
 */

/** Rows as left-aligned columns two spaces apart (String.length: the texts here have no wide characters). */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function indent(lines: readonly string[]): string[] {
  return lines.map((l) => `  ${l}`);
}
