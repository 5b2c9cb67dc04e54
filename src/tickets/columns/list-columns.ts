import { problem, type Problem } from '../../problem.js';
import { didYouMean } from '../../did-you-mean.js';
import type { Headers } from '../read/headers.js';
import { findColumn } from './column-plan.js';
import { TEXT_FIELDS } from './canonical-fields.js';

/**
 * The columns of each list field (`report --by`): the column the
 * field maps to (as for any field: `input.columns`/`--map`, the preset's
 * headers, its own name), and every other column of the same name, since Jira
 * writes a multi-value field (Labels, Component/s) as one column per value.
 * A canonical field the file has no column for is a warning (its tickets have
 * no value); any other name the file lacks is an error with the nearest
 * column: grouping on a column that is not there would put every ticket in
 * one empty group without a word.
 */
export type ListColumn = { field: string; header: string; indexes: readonly number[] };

export function planListColumns(
  file: string,
  headers: Headers,
  fields: readonly string[],
  explicit: Readonly<Record<string, string>>,
  presetColumns: Readonly<Record<string, readonly string[]>>,
  problems: Problem[],
): ListColumn[] {
  const found: ListColumn[] = [];
  for (const field of fields) {
    const { index } = findColumn(field, headers, explicit, presetColumns);
    if (index >= 0) {
      const header = headers.names[index]!;
      found.push({ field, header, indexes: headers.findAll(header) });
    } else problems.push(missingListColumn(file, field, headers, explicit[field]));
  }
  return found;
}

function missingListColumn(file: string, field: string, headers: Headers, mapped: string | undefined): Problem {
  const names = headers.names.filter((n) => n !== '');
  const shown = names.length > 30 ? `${names.slice(0, 30).join(', ')}, … (${names.length} in all)` : names.join(', ');
  const canonical = (TEXT_FIELDS as readonly string[]).includes(field);
  if (canonical && mapped === undefined) {
    return problem(
      'tickets.missing-column',
      'warning',
      `--by ${field}: no column of this file holds ${field}; its tickets are grouped under no ${field}`,
      { file, line: 1 },
      `map the column with --map ${field}=COLUMN (or input.columns.${field}); columns in this file: ${shown}`,
    );
  }
  const near = didYouMean(mapped ?? field, names);
  const what = mapped === undefined ? `no column "${field}" in this file` : `column "${mapped}" (mapped to ${field}) is not in the file`;
  return problem(
    'tickets.missing-column',
    'error',
    `--by ${field}: ${what}${near === '' ? '' : `; ${near}`}`,
    { file, line: 1 },
    `--by takes policy, priority, month, none, a ticket field (${TEXT_FIELDS.filter((f) => f !== 'priority').join(', ')}) or a column of the export; columns in this file: ${shown}`,
  );
}
