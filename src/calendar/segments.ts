import type { CalendarModel } from './compiled-calendar.js';
import { chunkAt, chunkFor, dayEntry, forEachSpan, localDay } from './open-spans.js';
import { disjointPauses } from './disjoint-pauses.js';
import type { ClosedBy, Instant, Pause, Segment, SegmentKind } from './types.js';

/**
 * An ordered partition of [from, to): open time is `counted`, or `paused`
 * (label: the pause's) where a pause covers it; closed time is `holiday`
 * (label: the holiday's name, an ICS event's SUMMARY, `closed` or
 * `override`) where a timed ICS closure took open time or on a local date
 * that a holiday, a closed date or an override `[]` closes, else
 * `outside-hours`. With `sources`, a holiday piece also says where its
 * closure comes from. Neighbours of the same kind, label (and source) are
 * joined.
 */
export function segmentsOf(
  model: CalendarModel,
  from: Instant,
  to: Instant,
  pauses?: readonly Pause[],
  options: { sources?: boolean } = {},
): Segment[] {
  const out: Segment[] = [];
  if (!(to > from)) return out;
  const paused = disjointPauses(pauses);
  const sources = options.sources === true;
  let at = from;
  forEachSpan(model, from, to, (s, e) => {
    closedPieces(model, at, s, out, sources);
    openPieces(s, e, paused, out);
    at = e;
  });
  closedPieces(model, at, to, out, sources);
  return out;
}

/** Closed time [from, to): the open time timed closures took, labelled by the closure; the rest per local date, labelled by why that date is closed. */
function closedPieces(model: CalendarModel, from: Instant, to: Instant, out: Segment[], sources: boolean): void {
  let at = from;
  forEachClosedTime(model, from, to, (s, e, by) => {
    datePieces(model, at, s, out, sources);
    push(out, s, e, 'holiday', by.name, sources ? by.source : undefined);
    at = e;
  });
  datePieces(model, at, to, out, sources);
}

function datePieces(model: CalendarModel, from: Instant, to: Instant, out: Segment[], sources: boolean): void {
  let at = from;
  for (let dn = localDay(model, from); at < to; dn++) {
    const { chunk, i } = dayEntry(model, dn);
    const end = Math.min(to, chunk.midnight[i + 1]!);
    const by = chunk.closed[i];
    push(out, at, end, by === undefined ? 'outside-hours' : 'holiday', by?.name, sources ? by?.source : undefined);
    at = end;
  }
}

/** Calls `visit` with each piece of open time that a timed closure took, clipped to [from, to), in order. */
function forEachClosedTime(model: CalendarModel, from: Instant, to: Instant, visit: (s: Instant, e: Instant, by: ClosedBy) => void): void {
  if (model.ics === undefined || !(to > from)) return;
  for (let chunk = chunkAt(model, from); chunk.from < to; chunk = chunkFor(model, chunk.year + 1)) {
    for (const c of chunk.closedTimes) {
      if (c.to <= from) continue;
      if (c.from >= to) return;
      visit(Math.max(from, c.from), Math.min(to, c.to), c.by);
    }
  }
}

/** Open time [from, to), split where pauses cover it. */
function openPieces(from: Instant, to: Instant, paused: readonly Pause[], out: Segment[]): void {
  let at = from;
  for (const p of paused) {
    if (p.to <= at) continue;
    if (p.from >= to) break;
    if (p.from > at) push(out, at, p.from, 'counted');
    const end = Math.min(to, p.to);
    push(out, Math.max(at, p.from), end, 'paused', p.label);
    at = end;
  }
  if (at < to) push(out, at, to, 'counted');
}

function push(out: Segment[], from: Instant, to: Instant, kind: SegmentKind, label?: string, source?: string): void {
  if (to <= from) return;
  const last = out[out.length - 1];
  if (last !== undefined && last.kind === kind && last.label === label && last.source === source && last.to === from) {
    last.to = to;
    return;
  }
  const segment: Segment = { from, to, kind };
  if (label !== undefined) segment.label = label;
  if (source !== undefined) segment.source = source;
  out.push(segment);
}
