import { chunkAt, chunkFor, openBefore } from './open-spans.js';
import type { CalendarModel } from './compiled-calendar.js';
import { disjointPauses } from './disjoint-pauses.js';
import type { Instant, Pause } from './types.js';

/** Business time in [from, to) (0 when to <= from): open time, real elapsed milliseconds. */
export function openTime(model: CalendarModel, from: Instant, to: Instant): number {
  if (!(to > from)) return 0;
  const a = chunkAt(model, from);
  const b = chunkAt(model, to);
  if (a === b) return openBefore(b, to) - openBefore(a, from);
  let sum = a.total - openBefore(a, from);
  // One step per year between them, never per day.
  for (let year = a.year + 1; year < b.year; year++) sum += chunkFor(model, year).total;
  return sum + openBefore(b, to);
}

/** Business time in [from, to) minus the time inside pauses. */
export function businessTimeOf(model: CalendarModel, from: Instant, to: Instant, pauses?: readonly Pause[]): number {
  let sum = openTime(model, from, to);
  if (pauses === undefined || pauses.length === 0 || sum === 0) return sum;
  for (const p of disjointPauses(pauses)) {
    if (p.to <= from) continue;
    if (p.from >= to) break;
    sum -= openTime(model, Math.max(from, p.from), Math.min(to, p.to));
  }
  return sum;
}
