import type { Problem } from '../../problem.js';
import { missingColumn, type Headers } from '../read/headers.js';

/**
 * Which column holds each field in one file: the column the user named
 * (`input.columns`, `--map`), else the preset's header names, else the
 * field's own name (`first_response` also as `first response`).
 */
export type FieldColumn = { field: string; index: number; header: string };

export function findColumn(
  field: string,
  headers: Headers,
  explicit: Readonly<Record<string, string>>,
  presetColumns: Readonly<Record<string, readonly string[]>>,
): { index: number; explicit: boolean; wanted: readonly string[] } {
  const named = explicit[field];
  if (named !== undefined) return { index: headers.find([named]), explicit: true, wanted: [named] };
  const wanted = [...(presetColumns[field] ?? []), field, field.replace(/_/g, ' ')];
  return { index: headers.find(wanted), explicit: false, wanted };
}

/**
 * Columns for a list of fields; a required field that is missing, or a field
 * the user named that the file lacks, is reported (error when required).
 */
export function planColumns(
  file: string,
  headers: Headers,
  fields: readonly string[],
  required: readonly string[],
  explicit: Readonly<Record<string, string>>,
  presetColumns: Readonly<Record<string, readonly string[]>>,
  problems: Problem[],
): FieldColumn[] {
  const found: FieldColumn[] = [];
  for (const field of fields) {
    const { index, explicit: named, wanted } = findColumn(field, headers, explicit, presetColumns);
    if (index >= 0) found.push({ field, index, header: headers.names[index]! });
    else if (required.includes(field)) problems.push(missingColumn(file, field, wanted, headers, named));
    else if (named) problems.push({ ...missingColumn(file, field, wanted, headers, true), severity: 'warning' });
  }
  return found;
}
