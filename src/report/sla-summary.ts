import { closedDatesIn, closedTimesIn, icsYearCounts } from '../calendar/index.js';
import { formatInstant } from '../calendar/wall-clock.js';
import type { CalendarDef } from '../calendar/types.js';
import { writtenItem } from '../sla/normalize/clock-items.js';
import { presetNamed } from '../tickets/columns/presets/index.js';
import { priorityEntries, type PriorityEntry } from '../tickets/columns/presets/priority-map.js';
import { formatDuration } from '../sla/values/duration.js';
import { weeklyHours } from '../sla/rules/weekly-hours.js';
import { DEFAULT_TREND_MONTHS } from '../sla/normalize/report-settings.js';
import type { SlaFile } from '../sla/written/schema.js';
import type { Sla, SlaCalendar } from '../sla/types.js';

/**
 * What `slacheck validate` shows, as data: the agreement in the words of the
 * file, for a person to hold against the paper contract. Fixed key order, so
 * that the JSON form is stable; the text form is in format-summary.ts.
 */
export type Summary = {
  schema_version: 1;
  name: string;
  timezone: string;
  year: number;
  policies: {
    position: number;
    name: string;
    when: Record<string, string[]>;
    valid_from: string | null;
    valid_until: string | null;
    calendar: string;
    targets: Record<string, string>;
  }[];
  /** Items as the file writes them: a field name, `reply`, or `{ column: [values] }`; `updates` null unless the metric counts updates. */
  metrics: { name: string; start: WrittenItem; stop: WrittenItem[]; updates: WrittenItem[] | null; pause_when_status: string[] }[];
  calendars: CalendarSummary[];
  goals: { metric: string; policy: string | null; percent: number }[];
  /** What "done" means and where the list comes from; null when the export's preset decides (none is named). */
  resolved_statuses: { statuses: string[]; from: 'statuses.resolved' | 'preset' } | null;
  priorities: { map: [string, string][]; matrix: [string, string, string][]; in_force: PriorityEntry[] };
  /** input.preset as written; null when the export's header row chooses it. */
  preset: string | null;
  /** What pause_when_status: [waiting] means and where the list comes from; null when the export's preset decides. */
  waiting_statuses: { statuses: string[]; from: 'statuses.waiting' | 'preset' } | null;
  /** The `report:` section as written, with its defaults; null when the file has none. */
  report: ReportSummary | null;
};

export type ReportSummary = {
  title: string | null;
  supplier: string | null;
  customer: string | null;
  language: string | null;
  due: { working_day: number; calendar: string } | null;
  major: Record<string, string[]> | null;
  trend_months: number;
};

type WrittenItem = ReturnType<typeof writtenItem>;

export type CalendarSummary = {
  name: string;
  timezone: string;
  always_open: boolean;
  weekly_hours: number;
  hours: Record<string, string[]>;
  /** `source`: where the closure comes from (`holidays.country DK`, `holidays.dates`, `holidays.ics closures.ics:14`, `overrides`). */
  closed: { date: string; name: string; source: string }[];
  overrides: { date: string; ranges: string[] }[];
  /** Timed closures of the ICS files that reach into the year, whole, in the calendar's zone. */
  closed_times: { from: string; to: string; name: string; source: string }[];
  /** Each ICS file with what it closes year by year (before holidays and overrides). */
  ics: { file: string; events: number; years: { year: number; closed_days: number; timed_closures: number }[] }[];
};

export function summarize(sla: Sla, file: SlaFile, year: number): Summary {
  // An unknown preset name is the import's error to report; here it only has no labels.
  const preset = sla.input.preset === undefined ? undefined : presetNamed(sla.input.preset);
  return {
    schema_version: 1,
    name: sla.name,
    timezone: sla.timezone,
    year,
    policies: sla.policies.map((p) => ({
      position: p.index + 1,
      name: p.name,
      // As written (SPEC 4 compares them trimmed, case-insensitively): what the contract says, not our comparison form.
      when: Object.fromEntries(
        Object.entries(file.policies[p.index]?.when ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)]),
      ),
      valid_from: p.validity?.from ?? null,
      valid_until: p.validity?.until ?? null,
      calendar: p.calendar,
      targets: Object.fromEntries(Object.entries(p.targets).map(([m, d]) => [m, formatDuration(d)])),
    })),
    metrics: [...sla.metrics.values()].map((m) => ({
      name: m.name,
      start: writtenItem(m.start),
      stop: m.stop.map(writtenItem),
      updates: m.updates === undefined ? null : m.updates.map(writtenItem),
      pause_when_status: [...m.pauseWhenStatus],
    })),
    calendars: [...sla.calendars.values()].map((c) => calendarSummary(c, year)),
    goals: sla.goals.map((g) => ({ metric: g.metric, policy: g.policy ?? null, percent: g.percent })),
    resolved_statuses: statusList(sla.resolvedStatuses, preset?.resolvedStatuses, 'statuses.resolved'),
    priorities: {
      map: Object.entries(file.priorities?.map ?? {}),
      matrix: Object.entries(file.priorities?.matrix ?? {}).flatMap(([impact, row]) =>
        Object.entries(row).map(([urgency, p]): [string, string, string] => [impact, urgency, p]),
      ),
      // The preset's labels with the file's map on top, as the import will apply them.
      in_force: priorityEntries(preset, file.priorities?.map ?? {}),
    },
    preset: preset?.name ?? null,
    waiting_statuses: statusList(sla.waitingStatuses, preset?.waitingStatuses, 'statuses.waiting'),
    report: reportSummary(file),
  };
}

/** The file's own list of statuses, else the named preset's, with where it comes from; null when the export's preset decides. */
function statusList<K extends string>(
  own: readonly string[] | undefined,
  preset: readonly string[] | undefined,
  key: K,
): { statuses: string[]; from: K | 'preset' } | null {
  if (own !== undefined) return { statuses: [...own], from: key };
  return preset === undefined ? null : { statuses: [...preset], from: 'preset' };
}

function reportSummary(file: SlaFile): ReportSummary | null {
  const r = file.report;
  if (r === undefined) return null;
  return {
    title: r.title ?? null,
    supplier: r.supplier ?? null,
    customer: r.customer ?? null,
    language: r.language ?? null,
    due: r.due === undefined ? null : { working_day: r.due.working_day, calendar: r.due.calendar },
    major:
      r.major === undefined
        ? null
        : Object.fromEntries(Object.entries(r.major).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)])),
    trend_months: r.trend_months ?? DEFAULT_TREND_MONTHS,
  };
}

function calendarSummary(c: SlaCalendar, year: number): CalendarSummary {
  const alwaysOpen = c.def.hours === '24x7';
  return {
    name: c.name,
    timezone: c.def.timezone,
    always_open: alwaysOpen,
    weekly_hours: weeklyHours(c.def),
    hours: c.def.hours === '24x7' ? {} : Object.fromEntries(Object.entries(c.def.hours).map(([k, v]) => [k, [...v]])),
    closed: closedDays(c, year),
    overrides: Object.entries(c.def.overrides ?? {})
      .filter(([date]) => date.startsWith(`${year}-`))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, ranges]) => ({ date, ranges: [...ranges] })),
    closed_times: closedTimesIn(c.calendar, year).map((t) => ({
      from: formatInstant(c.def.timezone, t.from),
      to: formatInstant(c.def.timezone, t.to),
      name: t.name,
      source: t.source,
    })),
    ics: (c.def.holidays?.ics ?? []).map((f) => ({
      file: f.name,
      events: f.events.length,
      years: icsYearCounts(f, c.def.timezone, year).map((y) => ({
        year: y.year,
        closed_days: y.closedDays,
        timed_closures: y.timedClosures,
      })),
    })),
  };
}

/**
 * The engine's closed dates, minus the overrides (listed on their own with
 * their hours); an explicit date of holidays.dates is named as such.
 */
function closedDays(c: SlaCalendar, year: number): { date: string; name: string; source: string }[] {
  const overridden = new Set(Object.keys(c.def.overrides ?? {}));
  return closedDatesIn(c.calendar, year)
    .filter((h) => !overridden.has(h.date))
    .map((h) => ({
      date: h.date,
      name: h.name === 'closed' && h.source === 'holidays.dates' ? 'closed (holidays: dates)' : h.name,
      source: h.source,
    }));
}
