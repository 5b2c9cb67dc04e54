import { DateTime } from 'luxon';
import type { KpiFacts, KpiMeasure } from '../../../src/evaluate/catalogue/index.js';

/**
 * The KPI measures of SPEC 13.1 / 13.1.1 written plainly: for each period,
 * filter the whole ticket list again. Shares no code with src/ (calendar
 * days come from luxon and a short minute walk).
 */

export type OracleFigure = {
  numerator: number;
  denominator: number | null;
  uncounted: number;
  tickets: string[];
  uncountedTickets: string[];
};

type Span = { from: number; to: number };

const MIN = 60_000;

export function oracleFigures(
  measure: KpiMeasure,
  tickets: readonly KpiFacts[],
  periods: readonly Span[],
  asOf: number,
  zone: string,
  days = 0,
): OracleFigure[] {
  return periods.map(({ from, to }) => {
    const inPeriod = (at: number | undefined): at is number => at !== undefined && from <= at && at < to;
    const ids = (list: readonly KpiFacts[]): string[] => list.map((t) => t.id);
    const resolved = tickets.filter((t) => inPeriod(t.lastResolution));
    switch (measure) {
      case 'created_count': {
        const list = tickets.filter((t) => inPeriod(t.created) && t.created <= asOf);
        return { numerator: list.length, denominator: null, uncounted: 0, tickets: ids(list), uncountedTickets: [] };
      }
      case 'resolved_count':
        return { numerator: resolved.length, denominator: null, uncounted: 0, tickets: ids(resolved), uncountedTickets: [] };
      case 'reopen_rate': {
        const known = resolved.filter((t) => t.reopened !== undefined);
        const reopened = known.filter((t) => t.reopened === true);
        return {
          numerator: reopened.length,
          denominator: known.length,
          uncounted: resolved.length - known.length,
          tickets: ids(reopened),
          uncountedTickets: ids(resolved.filter((t) => t.reopened === undefined)),
        };
      }
      case 'first_contact': {
        const known = resolved.filter((t) => t.replies !== undefined);
        const first = known.filter((t) => t.replies! <= 1);
        return {
          numerator: first.length,
          denominator: known.length,
          uncounted: resolved.length - known.length,
          tickets: ids(known.filter((t) => t.replies! > 1)),
          uncountedTickets: ids(resolved.filter((t) => t.replies === undefined)),
        };
      }
      case 'satisfaction': {
        const rated = tickets.filter((t) => {
          const at = t.rating?.at ?? (t.rating === undefined ? undefined : t.lastResolution);
          return inPeriod(at) && at <= asOf;
        });
        const satisfied = rated.filter((t) => t.rating!.satisfied);
        return {
          numerator: satisfied.length,
          denominator: rated.length,
          uncounted: 0,
          tickets: ids(rated.filter((t) => !t.rating!.satisfied)),
          uncountedTickets: [],
        };
      }
      case 'backlog_older_than': {
        const end = Math.min(to, asOf);
        const old = tickets.filter(
          (t) =>
            t.created < end && !(t.lastResolution !== undefined && t.lastResolution < end) && end > plusCalendarDays(zone, t.created, days),
        );
        return { numerator: old.length, denominator: null, uncounted: 0, tickets: ids(old), uncountedTickets: [] };
      }
    }
  });
}

export function undatedRatings(tickets: readonly KpiFacts[]): number {
  return tickets.filter((t) => t.rating !== undefined && t.rating.at === undefined && t.lastResolution === undefined).length;
}

/** The same local clock time `days` later; SPEC 3: the first instant whose wall clock has reached it (minute-granular instants). */
export function plusCalendarDays(zone: string, at: number, days: number): number {
  if (days === 0) return at;
  const local = DateTime.fromMillis(at, { zone });
  const target = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute },
    { zone: 'utc' },
  )
    .plus({ days })
    .toMillis();
  const wall = (t: number): number => t + DateTime.fromMillis(t, { zone }).offset * MIN;
  const offsets = [DateTime.fromMillis(target - 86_400_000, { zone }).offset, DateTime.fromMillis(target + 86_400_000, { zone }).offset];
  // Start where every candidate offset puts the wall clock before the target, then walk minute by minute.
  let t = target - Math.max(...offsets) * MIN - MIN;
  while (wall(t) < target) t += MIN;
  return t;
}
