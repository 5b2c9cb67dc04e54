import type { Instant } from '../../calendar/types.js';
import type { SourceRef } from '../../tickets/types.js';
import { resolutionStop } from '../clocks.js';
import type { TicketHistory } from '../ticket-history.js';

/**
 * What the KPI measures need to know of one ticket (SPEC 13.1.1), derived
 * once per ticket and fed to every KPI's tally.
 */
export type KpiFacts = {
  id: string;
  created: Instant;
  /** The last resolution at or before the as-of instant; undefined while the ticket is open then. */
  lastResolution: Instant | undefined;
  /** Reopened at any time before that last resolution; undefined when unknown (no history and an empty `reopens` cell). */
  reopened: boolean | undefined;
  /** Agent replies at or before the last resolution; undefined when unknown (no history and an empty `replies` cell). */
  replies: number | undefined;
  /** Present when the ticket's satisfaction cell is a rating; `at` is its `satisfaction_at` time, when the export has one. */
  rating?: { satisfied: boolean; at?: Instant };
  source: SourceRef;
};

export type ResolutionFacts = Pick<KpiFacts, 'lastResolution' | 'reopened' | 'replies'>;

/**
 * With a status history (SPEC 13.1.1 "History or counts": then for every
 * ticket, also one without history rows, which has no reopen and no reply).
 * - The last resolution is the resolution clock's stop (SPEC 5.3, clocks.ts
 *   `resolutionStop`): the export's `resolved` time unless a reopen in the
 *   history follows it; then the start of the final stretch of done
 *   statuses, or none when the ticket is open again.
 * - Reopened: a reopen (a done status followed by one that is not) at or
 *   before the last resolution. One at the same instant as the resolution
 *   is a reopen that was resolved again at once, and counts.
 * - Replies: the history's reply rows at or before the last resolution
 *   (the import marks agent replies only; internal notes are not reply rows).
 *   For a ticket open at the as-of instant, the replies so far.
 *
 * `resolved` is the export's `resolved` time; `history` is ticketHistory's
 * view at the as-of instant (its events and reopens stop there).
 */
export function historyFacts(resolved: Instant | undefined, history: TicketHistory, asOf: Instant): ResolutionFacts {
  const lastResolution = resolutionStop(resolved !== undefined && resolved <= asOf ? resolved : undefined, history);
  const until = lastResolution ?? asOf;
  // An open ticket has no last resolution to be reopened before.
  const reopened = lastResolution !== undefined && history.reopens.some((at) => at <= lastResolution);
  let replies = 0;
  for (const event of history.events) {
    if (event.at > until) break; // sorted by time
    if (event.reply === true) replies++;
  }
  return { lastResolution, reopened, replies };
}

/**
 * Without a history: the export's `resolved` time, and its count columns
 * (Zendesk `Reopens`, `Replies`; Freshdesk `Agent interactions`): reopened
 * when `reopens` > 0. An empty cell is unknown, not 0: the ticket then
 * stays out of that ratio and is counted as such (never a silent zero).
 */
export function countFacts(resolved: Instant | undefined, counts: { reopens?: number; replies?: number }, asOf: Instant): ResolutionFacts {
  return {
    lastResolution: resolved !== undefined && resolved <= asOf ? resolved : undefined,
    reopened: counts.reopens === undefined ? undefined : counts.reopens > 0,
    replies: counts.replies,
  };
}

/** A count cell (`Reopens`, `Replies`, `Agent interactions`): a whole number >= 0, or undefined when empty. */
export function readCount(
  cell: string | undefined,
): { ok: true; value: number | undefined } | { ok: false; message: string; hint: string } {
  const text = cell?.trim() ?? '';
  if (text === '') return { ok: true, value: undefined };
  // Spreadsheets write whole numbers as `3.0` or `3,0` now and then; a fraction is no count.
  const m = /^(\d+)(?:[.,]0+)?$/.exec(text);
  if (m !== null && Number.isSafeInteger(Number(m[1]))) return { ok: true, value: Number(m[1]) };
  return {
    ok: false,
    message: `cannot read "${text}" as a count`,
    hint: 'a count is a whole number, 0 or more; an empty cell means unknown',
  };
}
