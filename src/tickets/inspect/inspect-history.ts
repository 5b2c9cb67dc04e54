import type { Problem } from '../../problem.js';
import { findColumn, planColumns } from '../columns/column-plan.js';
import { FileRejected } from '../read/file-error.js';
import { guardFile } from '../read/guard-file.js';
import type { Headers } from '../read/headers.js';
import { readFile } from '../read/read-file.js';
import { REPLY_FIELDS, STATUS_FIELDS } from '../history/events-file.js';
import { isReplyCell } from '../history/history-columns.js';
import { resolveSettings, type ImportSla, type Settings } from '../import-settings.js';
import { runState, type RunState } from '../run-state.js';
import { ParseStatus, type FileTimes } from '../timestamps/file-times.js';
import type { ImportOptions, Source } from '../types.js';
import { exportTraits, tapHead } from './inspect-traits.js';

/**
 * `slacheck inspect --events FILE`: what the import will read from
 * a status history, with the history reader's own column planning: its form
 * (wide or long), the column of each history field and how many rows fill
 * it (long form: the values of its field column and what each is read as),
 * the statuses, groups, assignees and other values a milestone reads, and the
 * reply values with which count as public replies. The SLA file's names are
 * checked against these tallies in history-names.ts.
 */
export type HistoryInspection = {
  schema_version: 1;
  file: string;
  encoding: string;
  delimiter: string;
  preset: { name: string; label: string };
  form: 'wide' | 'long';
  rows: number;
  /** Distinct ticket ids in the rows. */
  tickets: number;
  timezone: string;
  dates: { format: string | null; unreadable: number };
  /** Wide: each history field with its column and the rows that have a value; long: ticket, at, field, value. */
  columns: { field: string; column: string | null; rows: number }[];
  /** Long form: the field column's values, and the history field each is read as (null: not read). */
  fields: (Tally & { read_as: string | null })[];
  /** Per history field (status, priority, reply, group, assignee, any a milestone names): its values. */
  values: Record<string, Tally[]>;
  /** The reply values, and whether each counts as a public reply (the rest are internal: no reply). */
  replies: (Tally & { public: boolean })[];
  warnings: Problem[];
};

export type Tally = { value: string; count: number };

/** The history fields always shown; a milestone's other columns join them. */
const SHOWN = ['status', 'priority', 'reply', 'group', 'assignee'];
/** Distinct values kept per field: statuses and groups are a handful; a column of ids is not worth more. */
const DISTINCT = 1000;

export async function inspectHistory(
  given: Source,
  sla: ImportSla,
  options: ImportOptions,
): Promise<{ inspection?: HistoryInspection; problems: Problem[] }> {
  const { settings, problems } = resolveSettings(sla, options);
  if (settings === undefined) return { problems };
  const run = runState(settings, settings.priorities);
  const { source, head } = tapHead(given);
  const found: Problem[] = [...problems];
  const names = [...new Set([...SHOWN, ...settings.historyColumns.map((c) => c.name)])];
  let seen: Seen | undefined;
  let rows = 0;
  await guardFile(found, async () => {
    rows = (
      await readFile(source, run, found, (headers) => {
        seen = plan(given.name, headers, settings, names);
        return {
          timeColumns: [seen.at.index],
          headerOf: (c) => headers.names[c] ?? `#${c + 1}`,
          dates: settings.eventDates,
          start: (times) => collect(seen!, times, run),
        };
      })
    ).rows;
  });
  const errors = found.filter((p) => p.severity === 'error');
  if (errors.length > 0 || seen === undefined) return { problems: errors.length > 0 ? errors : found };
  const s = seen;
  const values = Object.fromEntries(names.map((n) => [n, tallies(s.values.get(n)!)]));
  return {
    inspection: {
      schema_version: 1,
      file: given.name,
      ...exportTraits(head(), settings.encoding, settings.delimiter, found),
      preset: { name: settings.preset.name, label: settings.preset.label },
      form: s.long ? 'long' : 'wide',
      rows,
      tickets: s.tickets.size,
      timezone: settings.zone,
      dates: { format: s.format ?? null, unreadable: s.unreadable },
      columns: s.columns.map((c) => ({ field: c.field, column: c.index < 0 ? null : c.header, rows: s.filled[c.index] ?? 0 })),
      fields: tallies(s.fields).map((t) => ({ ...t, read_as: s.readAs(t.value) ?? null })),
      values,
      replies: values.reply!.map((t) => ({ ...t, public: isReplyCell(t.value === '' ? undefined : t.value) })),
      warnings: found,
    },
    problems: [],
  };
}

type Column = { field: string; index: number; header: string };

type Seen = {
  long: boolean;
  at: Column;
  ticket: Column;
  columns: Column[];
  /** Rows with a value, by column index. */
  filled: number[];
  tickets: Set<string>;
  fields: Map<string, number>;
  values: Map<string, Map<string, number>>;
  /** A long-form field value -> the history field it is read as. */
  readAs: (field: string) => string | undefined;
  format?: string;
  unreadable: number;
};

/** The history reader's plan (events-file.ts): ticket and at required; field and value make it long; else a column per field. */
function plan(file: string, headers: Headers, settings: Settings, names: readonly string[]): Seen {
  const found: Problem[] = [];
  const planned = (fields: string[], required: string[]) =>
    planColumns(file, headers, fields, required, settings.eventColumns, settings.preset.events, found);
  const [ticket, at] = planned(['ticket', 'at'], ['ticket', 'at']);
  const error = found.find((p) => p.severity === 'error');
  if (error !== undefined || ticket === undefined || at === undefined) throw new FileRejected(error!);
  const pair = planned(['field', 'value'], []);
  const long = pair.length === 2;
  const column = (field: string): Column => {
    const { index } = findColumn(field, headers, settings.eventColumns, settings.preset.events);
    return { field, index, header: headers.names[index] ?? '' };
  };
  const columns = long ? [ticket, at, ...pair] : [ticket, at, ...names.map(column)];
  return {
    long,
    at,
    ticket,
    columns,
    filled: [],
    tickets: new Set(),
    fields: new Map(),
    values: new Map(names.map((n) => [n, new Map()])),
    readAs: longFieldNames(settings, names),
    unreadable: 0,
  };
}

/** Long form: a field column's value -> the history field it feeds, by the names the reader matches (events-file.ts). */
function longFieldNames(settings: Settings, names: readonly string[]): (field: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const f of STATUS_FIELDS) byName.set(f, 'status');
  for (const f of REPLY_FIELDS) byName.set(f, 'reply');
  byName.set('priority', 'priority');
  for (const name of names) {
    for (const alias of [name, ...(settings.preset.events[name] ?? []), settings.eventColumns[name] ?? name]) {
      if (!byName.has(alias.toLowerCase())) byName.set(alias.toLowerCase(), name);
    }
  }
  return (field) => byName.get(field.toLowerCase());
}

function collect(seen: Seen, times: FileTimes, run: RunState): (row: readonly string[]) => void {
  const count = (map: Map<string, number>, value: string) => {
    if (map.has(value) || map.size < DISTINCT) map.set(value, (map.get(value) ?? 0) + 1);
  };
  const [field, value] = seen.long ? [seen.columns[2]!.index, seen.columns[3]!.index] : [-1, -1];
  return (row) => {
    for (const c of seen.columns)
      if (c.index >= 0 && run.clean(row[c.index]) !== undefined) seen.filled[c.index] = (seen.filled[c.index] ?? 0) + 1;
    const id = run.clean(row[seen.ticket.index]);
    if (id !== undefined) seen.tickets.add(id);
    const text = run.clean(row[seen.at.index]);
    if (text !== undefined) {
      const at = times.read(seen.at.index, text);
      if (at !== at && times.lastStatus !== ParseStatus.empty) seen.unreadable++;
      seen.format ??= times.describe(seen.at.index);
    }
    if (seen.long) {
      const name = (run.clean(row[field]) ?? '').toLowerCase();
      count(seen.fields, name);
      const into = seen.readAs(name);
      // A reply row without a value is still a row about a reply: it reads as internal (history-columns.ts).
      const cell = run.clean(row[value]);
      if (into !== undefined && (cell !== undefined || into === 'reply')) count(seen.values.get(into)!, cell ?? '');
      return;
    }
    for (const c of seen.columns.slice(2)) {
      const cell = c.index < 0 ? undefined : run.clean(row[c.index]);
      if (cell !== undefined) count(seen.values.get(c.field)!, cell);
    }
  };
}

/** Most frequent first, then by value (plain comparison: no locale). */
function tallies(map: ReadonlyMap<string, number>): Tally[] {
  return [...map]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
