import { ParseStatus } from '../timestamps/date-format.js';
import { formatInstant } from '../../calendar/wall-clock.js';
import type { Problem } from '../../problem.js';
import { matchKey } from '../../sla/normalize/match-key.js';
import { findColumn, type FieldColumn } from '../columns/column-plan.js';
import { derivedColumns } from '../columns/derived-times.js';
import { guardFile } from '../read/guard-file.js';
import type { Headers } from '../read/headers.js';
import { withChosenPreset } from '../columns/presets/choose.js';
import { withRawValueZone } from '../columns/presets/raw-values.js';
import type { Preset } from '../columns/presets/preset.js';
import { VERDICT_PREFIX } from '../columns/vendor-verdict.js';
import { exportTraits, tapHead } from './inspect-traits.js';
import { readFile } from '../read/read-file.js';
import { resolveSettings, type ImportSla } from '../import-settings.js';
import { runState, type RunState } from '../run-state.js';
import type { FileTimes } from '../timestamps/file-times.js';
import type { ImportOptions, Source } from '../types.js';

/**
 * `slacheck inspect`: what the import will make of one export,
 * without an SLA file: encoding, delimiter, preset, the column of each field,
 * the date format with two values read back, the distinct priorities and
 * statuses with what they mean, and the columns nothing reads. It reads the
 * file with the import's own reader and settings, so it shows what
 * check and report will do, not a second opinion.
 */
export type Inspection = {
  schema_version: 1;
  file: string;
  encoding: string;
  delimiter: string;
  preset: { name: string; label: string; chosen: 'named' | 'header row' | 'default'; signature: string[] };
  rows: number;
  timezone: string;
  /** `derived`: the column holds calendar minutes after another field's column (Preset.derived: Zendesk's first reply). */
  fields: {
    field: string;
    column: string | null;
    candidate?: { column: string; note: string };
    derived?: { from: string; source: string };
  }[];
  dates: {
    setting: string;
    format: string | null;
    samples: { column: string; text: string; instant: string }[];
    unreadable: { column: string; count: number }[];
  };
  priorities: Tally<{ priority: string | null; mapped: boolean }>[];
  statuses: Tally<{ meaning: 'done' | 'waiting' | null }>[];
  /** The helpdesk's own SLA verdict columns in the file: the field its clock stops at, and the metric slacheck compares it with (null: none; with no --sla there are no metrics). */
  vendor_verdicts: { column: string; stops_at: string; metric: string | null }[];
  unused_columns: string[];
  warnings: Problem[];
};

type Tally<T> = { value: string; count: number } & T;

/** Distinct values kept per column: priorities and statuses are a handful; a column of ids is not worth more. */
const DISTINCT = 1000;

export async function inspectExport(
  given: Source,
  sla: ImportSla,
  options: ImportOptions,
): Promise<{ inspection?: Inspection; problems: Problem[] }> {
  const preset = await withChosenPreset({ tickets: [given], sla, options });
  const zoned = await withRawValueZone(preset.request);
  const { request } = zoned;
  const notices = [...preset.notices, ...zoned.notices];
  const { settings, problems } = resolveSettings(request.sla, request.options);
  if (settings === undefined) return { problems };
  const run = runState(settings, settings.priorities);
  const { source, head } = tapHead(request.tickets[0]!);
  const found: Problem[] = [...notices, ...problems];
  let seen: Seen | undefined;
  let rows = 0;
  await guardFile(found, async () => {
    rows = (
      await readFile(source, run, found, (headers) => {
        seen = plan(headers, run);
        return {
          timeColumns: seen.times.map((c) => c.index),
          headerOf: (c) => headers.names[c] ?? `#${c + 1}`,
          start: (times) => collect(seen!, times, run),
        };
      })
    ).rows;
  });
  const errors = found.filter((p) => p.severity === 'error');
  if (errors.length > 0 || seen === undefined) return { problems: errors.length > 0 ? errors : found };
  const traits = exportTraits(head(), settings.encoding, settings.delimiter, found);
  const chosen = notices.some((n) => n.code === 'tickets.preset-detected')
    ? 'header row'
    : options.preset !== undefined || sla.input.preset !== undefined
      ? 'named'
      : 'default';
  const names = seen.headers.names;
  const signature =
    chosen === 'header row'
      ? (settings.preset.signatures.find((s) => s.every((h) => seen!.headers.find([h]) >= 0)) ?? []).map(
          (h) => names[seen!.headers.find([h])]!,
        )
      : [];
  return {
    inspection: {
      schema_version: 1,
      file: given.name,
      ...traits,
      preset: { name: settings.preset.name, label: settings.preset.label, chosen, signature },
      rows,
      timezone: settings.zone,
      fields: fieldsOf(seen, run),
      dates: datesOf(seen, settings.datesText, settings.zone),
      priorities: tallies(seen.priorities).map((t) => ({ ...t, ...priorityOf(t.value, run) })),
      statuses: tallies(seen.statuses).map((t) => ({
        ...t,
        meaning: meaningOf(t.value, settings.resolvedStatuses, settings.waitingStatuses),
      })),
      vendor_verdicts: vendorVerdicts(seen.headers, settings.preset, seen.fields),
      unused_columns: names.filter((n, i) => n !== '' && !seen!.used.has(i)),
      // The preset's choice is part of the inspection itself.
      warnings: found.filter((p) => p.code !== 'tickets.preset-detected'),
    },
    problems: [],
  };
}

type Seen = {
  headers: Headers;
  /** `from`: the header of the column a derived field's minutes count from. */
  fields: { field: string; column?: FieldColumn; from?: string }[];
  times: FieldColumn[];
  used: Set<number>;
  priorities: Map<string, number>;
  statuses: Map<string, number>;
  samples: { column: string; text: string; at: number }[];
  unreadable: Map<string, number>;
  format?: string;
};

/** Every field the import reads (SPEC 5.1's, and with an SLA file its metrics' and policies' own), planned as the import plans them. */
function plan(headers: Headers, run: RunState): Seen {
  const { settings } = run;
  const fields: Seen['fields'] = ['id', ...settings.timeFields, ...settings.textFields].map((field) => {
    const { index } = findColumn(field, headers, settings.columns, settings.preset.columns);
    return index < 0 ? { field } : { field, column: { field, index, header: headers.names[index]! } };
  });
  const times = fields.filter((f) => f.column !== undefined && settings.timeFields.includes(f.field)).map((f) => f.column!);
  // As the import derives them (columns/derived-times.ts): its notices are the import's to give.
  for (const d of derivedColumns('', headers, settings, times).derived) {
    const entry = fields.find((f) => f.field === d.field)!;
    entry.column = { field: d.field, index: d.index, header: d.header };
    entry.from = times.find((c) => c.field === d.from)!.header;
  }
  const used = new Set(fields.flatMap((f) => (f.column === undefined ? [] : [f.column.index])));
  return { headers, fields, times, used, priorities: new Map(), statuses: new Map(), samples: [], unreadable: new Map() };
}

/** Per row: the raw priority and status (as cleaned), two timestamps read back, and the cells that do not read. */
function collect(seen: Seen, times: FileTimes, run: RunState): (row: readonly string[]) => void {
  const priority = seen.fields.find((f) => f.field === 'priority')?.column?.index;
  const status = seen.fields.find((f) => f.field === 'status')?.column?.index;
  const count = (map: Map<string, number>, raw: string | undefined) => {
    const value = run.clean(raw) ?? '';
    if (map.has(value) || map.size < DISTINCT) map.set(value, (map.get(value) ?? 0) + 1);
  };
  // Samples kept per column (two different values each), by column index.
  const taken: number[] = [];
  return (row) => {
    if (priority !== undefined) count(seen.priorities, row[priority]);
    if (status !== undefined) count(seen.statuses, row[status]);
    for (const column of seen.times) {
      const text = run.clean(row[column.index]);
      if (text === undefined) continue;
      const at = times.read(column.index, text);
      // .NET's "no date" (0001-01-01) reads as empty, as the import reads it (ticket-rows.ts).
      if (at !== at && times.lastStatus === ParseStatus.empty) continue;
      if (at !== at) seen.unreadable.set(column.header, (seen.unreadable.get(column.header) ?? 0) + 1);
      else if ((taken[column.index] ?? 0) < 2 && !seen.samples.some((x) => x.column === column.header && x.text === text)) {
        // Two different values read back (an event log repeats a ticket's opened_at on every row).
        taken[column.index] = (taken[column.index] ?? 0) + 1;
        seen.samples.push({ column: column.header, text, at });
      }
      seen.format ??= times.describe(column.index);
    }
  };
}

function fieldsOf(seen: Seen, run: RunState): Inspection['fields'] {
  const candidates = run.settings.preset.candidates ?? {};
  const derived = run.settings.preset.derived ?? {};
  return seen.fields.map(({ field, column, from }) => {
    if (column !== undefined && from !== undefined)
      return { field, column: column.header, derived: { from, source: derived[field]!.source } };
    if (column !== undefined) return { field, column: column.header };
    const candidate = candidates[field];
    const at = candidate === undefined ? -1 : seen.headers.find(candidate.columns);
    return at < 0
      ? { field, column: null }
      : { field, column: null, candidate: { column: seen.headers.names[at]!, note: candidate!.note } };
  });
}

function datesOf(seen: Seen, setting: string, zone: string): Inspection['dates'] {
  return {
    setting,
    format: seen.format ?? null,
    // Two values of the first timestamp column that has two (created, as a rule), else the first two seen.
    samples: twoSamples(seen.samples).map((s) => ({ column: s.column, text: s.text, instant: formatInstant(zone, s.at) })),
    unreadable: [...seen.unreadable].map(([column, count]) => ({ column, count })),
  };
}

function twoSamples(samples: Seen['samples']): Seen['samples'] {
  const pair = samples.find((s) => samples.filter((t) => t.column === s.column).length === 2);
  return pair === undefined ? samples.slice(0, 2) : samples.filter((s) => s.column === pair.column);
}

/** Most frequent first, then by value (plain comparison: no locale); the empty cell as "". */
function tallies(map: ReadonlyMap<string, number>): Tally<object>[] {
  return [...map]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function priorityOf(value: string, run: RunState): { priority: string | null; mapped: boolean } {
  if (value === '') return { priority: run.settings.priorities.matrix === undefined ? null : 'matrix', mapped: false };
  const priority = run.priority(value);
  return { priority, mapped: priority !== value };
}

function meaningOf(value: string, done: readonly string[], waiting: readonly string[]): 'done' | 'waiting' | null {
  const key = matchKey(value);
  if (done.some((s) => matchKey(s) === key)) return 'done';
  return waiting.some((s) => matchKey(s) === key) ? 'waiting' : null;
}

/** The preset's verdict columns the file has, and the metric each is read beside (a `verdict.METRIC` field planned on that column). */
function vendorVerdicts(headers: Headers, preset: Preset, fields: Seen['fields']): Inspection['vendor_verdicts'] {
  return Object.entries(preset.verdicts ?? {}).flatMap(([stop, names]) => {
    const index = headers.find(names);
    if (index < 0) return [];
    const paired = fields.find((f) => f.field.startsWith(VERDICT_PREFIX) && f.column?.index === index);
    return [
      { column: headers.names[index]!, stops_at: stop, metric: paired === undefined ? null : paired.field.slice(VERDICT_PREFIX.length) },
    ];
  });
}
