import type { Instant } from '../calendar/types.js';
import type { TicketEvaluation } from './evaluate.js';
import type { Period } from './types.js';

/**
 * Ticket counts for the period (all time up to the as-of without one):
 * created in it; resolved in it (last resolution, the resolution-clock rule);
 * backlog: created before its end and not resolved by then; reopened in it
 * (at least once); without SLA: active in it and matching no policy.
 */
export type Volume = { created: number; resolved: number; backlog: number; reopened: number; withoutSla: number };

export function emptyVolume(): Volume {
  return { created: 0, resolved: 0, backlog: 0, reopened: 0, withoutSla: 0 };
}

export function addToVolume(volume: Volume, evaluation: TicketEvaluation, period: Period | undefined): void {
  const from = period?.from ?? -Infinity;
  const to = period?.to ?? Infinity;
  const inside = (at: Instant | undefined) => at !== undefined && at >= from && at < to;
  const { ticket, resolvedAt, history } = evaluation;
  const created = ticket.times.created!;
  if (inside(created)) volume.created++;
  if (inside(resolvedAt)) volume.resolved++;
  if (openAt(created, resolvedAt, to)) volume.backlog++;
  if (history.reopens.some(inside)) volume.reopened++;
  if (evaluation.match === undefined && evaluation.active) volume.withoutSla++;
}

/** SPEC 6: a ticket is active in a period when it was created before its end and not resolved before its start. */
export function activeInPeriod(created: Instant, resolvedAt: Instant | undefined, period: { from: Instant; to: Instant }): boolean {
  return created < period.to && (resolvedAt === undefined || resolvedAt >= period.from);
}

/** Open at `end`: created before it and not resolved before it (the backlog at a period's end). */
export function openAt(created: Instant, resolvedAt: Instant | undefined, end: Instant): boolean {
  return created < end && (resolvedAt === undefined || resolvedAt >= end);
}
