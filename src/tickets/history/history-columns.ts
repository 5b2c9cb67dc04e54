import { problem, type Problem } from '../../problem.js';
import { closestMatch } from '../../did-you-mean.js';
import { findColumn, type FieldColumn } from '../columns/column-plan.js';
import type { Headers } from '../read/headers.js';
import { historyKey } from '../../sla/normalize/clock-items.js';
import type { ImportSla, Settings } from '../import-settings.js';

/**
 * The status-history columns a metric's milestones name (SPEC 8.1: `group`,
 * `assignee`, any other column) and `reply`, in the readers of histories and
 * event logs: found by `input.events.columns`, the preset's header names or
 * the column's own name; a wide history or an event log without one is an
 * error (the metric would never stop, or never see an update).
 */

/** The other columns kept in the event store, in its order (Settings.eventFields), where the file has them. */
export function eventFieldColumns(headers: Headers, settings: Settings): { k: number; column: FieldColumn }[] {
  return settings.eventFields.flatMap((field, k) => {
    const { index } = findColumn(field, headers, settings.eventColumns, settings.preset.events);
    return index < 0 ? [] : [{ k, column: { field, index, header: headers.names[index]! } }];
  });
}

/** The names of the columns metrics need (Settings.historyColumns) that a file with a header row has. */
function historyColumnsIn(headers: Headers, settings: Settings): string[] {
  return settings.historyColumns
    .map((c) => c.name)
    .filter((name) => findColumn(name, headers, settings.eventColumns, settings.preset.events).index >= 0);
}

/**
 * Which needed columns the histories of a run have shown so far: a wide
 * file by its header row (several wide files may each have some of the
 * columns), a long-form file by the fields its rows change (`seen` holds the
 * names, `seenFields` the store's other columns by index, `longFields` the
 * first raw field names, for the hint).
 */
export type HistoryCoverage = {
  seen: Set<string>;
  seenFields: Set<number>;
  first?: { file: string; headers: readonly string[] };
  firstLong?: string;
  longRows: number;
  longFields: Set<string>;
};

export function historyCoverage(): HistoryCoverage {
  return { seen: new Set(), seenFields: new Set(), longRows: 0, longFields: new Set() };
}

export function coverWide(coverage: HistoryCoverage, file: string, headers: Headers, settings: Settings): void {
  for (const name of historyColumnsIn(headers, settings)) coverage.seen.add(name);
  coverage.first ??= { file, headers: headers.names };
}

/**
 * Errors for the columns metrics need that no history has: a wide file by its
 * header row, a long-form file by the fields its rows change (the
 * same error as the wide form's, not every clock run on to resolution). The
 * error points at the first wide file's header row, else at the first
 * long-form file. A long-form file without a row says nothing either way.
 */
export function missingHistoryColumns(coverage: HistoryCoverage, settings: Settings): Problem[] {
  const { first } = coverage;
  if (coverage.firstLong !== undefined ? coverage.longRows === 0 : first === undefined) return [];
  if (first === undefined) return missingLongFields(coverage, settings);
  return settings.historyColumns.flatMap(({ name, metric }) => {
    if (isCovered(coverage, settings, name)) return [];
    const names = first.headers.filter((n) => n !== '');
    // `assigned group` for group: a header holding the name is a likelier match than a near spelling.
    const wanted = settings.eventColumns[name] ?? name;
    const near = names.find((n) => n.toLowerCase().includes(wanted.toLowerCase())) ?? closestMatch(wanted, names);
    const hint = `columns in this file: ${names.join(', ')}\n${near === undefined ? '' : `closest match: "${near}"; `}map it with input.events.columns.${name} in the SLA file, or give a history that has it`;
    return [
      problem(
        'tickets.missing-history-column',
        'error',
        `no column for "${name}", which metric "${metric}" reads`,
        { file: first.file, line: 1 },
        hint,
      ),
    ];
  });
}

function isCovered(coverage: HistoryCoverage, settings: Settings, name: string): boolean {
  const k = settings.eventFields.indexOf(name);
  return coverage.seen.has(name) || (k >= 0 && coverage.seenFields.has(k));
}

function missingLongFields(coverage: HistoryCoverage, settings: Settings): Problem[] {
  const fields = [...coverage.longFields].filter((f) => f !== '');
  return settings.historyColumns.flatMap(({ name, metric }) => {
    if (isCovered(coverage, settings, name)) return [];
    const wanted = settings.eventColumns[name] ?? name;
    const near = fields.find((f) => f.includes(wanted.toLowerCase())) ?? closestMatch(wanted, fields);
    const hint = `fields in this history: ${fields.join(', ')}\n${near === undefined ? '' : `closest match: "${near}"; `}map it with input.events.columns.${name} in the SLA file, or give a history that has it`;
    return [
      problem(
        'tickets.missing-history-column',
        'error',
        `no row changes "${name}", which metric "${metric}" reads`,
        { file: coverage.firstLong!, line: 1 },
        hint,
      ),
    ];
  });
}

/**
 * Long form (`field`, `value`): which of the store's other columns a row's
 * field fills; none when it names no column a metric reads. Several when
 * metrics name the same history column two ways (`assignment_group` in one
 * milestone, `group` in another): each sees the row.
 */
export function longFormFields(settings: Settings): (field: string) => readonly number[] {
  const byName = new Map<string, number[]>();
  settings.eventFields.forEach((name, k) => {
    const names = new Set([name, ...(settings.preset.events[name] ?? []), settings.eventColumns[name] ?? name].map((n) => n.toLowerCase()));
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), k]);
  });
  const none: readonly number[] = [];
  return (field) => byName.get(field) ?? none;
}

/**
 * Values of a reply cell (wide form) or of a long-form `reply`/`comment`
 * row's value that mark no public reply: a word for "no", or an internal
 * note (Zendesk's audits write `public: false` as `false`). README "Status
 * history" lists them.
 */
export const INTERNAL_WORDS: readonly string[] = [
  'false',
  'no',
  'n',
  '0',
  'nej',
  'nein',
  'non',
  'falsch',
  'internal',
  'private',
  'intern',
  'privat',
];
const INTERNAL = new Set(INTERNAL_WORDS);

/** A reply cell, or a long-form reply row's value: any value but an empty one or a word of INTERNAL_WORDS marks an agent's public reply. */
export function isReplyCell(value: string | undefined): boolean {
  return value !== undefined && !INTERNAL.has(value.toLowerCase());
}

/** A run without any status history, for metrics that read one (SPEC 8): one error per metric, where the SLA file defines it. */
export function noHistoryProblems(sla: ImportSla): Problem[] {
  const targeted = new Set(sla.policies.flatMap((p) => Object.keys(p.targets)));
  return [...sla.metrics.values()].flatMap((metric) => {
    const key = historyKey(metric);
    if (key === undefined || !targeted.has(metric.name)) return [];
    const what =
      key === 'updates'
        ? 'counts updates in the status history'
        : `${key === 'stop' ? 'stops' : 'starts'} at a milestone or reply in the status history`;
    const hint = `pass the history with --events FILE or name it under input.events.file in the SLA file, or take ${metric.name} out of the policies' targets`;
    return [
      problem(
        'tickets.no-history',
        'error',
        `${what}, but no history file was given`,
        metric.where ?? { field: `metrics.${metric.name}` },
        hint,
      ),
    ];
  });
}
