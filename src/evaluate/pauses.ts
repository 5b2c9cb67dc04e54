import type { Instant, Pause } from '../calendar/types.js';
import type { StatusSet, TicketHistory } from './ticket-history.js';

/**
 * A clock's pauses from the status history (SPEC 5.3): while the status is
 * one of the metric's `pause_when_status`, and for a resolution clock the
 * time in a done status before a reopen. Clocks of one ticket that pause
 * alike share them (PauseMemo).
 */

export const NO_PAUSES: readonly Pause[] = Object.freeze([]);

/** What decides a clock's pauses: its pause statuses (one StatusSet per list in a run) and whether it is a resolution clock. */
export type PausingClock = { pausing: StatusSet; resolution: boolean };

/**
 * The pauses worked out for one ticket (its first `count` entries), by pause
 * statuses and whether done stretches count, reused by its next clocks; the
 * arrays are reused from ticket to ticket.
 */
export type PauseMemo = {
  history: TicketHistory | undefined;
  count: number;
  sets: StatusSet[];
  withDone: boolean[];
  pauses: (readonly Pause[])[];
};

export function pauseMemo(): PauseMemo {
  return { history: undefined, count: 0, sets: [], withDone: [], pauses: [] };
}

export function pausesOf(m: PausingClock, history: TicketHistory, done: StatusSet, memo: PauseMemo): readonly Pause[] {
  if (memo.history !== history) {
    memo.history = history;
    memo.count = 0;
  }
  const withDone = m.resolution && history.reopens.length > 0;
  for (let k = 0; k < memo.count; k++) if (memo.sets[k] === m.pausing && memo.withDone[k] === withDone) return memo.pauses[k]!;
  const pauses = statusPauses(history, m.pausing);
  if (withDone) pauses.push(...donePauses(history, done));
  const merged = pauses.length === 0 ? NO_PAUSES : pauses.length === 1 ? pauses : mergePauses(pauses);
  const k = memo.count++;
  memo.sets[k] = m.pausing;
  memo.withDone[k] = withDone;
  memo.pauses[k] = merged;
  return merged;
}

/** While the status is one of the metric's `pause_when_status`. */
function statusPauses(history: TicketHistory, pausing: StatusSet): Pause[] {
  if (pausing.size === 0) return [];
  const pauses: Pause[] = [];
  for (const s of history.statuses) {
    if (pausing.has(s.status)) pauses.push({ from: s.from, to: s.to, label: s.status });
  }
  return pauses;
}

/** SPEC 5.3: time in a done status before a reopen is paused for resolution. */
function donePauses(history: TicketHistory, done: StatusSet): Pause[] {
  if (history.reopens.length === 0) return [];
  const pauses: Pause[] = [];
  let since: { from: Instant; status: string } | undefined;
  for (const s of history.statuses) {
    const isDone = done.has(s.status);
    if (isDone && since === undefined) since = { from: s.from, status: s.status };
    if (!isDone && since !== undefined) {
      pauses.push({ from: since.from, to: s.from, label: since.status });
      since = undefined;
    }
  }
  return pauses;
}

/** Sorted, overlapping or touching pauses merged (the first label stays). */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  if (pauses.length < 2) return [...pauses];
  const sorted = [...pauses].sort((a, b) => a.from - b.from);
  const merged: Pause[] = [{ ...sorted[0]! }];
  for (const p of sorted.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (p.from <= last.to && (p.label === last.label || p.from < last.to)) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

/** Pauses cut to [from, to); empty ones dropped. */
export function clipPauses(pauses: readonly Pause[], from: Instant, to: Instant): Pause[] {
  const clipped: Pause[] = [];
  for (const p of pauses) {
    const a = Math.max(p.from, from);
    const b = Math.min(p.to, to);
    if (a < b) clipped.push(p.label === undefined ? { from: a, to: b } : { from: a, to: b, label: p.label });
  }
  return clipped;
}
