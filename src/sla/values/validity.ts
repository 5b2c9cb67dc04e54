import { localToInstant } from '../../calendar/wall-clock.js';
import type { Instant } from '../../calendar/types.js';

/**
 * Dates of SPEC 9's `valid_from` / `valid_until` as whole days, for the rules
 * (is a policy covered by earlier ones, which dates does no policy cover) and
 * for the normalised policy (the instants that bound its range in the SLA's
 * zone). A day is its number since 1970-01-01; an open end is -Infinity or
 * Infinity.
 */

/**
 * SPEC 9: a policy with `valid_from` / `valid_until` applies only to tickets
 * created in that range of dates (inclusive, in the SLA's time zone). The
 * dates as written, and the instants that bound them: `fromAt` is the start
 * of `from` (-Infinity without one), `untilAt` the start of the day after
 * `until` (Infinity without one), so that a ticket is in range when
 * fromAt <= created < untilAt.
 */
export type Validity = { from?: string; until?: string; fromAt: Instant; untilAt: Instant };

/** Inclusive range of days. */
export type DayRange = { from: number; until: number };

const DAY_MS = 86_400_000;

/** The real dates YYYY-MM-DD (no 2026-02-30): undefined for anything else. */
export function dayNumber(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A policy's range as written; a date that is not one counts as an open end (the schema has reported it). */
export function dayRange(policy: { valid_from?: string | undefined; valid_until?: string | undefined }): DayRange {
  const from = policy.valid_from === undefined ? undefined : dayNumber(policy.valid_from);
  const until = policy.valid_until === undefined ? undefined : dayNumber(policy.valid_until);
  return { from: from ?? -Infinity, until: until ?? Infinity };
}

export function isUnbounded(range: DayRange): boolean {
  return range.from === -Infinity && range.until === Infinity;
}

/** The ranges merged into sorted, disjoint ones (touching ranges join: 30 June and 1 July are contiguous). */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = ranges.filter((r) => r.from <= r.until).sort((a, b) => a.from - b.from);
  const merged: DayRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.from <= last.until + 1) last.until = Math.max(last.until, r.until);
    else merged.push({ ...r });
  }
  return merged;
}

/** Does the union of `ranges` hold every day of `range`? */
export function rangesCover(ranges: readonly DayRange[], range: DayRange): boolean {
  return mergeRanges(ranges).some((r) => r.from <= range.from && range.until <= r.until);
}

/** The days between the earliest start and the latest end that no range holds (SPEC 9's uncovered dates). */
export function rangeGaps(ranges: readonly DayRange[]): DayRange[] {
  const merged = mergeRanges(ranges);
  return merged.slice(1).map((r, i) => ({ from: merged[i]!.until + 1, until: r.from - 1 }));
}

/** The normalised validity of a policy in `zone`, or undefined when it has neither date. */
export function validityOf(
  policy: { valid_from?: string | undefined; valid_until?: string | undefined },
  zone: string,
): Validity | undefined {
  if (policy.valid_from === undefined && policy.valid_until === undefined) return undefined;
  const { from, until } = dayRange(policy);
  const validity: Validity = { fromAt: startOfDay(zone, from), untilAt: startOfDay(zone, until + 1) };
  if (policy.valid_from !== undefined) validity.from = policy.valid_from;
  if (policy.valid_until !== undefined) validity.until = policy.valid_until;
  return validity;
}

/**
 * The first instant of a local date (SPEC 3's rules: midnight in a
 * spring-forward gap is the end of the gap, the day's first instant), so that
 * an instant's local date is `day` exactly when it lies in
 * [startOfDay(day), startOfDay(day + 1)).
 */
function startOfDay(zone: string, day: number): number {
  if (!Number.isFinite(day)) return day;
  const d = new Date(day * DAY_MS);
  return localToInstant(zone, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0 }).at;
}

/** Is an instant (the ticket's creation) in the policy's range? */
export function isValidAt(validity: Validity | undefined, at: number): boolean {
  return validity === undefined || (validity.fromAt <= at && at < validity.untilAt);
}

/** `from 2026-07-01`, `until 2026-06-30`, `2026-01-01 to 2026-06-30`; empty without validity. */
export function formatValidity(range: { from?: string | null | undefined; until?: string | null | undefined }): string {
  const { from, until } = range;
  if (from != null && until != null) return `${from} to ${until}`;
  if (from != null) return `from ${from}`;
  if (until != null) return `until ${until}`;
  return '';
}
