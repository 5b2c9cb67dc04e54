import { problem, type Problem } from '../../problem.js';
import { closestMatch } from '../../did-you-mean.js';

/**
 * The header row of one file: names matched trimmed, case-insensitively and
 * without a BOM (SPEC 5.2). Duplicate names are kept (Jira repeats `Sprint`
 * and `Comment`; the Italian log has `Variant` twice): a field takes the first
 * column of that name, and the duplicates are reported once. Empty trailing
 * headers (Excel's `;;;;`) are ignored.
 */
export type Headers = {
  /** As written, trimmed. */
  names: readonly string[];
  /** The first column whose name is one of these (in the order given), or -1. */
  find(alternatives: readonly string[]): number;
  /** Every column of this name, in order (Jira repeats a multi-value field's header once per value). */
  findAll(name: string): number[];
};

export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

export function readHeaders(row: readonly string[]): Headers {
  const names = row.map((n) => n.replace(/^\uFEFF/, '').trim());
  const first = new Map<string, number>();
  names.forEach((n, i) => {
    const key = n.toLowerCase();
    if (key !== '' && !first.has(key)) first.set(key, i);
  });
  return {
    names,
    find(alternatives) {
      for (const alt of alternatives) {
        const i = first.get(normalizeHeader(alt));
        if (i !== undefined) return i;
      }
      return -1;
    },
    findAll(name) {
      const key = normalizeHeader(name);
      return names.flatMap((n, i) => (n.toLowerCase() === key ? [i] : []));
    },
  };
}

/** One notice for all repeated header names, or none; `listed`: headers read as lists (`report --by`), all of whose columns are read. */
export function duplicateHeaders(file: string, headers: Headers, listed: readonly string[] = []): Problem | undefined {
  const seen = new Map<string, number[]>();
  headers.names.forEach((n, i) => {
    if (n === '') return;
    const key = n.toLowerCase();
    seen.set(key, [...(seen.get(key) ?? []), i + 1]);
  });
  const repeated = [...seen.entries()].filter(([, cols]) => cols.length > 1);
  if (repeated.length === 0) return undefined;
  const all = new Set(listed.map((n) => n.toLowerCase()));
  const list = repeated
    .map(([key, cols]) => `"${headers.names[cols[0]! - 1]}" (columns ${cols.join(', ')}${all.has(key) ? ': --by reads every one' : ''})`)
    .join(', ');
  const used = repeated.every(([key]) => all.has(key)) ? '' : `; the first of each${all.size > 0 ? ' other' : ''} is used`;
  return problem(
    'tickets.duplicate-header',
    'warning',
    `repeated column names: ${list}${used}`,
    { file, line: 1 },
    'to use another one, rename it in the export',
  );
}

/** The error for a column a field needs but the file lacks: the headers it has, and the closest one. */
export function missingColumn(file: string, field: string, wanted: readonly string[], headers: Headers, explicit: boolean): Problem {
  const names = headers.names.filter((n) => n !== '');
  const near = closestMatch(wanted[0] ?? field, names) ?? wanted.map((w) => closestMatch(w, names)).find((m) => m !== undefined);
  const what = explicit ? `column "${wanted[0]}" (mapped to ${field}) is not in the file` : `no column for "${field}"`;
  const shown = names.length > 30 ? `${names.slice(0, 30).join(', ')}, … (${names.length} in all)` : names.join(', ');
  const hint = `columns in this file: ${shown}\n${near === undefined ? '' : `closest match: "${near}"; `}map it with input.columns.${field} in the SLA file or --map ${field}=COLUMN`;
  return problem('tickets.missing-column', 'error', what, { file, line: 1 }, hint);
}
