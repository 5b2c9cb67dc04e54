import type { Calendar } from '../calendar/index.js';
import type { CalendarDef, Instant } from '../calendar/types.js';
import type { Where } from '../problem.js';
import type { InputSettings } from './written/input-schema.js';
import type { CalendarDuration, Duration } from './values/duration.js';
import type { Validity } from './values/validity.js';

/**
 * The SLA as the program uses it, normalised from the file as written
 * (`SlaFile`, inferred from the zod schema in written/schema.ts): durations parsed,
 * calendars compiled, names resolved. Built by parseSla; read by the ticket
 * import (priorities, input, statuses) and by evaluation.
 */

export type { CalendarDuration, Duration } from './values/duration.js';
export type { Validity } from './values/validity.js';

/**
 * A milestone (SPEC 8.1): the first status-history row whose `column` (lower
 * case: `status`, `priority`, `group`, `assignee` or any other column of the
 * history) holds one of `values` (as written; compared trimmed,
 * case-insensitively).
 */
export type Milestone = { column: string; values: readonly string[] };

/**
 * Where a clock starts or stops, or what counts as an update: a ticket
 * timestamp field (`created`, `resolved`, a custom column), `reply` (an agent
 * reply in the status history; the name is reserved), or a milestone.
 */
export type ClockItem = string | Milestone;

/** A clock: when it starts, what stops it (the earliest present item), which statuses pause it. */
export type Metric = {
  name: string;
  /** What starts the clock, e.g. the field `created`. */
  start: ClockItem;
  /** What stops the clock; the earliest present item does. */
  stop: readonly ClockItem[];
  /** SPEC 8.2: what counts as an update. Present only on an update-cadence clock, whose target is the longest allowed time between updates. */
  updates?: readonly ClockItem[];
  /** Statuses (as written) during which this clock is paused. */
  pauseWhenStatus: readonly string[];
  /** Where the metric is written in the SLA file (set by parseSla), for problems found when the tickets are read. */
  where?: Where;
};

/** One entry of `policies:`; first match wins. */
export type Policy = {
  name: string;
  /** 0-based position in the file. */
  index: number;
  /**
   * Field -> accepted values, trimmed and lower-cased (SPEC 4: values compare
   * after trimming, case-insensitively). Every key must match; empty matches all.
   */
  when: Readonly<Record<string, readonly string[]>>;
  /** Key into Sla.calendars. */
  calendar: string;
  /** Metric name -> target, in file order. */
  targets: Readonly<Record<string, Duration>>;
  /** Absent: valid for tickets created at any time. */
  validity?: Validity;
};

/** An attainment goal in percent (0-100) for a metric, for every policy or one policy. */
export type Goal = { metric: string; policy?: string; percent: number };

export type SlaCalendar = { name: string; def: CalendarDef; calendar: Calendar };

export type Priorities = {
  /** Export value (trimmed, lower-cased) -> canonical priority, e.g. `1 - critical` -> `P1`. */
  map: ReadonlyMap<string, string>;
  /** Impact -> urgency -> priority (keys trimmed, lower-cased); used when the priority is empty. */
  matrix?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Whole numbers no label names -> priority by range, highest `min` first (a preset's, e.g. Request Tracker's). */
  ranges?: readonly { min: number; priority: string }[];
};

/** The `report:` section (SPEC 10), normalised: what `slacheck review` needs beyond the agreement. */
export type ReportSettings = {
  title?: string;
  supplier?: string;
  customer?: string;
  language?: 'da' | 'en';
  /** The deadline: the Nth working day of the month after the period, in the named calendar. */
  due?: { workingDay: number; calendar: string };
  /** Which tickets are major incidents: a `when` in the comparison form of Policy.when, and as written (for the document). */
  major?: { when: Readonly<Record<string, readonly string[]>>; written: Readonly<Record<string, readonly string[]>> };
  trendMonths: number;
};

export type Sla = {
  version: 1;
  name: string;
  /** Default zone for calendars and for naive timestamps. */
  timezone: string;
  /** In file order. */
  calendars: ReadonlyMap<string, SlaCalendar>;
  /** In file order. */
  metrics: ReadonlyMap<string, Metric>;
  policies: readonly Policy[];
  goals: readonly Goal[];
  /** Statuses that mean the work is done; undefined when the file does not say (the preset's defaults apply). */
  resolvedStatuses?: readonly string[];
  /** What `pause_when_status: [waiting]` means; undefined when the file does not say (the preset's defaults apply). */
  waitingStatuses?: readonly string[];
  priorities: Priorities;
  input: InputSettings;
  /** The `report:` section with its defaults; absent only in Sla objects built by hand (tests). */
  report?: ReportSettings;
};
