import type { Calendar } from '../calendar/index.js';
import type { CalendarDef } from '../calendar/types.js';
import type { InputSettings } from '../tickets/input-schema.js';

/**
 * The SLA as the program uses it, normalised from the file as written
 * (`SlaFile`, inferred from the zod schema in schema.ts): durations parsed,
 * calendars compiled, names resolved. Built by parseSla; read by the ticket
 * import (priorities, input, statuses) and by evaluation.
 */

/** A target: business time in the policy's calendar (`45m`, `4h`, `1h30m`) or business days (`3bd`). */
export type Duration =
  | { kind: 'business-time'; ms: number; text: string }
  | { kind: 'business-days'; days: number; text: string };

/** A clock: when it starts, what stops it (the earliest present field), which statuses pause it. */
export type Metric = {
  name: string;
  /** Ticket field holding the start instant, e.g. `created`. */
  start: string;
  /** Ticket fields that stop the clock; the earliest present one does. */
  stop: readonly string[];
  /** Statuses (as written) during which this clock is paused. */
  pauseWhenStatus: readonly string[];
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
};

/** An attainment goal in percent (0-100) for a metric, for every policy or one policy. */
export type Goal = { metric: string; policy?: string; percent: number };

export type SlaCalendar = { name: string; def: CalendarDef; calendar: Calendar };

export type Priorities = {
  /** Export value (trimmed, lower-cased) -> canonical priority, e.g. `1 - critical` -> `P1`. */
  map: ReadonlyMap<string, string>;
  /** Impact -> urgency -> priority (keys trimmed, lower-cased); used when the priority is empty. */
  matrix?: ReadonlyMap<string, ReadonlyMap<string, string>>;
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
  priorities: Priorities;
  input: InputSettings;
  /** The `report:` section with its defaults; absent only in Sla objects built by hand (tests). */
  report?: ReportSettings;
};
