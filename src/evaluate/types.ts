import type { Instant, Pause } from '../calendar/types.js';
import type { SourceRef } from '../tickets/types.js';

/**
 * What evaluation produces (SPEC 6). Instants are epoch milliseconds and
 * durations milliseconds; the report layer turns them into ISO 8601 with the
 * SLA zone's offset and into minutes.
 */

export type RecordStatus = 'met' | 'breached' | 'open' | 'overdue';

/** SPEC 8.2: one stretch between two boundaries of an update-cadence record (start, updates, stop or judge instant). */
export type UpdateInterval = {
  from: Instant;
  to: Instant;
  /** Business time in the policy's calendar, pauses excluded. */ businessMs: number;
  /** Longer than the target. */ late: boolean;
};

/** A period [from, to) in which records are judged (SPEC 6). */
export type Period = { from: Instant; to: Instant; label: string };

/** One ticket's clock for one metric, judged at an instant. */
export type TicketRecord = {
  ticket: string;
  metric: string;
  policy: string;
  /** Latest known priority (after a change in the history, the new one). */
  priority: string | undefined;
  calendar: string;
  start: Instant;
  /** Undefined while the clock runs at the judge instant. */
  stop: Instant | undefined;
  /** NaN when only verdicts were asked for (Detail `verdict`); then pausedMs is NaN too when there were pauses, and an Nbd targetMs when there were none. */
  due: Instant;
  /** Business time allowed; for `Nbd` targets, the business time from start to the Nth service day. */
  targetMs: number;
  /** Business time counted from start to stop, or to the judge instant; pauses excluded. */
  elapsedMs: number;
  /** Business time that fell in pauses. */
  pausedMs: number;
  /** Plain clock time from start to stop or judge instant. */
  wallMs: number;
  status: RecordStatus;
  /** The history changed the ticket's priority (the record is judged by the policy of the latest one). */
  priorityChanged: boolean;
  /** The instant the running clock was judged at: the as-of instant, or the period's end. Equal to stop when stopped. */
  judgedAt: Instant;
  /** Pauses that counted, clipped to [start, stop or judge instant). */
  pauses: readonly Pause[];
  source: SourceRef;
  /**
   * Update-cadence records only (SPEC 8.2; undefined on others): the updates
   * counted strictly between the start and the stop or judge instant. Then
   * elapsedMs is the longest interval between updates.
   */
  updates?: number | undefined;
  /** Update-cadence records only: intervals longer than the target, the last or running one included. */
  lateUpdates?: number | undefined;
  /** Update-cadence records with Detail `full` only: every interval, in order (explain lists them). */
  intervals?: readonly UpdateInterval[] | undefined;
};

/** Is this record a completed one (it stopped)? */
export function isStopped(r: Pick<TicketRecord, 'status'>): boolean {
  return r.status === 'met' || r.status === 'breached';
}
