import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { openAt } from '../evaluate/volume.js';
import type { TicketEvaluation } from '../evaluate/evaluate.js';
import { createdBefore, keepFirst } from './keep-first.js';
import type { AgeCounts, BacklogDoc } from './types.js';

/**
 * SPEC 10.1 section 6: the tickets open at the end of the period (created
 * before it, not resolved by then: volume's backlog, ticket for ticket), by
 * priority and by age since created. An age is in completed days of 24 hours
 * at the end of the period (or the as-of, if earlier), as a person's age is
 * in completed years: 0-2 days, 3-7, 8-30, over 30. Then the ten oldest.
 */

const DAY = 86_400_000;
/** Upper bounds (exclusive, completed days) of the first three age bands; the last is open. */
export const AGE_BANDS = [3, 8, 31] as const;
const OLDEST = 10;

export type BacklogTicket = { evaluation: TicketEvaluation; ageDays: number; status: string | undefined };

export type Backlog = {
  /** Priority ('' for none) -> tickets per age band. */
  byPriority: Map<string, number[]>;
  /** The oldest tickets, oldest first (ties by id), at most ten. */
  oldest: BacklogTicket[];
};

export function emptyBacklog(): Backlog {
  return { byPriority: new Map(), oldest: [] };
}

export function ageBand(ageDays: number): number {
  const band = AGE_BANDS.findIndex((bound) => ageDays < bound);
  return band === -1 ? AGE_BANDS.length : band;
}

/** `at`: the instant ages are counted to; `end`: the end of the period, which decides what is open. */
export function addToBacklog(backlog: Backlog, evaluation: TicketEvaluation, at: Instant, end: Instant): void {
  const { ticket, resolvedAt } = evaluation;
  const created = ticket.times.created!;
  if (!openAt(created, resolvedAt, end)) return;
  const ageDays = Math.floor(Math.max(0, at - created) / DAY);
  const key = evaluation.fields.priority ?? '';
  let bands = backlog.byPriority.get(key);
  if (bands === undefined) backlog.byPriority.set(key, (bands = [0, 0, 0, 0]));
  bands[ageBand(ageDays)]!++;
  keepOldest(backlog.oldest, { evaluation, ageDays, status: statusAt(evaluation, at) });
}

function keepOldest(oldest: BacklogTicket[], candidate: BacklogTicket): void {
  keepFirst(oldest, candidate, OLDEST, (a, b) => createdBefore(a.evaluation.ticket, b.evaluation.ticket));
}

/**
 * The status just before `at` by the history; without a history, the
 * export's status if the ticket is still open at the as-of (the export is
 * that late), else unknown.
 */
function statusAt(evaluation: TicketEvaluation, at: Instant): string | undefined {
  const { statuses } = evaluation.history;
  let status: string | undefined;
  for (const s of statuses) if (s.from < at) status = s.status;
  if (statuses.length > 0) return status;
  return evaluation.resolvedAt === undefined ? evaluation.ticket.fields.status : undefined;
}

/** The section as the document has it: priorities as text (none last), each with its four age bands and total. */
export function toBacklogDoc(backlog: Backlog, at: Instant, zone: string): BacklogDoc {
  const counts = (bands: readonly number[]): AgeCounts => ({
    days_0_2: bands[0]!,
    days_3_7: bands[1]!,
    days_8_30: bands[2]!,
    days_over_30: bands[3]!,
    total: bands.reduce((a, b) => a + b, 0),
  });
  const keys = sortedKeys(backlog.byPriority.keys());
  const total = [0, 1, 2, 3].map((band) => keys.reduce((sum, k) => sum + backlog.byPriority.get(k)![band]!, 0));
  return {
    at: formatInstant(zone, at),
    total: counts(total),
    by_priority: keys.map((k) => ({ priority: k === '' ? null : k, ...counts(backlog.byPriority.get(k)!) })),
    oldest: backlog.oldest.map(({ evaluation: e, ageDays, status }) => ({
      ticket: e.ticket.id,
      title: e.ticket.fields.title ?? null,
      priority: e.fields.priority ?? null,
      created: formatInstant(zone, e.ticket.times.created!),
      age_days: ageDays,
      status: status ?? null,
    })),
  };
}

/** Group keys in plain text order (no locale), the empty key (no value) last. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1));
}
