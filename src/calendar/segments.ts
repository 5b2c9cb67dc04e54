import type { CalendarModel } from './model.js';
import { dayEntry, forEachSpan, localDay } from './open-spans.js';
import { disjointPauses } from './pauses.js';
import type { Instant, Pause, Segment, SegmentKind } from './types.js';

/**
 * An ordered partition of [from, to): open time is `counted`, or `paused`
 * (label: the pause's) where a pause covers it; closed time is `holiday`
 * (label: the holiday's name, `closed` or `override`) on a local date that a
 * holiday, a closed date or an override `[]` closes, else `outside-hours`.
 * Neighbours of the same kind and label are joined.
 */
export function segmentsOf(model: CalendarModel, from: Instant, to: Instant, pauses?: readonly Pause[]): Segment[] {
  const out: Segment[] = [];
  if (!(to > from)) return out;
  const paused = disjointPauses(pauses);
  let at = from;
  forEachSpan(model, from, to, (s, e) => {
    closedPieces(model, at, s, out);
    openPieces(s, e, paused, out);
    at = e;
  });
  closedPieces(model, at, to, out);
  return out;
}

/** Closed time [from, to), one piece per local date, labelled by why that date is closed. */
function closedPieces(model: CalendarModel, from: Instant, to: Instant, out: Segment[]): void {
  let at = from;
  for (let dn = localDay(model, from); at < to; dn++) {
    const { chunk, i } = dayEntry(model, dn);
    const end = Math.min(to, chunk.midnight[i + 1]!);
    const label = chunk.closed[i];
    push(out, at, end, label === undefined ? 'outside-hours' : 'holiday', label);
    at = end;
  }
}

/** Open time [from, to), split where pauses cover it. */
function openPieces(from: Instant, to: Instant, paused: readonly Pause[], out: Segment[]): void {
  let at = from;
  for (const p of paused) {
    if (p.to <= at) continue;
    if (p.from >= to) break;
    if (p.from > at) push(out, at, p.from, 'counted', undefined);
    const end = Math.min(to, p.to);
    push(out, Math.max(at, p.from), end, 'paused', p.label);
    at = end;
  }
  if (at < to) push(out, at, to, 'counted', undefined);
}

function push(out: Segment[], from: Instant, to: Instant, kind: SegmentKind, label: string | undefined): void {
  if (to <= from) return;
  const last = out[out.length - 1];
  if (last !== undefined && last.kind === kind && last.label === label && last.to === from) {
    last.to = to;
    return;
  }
  out.push(label === undefined ? { from, to, kind } : { from, to, kind, label });
}
