import { segments } from '../calendar/index.js';
import { formatInstant } from '../calendar/wall-clock.js';
import type { TicketRecord } from '../evaluate/types.js';
import { minutes, toRecordDoc } from '../report/documents.js';
import type { Sla } from '../sla/types.js';
import { keepFirst } from './keep-first.js';
import type { BreachDoc, BreachesDoc } from './types.js';

/**
 * SPEC 10.1 section 4: the period's breached and overdue records in the
 * order of `check` (due, then ticket), each with its timeline: counted,
 * paused, outside-hours and holiday time from start to stop (or to the
 * instant a running record was judged at). A review is a document, not the
 * breach list: it shows the first LISTED; `check` lists every one.
 */
export const LISTED = 100;

/** A breach as the review keeps it while the tickets are evaluated. */
export type FoundBreach = { record: TicketRecord; title: string | undefined };

/** The period's breaches: how many of each kind, and the first LISTED in check's order (keepFirst: never all of them). */
export type Breaches = { breached: number; overdue: number; first: FoundBreach[] };

export function emptyBreaches(): Breaches {
  return { breached: 0, overdue: 0, first: [] };
}

export function addBreach(breaches: Breaches, found: FoundBreach): void {
  if (found.record.status === 'overdue') breaches.overdue++;
  else breaches.breached++;
  // Ties keep the order they came in (keepFirst inserts after equals), as check's stable sort does.
  keepFirst(breaches.first, found, LISTED, (a, b) => byDueThenTicket(a.record, b.record) < 0);
}

export function toBreaches(sla: Sla, found: Breaches): BreachesDoc {
  const records = found.first.map((b) => toBreachDoc(sla, b.record, b.title));
  return { count: found.breached + found.overdue, breached: found.breached, overdue: found.overdue, listed: records.length, records };
}

function toBreachDoc(sla: Sla, r: TicketRecord, title: string | undefined): BreachDoc {
  const zone = sla.timezone;
  const calendar = sla.calendars.get(r.calendar)!.calendar;
  const timeline = r.judgedAt > r.start ? segments(calendar, r.start, r.judgedAt, r.pauses) : [];
  const sum = (kind: string) => timeline.reduce((total, s) => (s.kind === kind ? total + (s.to - s.from) : total), 0);
  const doc = toRecordDoc(r, zone);
  return {
    ticket: r.ticket,
    title: title ?? null,
    metric: r.metric,
    policy: r.policy,
    priority: r.priority ?? null,
    status: r.status,
    start: doc.start,
    stop: doc.stop,
    due: doc.due,
    judged_at: formatInstant(zone, r.judgedAt),
    target_minutes: doc.target_minutes,
    elapsed_minutes: doc.elapsed_minutes,
    over_minutes: doc.over_minutes,
    paused_minutes: doc.paused_minutes,
    outside_hours_minutes: minutes(sum('outside-hours')),
    holiday_minutes: minutes(sum('holiday')),
    wall_minutes: doc.wall_minutes,
    segments: timeline.map((s) => ({
      kind: s.kind,
      label: s.label ?? null,
      from: formatInstant(zone, s.from),
      to: formatInstant(zone, s.to),
      minutes: minutes(s.to - s.from),
    })),
  };
}

/** `check`'s order: due, then ticket id, then metric order as evaluated (the sort is stable); plain comparisons, no locale. */
function byDueThenTicket(a: TicketRecord, b: TicketRecord): number {
  if (a.due !== b.due) return a.due - b.due;
  return a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0;
}
