import { checkCalendarDef } from '../calendar/index.js';
import { isValidZone } from '../calendar/wall-clock.js';
import type { Severity } from '../problem.js';
import { closestMatch, editDistance } from '../suggest.js';
import { calendarDef } from './calendar-def.js';
import { matchKey, whenOf } from './match-key.js';
import { explainScalar } from './scalars.js';
import type { SlaFile } from './schema.js';
import type { Path } from './yaml-source.js';

/**
 * Checks a schema cannot express: names that refer to each other, calendar
 * definitions (through the calendar engine's own checks), policies that can
 * never match. Each rule is a small named function that reports problems;
 * it sees only the sections that passed the schema (`Partial`), so one
 * broken section does not hide the problems of the others.
 */

export type Finding = { code: string; severity?: Severity; path: Path; part?: 'key' | 'value'; message: string; hint?: string };
export type RuleContext = {
  /** The file, or when it has schema errors the parts of it that pass (see usable-sections.ts). */
  file: Partial<SlaFile>;
  /** False when `file` is such a pruned file: rules that judge the whole contract wait for a clean one. */
  complete: boolean;
  /** Names declared in the file as written, pruned or not, so a broken calendar is not also "unknown". */
  names: Names;
  report: (finding: Finding) => void;
};
export type Names = { calendars: readonly string[]; metrics: readonly string[]; policies: readonly string[] };
export type Rule = (ctx: RuleContext) => void;

/** Timestamp fields of a canonical ticket (SPEC 5.1); other names are custom columns. */
const TIME_FIELDS = ['created', 'first_response', 'resolved', 'closed', 'updated'];
/** Text fields of a canonical ticket that a `when` usually names. */
const TEXT_FIELDS = ['id', 'priority', 'status', 'service', 'category', 'type', 'group', 'assignee', 'customer', 'title', 'impact', 'urgency'];

const calendarDefinitions: Rule = ({ file, report }) => {
  if (file.calendars === undefined || file.timezone === undefined || !isValidZone(file.timezone)) return;
  for (const [name, entry] of Object.entries(file.calendars)) {
    const def = calendarDef(entry, file.timezone);
    if (!isValidZone(def.timezone)) continue; // already reported by the schema
    for (const issue of checkCalendarDef(def)) {
      const [section] = issue.path;
      const code = section === 'hours' ? 'sla.bad-hours' : section === 'overrides' ? 'sla.bad-override' : section === 'holidays' ? 'sla.bad-holidays' : 'sla.bad-calendar';
      // A weekday key or an override date is the key itself; everything else is a value.
      const part = issue.path.length === 2 && (section === 'hours' || section === 'overrides') ? 'key' : 'value';
      report({ code, path: ['calendars', name, ...issue.path], part, message: issue.message, hint: issue.hint });
    }
  }
};

const inputTimezone: Rule = ({ file, report }) => {
  const zone = file.input?.timezone;
  if (zone === undefined || isValidZone(zone)) return;
  const why = explainScalar('sla.unknown-timezone', zone);
  report({ code: 'sla.unknown-timezone', path: ['input', 'timezone'], message: why.message, hint: why.hint });
};

const policyNames: Rule = ({ file, report }) => {
  const seen = new Map<string, number>();
  (file.policies ?? []).forEach((policy, i) => {
    const first = seen.get(policy.name);
    if (policy.name.trim().toLowerCase() === 'default') {
      report({ code: 'sla.reserved-name', path: ['policies', i, 'name'], message: '"default" is reserved: goals use it for the policies they do not name', hint: 'give the policy another name' });
    } else if (first !== undefined) {
      report({ code: 'sla.duplicate-policy', path: ['policies', i, 'name'], message: `policy name "${policy.name}" is used twice`, hint: `policies[${first}] has the same name; goals and reports tell policies apart by name` });
    }
    if (first === undefined) seen.set(policy.name, i);
  });
};

const policyCalendars: Rule = ({ file, names: { calendars: names }, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    if (names.includes(policy.calendar)) return;
    report({ code: 'sla.unknown-calendar', path: ['policies', i, 'calendar'], message: unknown('calendar', policy.calendar, names, 'value'), hint: defined('calendars', names) });
  });
};

const targetMetrics: Rule = ({ file, complete, names: { metrics: names }, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    const targets = Object.keys(policy.targets);
    // In a pruned file a policy may have lost its broken targets, not be without them.
    if (targets.length === 0 && complete) report({ code: 'sla.no-targets', severity: 'warning', path: ['policies', i, 'targets'], message: 'policy has no targets: its tickets get no records', hint: `add targets, e.g. ${names[0] ?? 'response'}: 4h` });
    for (const metric of targets) {
      if (names.includes(metric)) continue;
      report({ code: 'sla.unknown-metric', path: ['policies', i, 'targets', metric], part: 'key', message: unknown('metric', metric, names), hint: defined('metrics', names) });
    }
  });
};

/** SPEC 4: first match wins, so a policy covered by an earlier one is dead text in the contract. */
const reachablePolicies: Rule = ({ file, complete, report }) => {
  // A pruned `when` could make a broken policy look like a catch-all.
  if (!complete) return;
  const policies = file.policies ?? [];
  policies.forEach((policy, j) => {
    const when = whenOf(policy);
    const emptyList = Object.entries(when).find(([, values]) => values.length === 0);
    if (emptyList !== undefined) {
      report({ code: 'sla.unreachable-policy', path: ['policies', j, 'when', emptyList[0]], message: `policy "${policy.name}" can never match: when.${emptyList[0]} lists no values`, hint: 'list the values to match, or remove the key to match any' });
      return;
    }
    const i = policies.slice(0, j).findIndex((earlier) => covers(whenOf(earlier), when));
    if (i < 0) return;
    report({
      code: 'sla.unreachable-policy',
      path: ['policies', j],
      message: `policy "${policy.name}" can never match: policies[${i}] ("${policies[i]!.name}") matches every ticket it would`,
      hint: `the first matching policy wins: move this one above policies[${i}], or narrow the when: of policies[${i}]`,
    });
  });
};

/** Every ticket matching `later` matches `earlier`: each of earlier's keys is in later, with fewer or equal values. */
function covers(earlier: Readonly<Record<string, readonly string[]>>, later: Readonly<Record<string, readonly string[]>>): boolean {
  return Object.entries(earlier).every(([field, accepted]) => {
    const values = later[field];
    return values !== undefined && values.every((v) => accepted.includes(v));
  });
}

const goalReferences: Rule = ({ file, complete, names, report }) => {
  const policies = file.policies ?? [];
  for (const [metric, goal] of Object.entries(file.goals ?? {})) {
    if (!names.metrics.includes(metric)) {
      report({ code: 'sla.unknown-metric', path: ['goals', metric], part: 'key', message: unknown('metric', metric, names.metrics), hint: defined('metrics', names.metrics) });
      continue;
    }
    const targeting = policies.filter((p) => Object.hasOwn(p.targets, metric)).map((p) => p.name);
    if (targeting.length === 0 && complete) report({ code: 'sla.goal-without-target', severity: 'warning', path: ['goals', metric], part: 'key', message: `no policy has a ${metric} target, so this goal measures nothing` });
    if (typeof goal === 'string') continue;
    for (const name of Object.keys(goal)) {
      if (name === 'default') continue;
      if (!names.policies.includes(name)) report({ code: 'sla.unknown-policy', path: ['goals', metric, name], part: 'key', message: unknown('policy', name, names.policies), hint: `${defined('policies', names.policies)}; "default" stands for the policies not named` });
      else if (!targeting.includes(name) && complete) report({ code: 'sla.goal-without-target', severity: 'warning', path: ['goals', metric, name], part: 'key', message: `policy "${name}" has no ${metric} target, so this goal measures nothing` });
    }
  }
};

const metricFields: Rule = ({ file, report }) => {
  for (const [name, metric] of Object.entries(file.metrics ?? {})) {
    const stops = typeof metric.stop === 'string' ? [metric.stop] : metric.stop;
    if (stops.includes(metric.start)) report({ code: 'sla.bad-metric', path: ['metrics', name, 'stop'], message: `"${metric.start}" both starts and stops the clock`, hint: 'a clock stops at a later event than its start, e.g. first_response or resolved' });
    if (stops.length === 0) report({ code: 'sla.bad-metric', path: ['metrics', name, 'stop'], message: 'no field stops the clock', hint: 'name the field whose time stops it, e.g. resolved' });
    fieldSpelling(report, ['metrics', name, 'start'], metric.start, TIME_FIELDS);
    stops.forEach((field, k) => fieldSpelling(report, typeof metric.stop === 'string' ? ['metrics', name, 'stop'] : ['metrics', name, 'stop', k], field, TIME_FIELDS));
  }
};

const whenFields: Rule = ({ file, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    for (const field of Object.keys(policy.when ?? {})) fieldSpelling(report, ['policies', i, 'when', field], field, TEXT_FIELDS, 'key');
  });
};

/** A name an edit or two away from a canonical field is a typo more often than a custom column: warn (one edit for short names: `vip` is not `id`). */
function fieldSpelling(report: RuleContext['report'], path: Path, field: string, canonical: readonly string[], part: 'key' | 'value' = 'value'): void {
  if (canonical.includes(field)) return;
  const near = canonical.find((c) => editDistance(c, field.toLowerCase()) <= (field.length <= 4 ? 1 : 2));
  if (near === undefined) return;
  report({ code: 'sla.unknown-field', severity: 'warning', path, part, message: `"${field}" is not a canonical ticket field; did you mean "${near}"?`, hint: 'a custom column of that name works too; then ignore this warning' });
}

const pausedWhileResolved: Rule = ({ file, report }) => {
  const resolved = new Set((file.statuses?.resolved ?? []).map(matchKey));
  for (const [name, metric] of Object.entries(file.metrics ?? {})) {
    (metric.pause_when_status ?? []).forEach((status, k) => {
      if (resolved.has(matchKey(status))) report({ code: 'sla.pause-on-resolved', severity: 'warning', path: ['metrics', name, 'pause_when_status', k], message: `status "${status}" also means resolved, which stops the clock`, hint: 'remove it from pause_when_status' });
    });
  }
};

/** SPEC 4 compares export values trimmed and case-insensitively: `High` and `high` must not map apart. */
const prioritiesUnambiguous: Rule = ({ file, report }) => {
  const check = (map: Readonly<Record<string, unknown>>, path: Path) => {
    const seen = new Map<string, string>();
    for (const key of Object.keys(map)) {
      const first = seen.get(matchKey(key));
      if (first !== undefined) report({ code: 'sla.duplicate-value', path: [...path, key], part: 'key', message: `"${key}" is the same value as "${first}" (compared trimmed, case-insensitive)`, hint: 'keep one of them' });
      else seen.set(matchKey(key), key);
    }
  };
  const { map, matrix } = file.priorities ?? {};
  if (map !== undefined) check(map, ['priorities', 'map']);
  if (matrix !== undefined) {
    check(matrix, ['priorities', 'matrix']);
    for (const [impact, row] of Object.entries(matrix)) check(row, ['priorities', 'matrix', impact]);
  }
};

/** `unknown metric; did you mean "response"?`; the name is repeated only when the path does not end in it (a value). */
function unknown(kind: string, name: string, names: readonly string[], part: 'key' | 'value' = 'key'): string {
  const near = closestMatch(name, names);
  const head = part === 'key' ? `unknown ${kind}` : `unknown ${kind} "${name}"`;
  return near === undefined ? head : `${head}; did you mean "${near}"?`;
}

function defined(kind: string, names: readonly string[]): string {
  return names.length === 0 ? `no ${kind} are defined` : `${kind} defined: ${names.join(', ')}`;
}

export const rules: readonly Rule[] = [
  calendarDefinitions,
  inputTimezone,
  policyNames,
  policyCalendars,
  targetMetrics,
  reachablePolicies,
  goalReferences,
  metricFields,
  whenFields,
  pausedWhileResolved,
  prioritiesUnambiguous,
];
