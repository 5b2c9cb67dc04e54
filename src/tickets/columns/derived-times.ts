import { problem, type Problem } from '../../problem.js';
import type { Headers } from '../read/headers.js';
import type { Settings } from '../import-settings.js';
import type { FieldColumn } from './column-plan.js';

/**
 * A timestamp the export holds only as calendar minutes after
 * another (Preset.derived: Zendesk's `First reply time in minutes`), read as
 * that field's time plus the minutes. Only for a field the file has no
 * column of and the user mapped none; one notice per file names the source.
 */
export type DerivedColumn = { field: string; from: string; index: number; header: string };

export function derivedColumns(
  file: string,
  headers: Headers,
  settings: Settings,
  times: readonly FieldColumn[],
): { derived: DerivedColumn[]; notices: Problem[] } {
  const derived: DerivedColumn[] = [];
  const notices: Problem[] = [];
  for (const [field, how] of Object.entries(settings.preset.derived ?? {})) {
    const from = times.find((c) => c.field === how.from);
    if (
      !settings.timeFields.includes(field) ||
      times.some((c) => c.field === field) ||
      settings.columns[field] !== undefined ||
      from === undefined
    )
      continue;
    const index = headers.find(how.minutes);
    if (index < 0) continue;
    const header = headers.names[index]!;
    derived.push({ field, from: how.from, index, header });
    notices.push(
      problem(
        'tickets.derived-time',
        'warning',
        `${field} is read as "${from.header}" plus "${header}" (${how.source}): the export has no ${field} column`,
        { file, line: 1 },
        `to read another column as ${field}, map it with --map ${field}=COLUMN (or input.columns.${field})`,
      ),
    );
  }
  return { derived, notices };
}

/** Calendar minutes as written: a whole or decimal number (`25`, `12.5`, `12,5`); NaN for anything else. */
export function parseMinutes(text: string): number {
  return /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}
