import { compileCheckedCalendar, type IcsFile } from '../../calendar/index.js';
import { calendarDef } from './calendar-def.js';
import { clockItem, itemList } from './clock-items.js';
import { parseDuration } from '../values/duration.js';
import { matchKey, whenOf } from './match-key.js';
import { parsePercent } from '../values/percent.js';
import { reportSettings } from './report-settings.js';
import type { SlaFile } from '../written/schema.js';
import type { Duration, Goal, Metric, Policy, Priorities, Sla, SlaCalendar } from '../types.js';
import { validityOf } from '../values/validity.js';

/**
 * SlaFile (as written, validated) -> Sla (as the program uses it): durations
 * parsed, calendars compiled, `when` values and priority keys in their
 * comparison form, goals as a flat list. Runs only on a file without errors.
 * `ics` holds the ICS files the calendars name, read, by the path as written.
 */

export function normalizeSla(file: SlaFile, ics: ReadonlyMap<string, IcsFile> = new Map()): Sla {
  const sla: Sla = {
    version: 1,
    name: file.name,
    timezone: file.timezone,
    calendars: compileCalendars(file, ics),
    metrics: new Map(Object.entries(file.metrics).map(([name, m]) => [name, metric(name, m)])),
    policies: file.policies.map((p, index) => policy(p, index, file.timezone)),
    goals: goals(file.goals ?? {}),
    priorities: priorities(file.priorities ?? {}),
    input: file.input ?? {},
    report: reportSettings(file.report),
  };
  if (file.statuses?.resolved !== undefined) sla.resolvedStatuses = file.statuses.resolved;
  if (file.statuses?.waiting !== undefined) sla.waitingStatuses = file.statuses.waiting;
  return sla;
}

/** Every calendar, compiled without a second check: the rules have run checkCalendarDef on each (calendar-rules.ts). */
function compileCalendars(file: SlaFile, ics: ReadonlyMap<string, IcsFile>): Map<string, SlaCalendar> {
  return new Map(
    Object.entries(file.calendars).map(([name, entry]) => {
      const def = calendarDef(entry, file.timezone, ics);
      return [name, { name, def, calendar: compileCheckedCalendar(def) }];
    }),
  );
}

function metric(name: string, m: SlaFile['metrics'][string]): Metric {
  const normal: Metric = {
    name,
    start: clockItem(m.start),
    stop: itemList(m.stop).map(clockItem),
    pauseWhenStatus: m.pause_when_status ?? [],
  };
  if (m.updates !== undefined) normal.updates = itemList(m.updates).map(clockItem);
  return normal;
}

function policy(p: SlaFile['policies'][number], index: number, zone: string): Policy {
  const targets: Record<string, Duration> = {};
  for (const [metricName, text] of Object.entries(p.targets)) targets[metricName] = valid(parseDuration(text));
  const normal: Policy = { name: p.name, index, when: whenOf(p), calendar: p.calendar, targets };
  const validity = validityOf(p, zone);
  if (validity !== undefined) normal.validity = validity;
  return normal;
}

/** `response: 95%` is one goal for every policy; a mapping gives `default` (every policy not named) and per-policy goals. */
function goals(written: NonNullable<SlaFile['goals']>): Goal[] {
  return Object.entries(written).flatMap(([metricName, goal]): Goal[] => {
    if (typeof goal === 'string') return [{ metric: metricName, percent: valid(parsePercent(goal)) }];
    const entries = Object.entries(goal).sort(([a], [b]) => Number(b === 'default') - Number(a === 'default'));
    return entries.map(([name, text]) => {
      const percent = valid(parsePercent(text));
      return name === 'default' ? { metric: metricName, percent } : { metric: metricName, policy: name, percent };
    });
  });
}

function priorities(written: NonNullable<SlaFile['priorities']>): Priorities {
  const map = new Map(Object.entries(written.map ?? {}).map(([from, to]) => [matchKey(from), to.trim()]));
  if (written.matrix === undefined) return { map };
  const matrix = new Map(
    Object.entries(written.matrix).map(([impact, row]) => [
      matchKey(impact),
      new Map(Object.entries(row).map(([urgency, to]) => [matchKey(urgency), to.trim()])),
    ]),
  );
  return { map, matrix };
}

/** The schema has checked every duration and goal; a failure here is a bug. */
function valid<T>(parsed: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!parsed.ok) throw new Error(`normalize: unchecked value (${parsed.message})`);
  return parsed.value;
}
