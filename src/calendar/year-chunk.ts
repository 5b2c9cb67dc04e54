import { dayNumber, naiveAt, type DayNumber } from './days.js';
import { planDay, type DayPlan } from './day-plan.js';
import type { ClosedSpan } from './ics/ics-closures.js';
import type { CalendarModel, Chunk } from './compiled-calendar.js';
import type { Instant } from './wall-clock.js';
import { resolver } from './wall-time-resolver.js';

/**
 * Builds one local year of a calendar (a Chunk, see compiled-calendar.ts): each date's
 * ranges resolved to instants by SPEC 3's DST rules, in order, clipped so
 * that no two dates claim the same time, less the timed closures of the
 * calendar's ICS files, then joined into spans with a running sum of
 * business time.
 */

export function buildChunk(model: CalendarModel, year: number): Chunk {
  const firstDay = dayNumber(year, 1, 1);
  const days = dayNumber(year + 1, 1, 1) - firstDay;
  const resolve = resolver(model.timezone);
  const midnight = new Float64Array(days + 1);
  for (let i = 0; i <= days; i++) midnight[i] = resolve(naiveAt(firstDay + i, 0));
  const [from, to] = [midnight[0]!, midnight[days]!];
  const dayOpen = new Float64Array(days).fill(NaN);
  const dayClose = new Float64Array(days).fill(NaN);
  const serviceBefore = new Int32Array(days + 1);
  const closed = new Array<DayPlan['closed']>(days).fill(undefined);
  // Not clipped to the year: a date's overnight range may end after it, and a service day is one with time left.
  const closures = disjoint(model.ics?.ofYear(year).spans ?? []);
  const closedTimes: ClosedSpan[] = [];
  const spans: number[] = [];
  let bound = -Infinity;
  // Two days of the year before: 31 December's overnight range reaches into this chunk, and 30 December's end clips it.
  for (let dn = firstDay - 2; dn < firstDay + days; dn++) {
    const plan = planDay(model, dn);
    const day = resolveDay(dn, plan, resolve, bound);
    bound = day.bound;
    const open = closures.length === 0 ? day.spans : without(day.spans, closures, { from, to, taken: closedTimes });
    for (const [s, e] of open) addSpan(spans, Math.max(s, from), Math.min(e, to));
    const i = dn - firstDay;
    if (i < 0) continue;
    // A date whose every open minute a timed closure takes is not a service day, as if an override closed it.
    const taken = open.length === 0 && day.spans.length > 0;
    [dayOpen[i], dayClose[i], closed[i]] =
      open === day.spans ? [day.open, day.close, plan.closed] : [open[0]?.[0] ?? NaN, open[open.length - 1]?.[1] ?? NaN, plan.closed];
    serviceBefore[i + 1] = serviceBefore[i]! + (plan.ranges.length > 0 && !taken ? 1 : 0);
  }
  return { year, firstDay, from, to, midnight, dayOpen, dayClose, serviceBefore, closed, closedTimes, ...withRunningSum(spans) };
}

/** Timed closures (sorted by start) made disjoint: where two overlap, the one that starts first keeps the time. */
function disjoint(closures: readonly ClosedSpan[]): ClosedSpan[] {
  const out: ClosedSpan[] = [];
  let end = -Infinity;
  for (const c of closures) {
    const s = Math.max(c.from, end);
    if (c.to <= s) continue;
    out.push({ from: s, to: c.to, by: c.by });
    end = c.to;
  }
  return out;
}

/** A date's spans less the closures (disjoint, sorted); what each closure takes inside the chunk's [from, to) goes to `taken`, in order. */
function without(
  spans: readonly [Instant, Instant][],
  closures: readonly ClosedSpan[],
  chunk: { from: Instant; to: Instant; taken: ClosedSpan[] },
): [Instant, Instant][] {
  const out: [Instant, Instant][] = [];
  for (const [s, e] of spans) {
    let at = s;
    for (let k = firstEndingAfter(closures, s); k < closures.length && closures[k]!.from < e; k++) {
      const c = closures[k]!;
      if (c.from > at) out.push([at, c.from]);
      const cut = { from: Math.max(at, c.from), to: Math.min(e, c.to), by: c.by };
      const inside = { from: Math.max(cut.from, chunk.from), to: Math.min(cut.to, chunk.to), by: c.by };
      if (inside.to > inside.from) chunk.taken.push(inside);
      at = Math.max(at, cut.to);
    }
    if (at < e) out.push([at, e]);
  }
  return out;
}

/** Index of the first closure that ends after `at`. */
function firstEndingAfter(closures: readonly ClosedSpan[], at: Instant): number {
  let lo = 0;
  let hi = closures.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (closures[mid]!.to <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type ResolvedDay = { spans: [Instant, Instant][]; open: Instant; close: Instant; bound: Instant };

/**
 * One date's ranges as instants, none starting before `bound` (the latest
 * end so far): ranges are disjoint within a date (checked), and clipping at
 * the running end keeps dates disjoint too, the earlier date keeping the
 * time. `open`/`close` are the first opening and last closing; a date whose
 * ranges have no time (wholly inside a DST gap) keeps its first range's
 * place in both; NaN for a date without ranges.
 */
function resolveDay(dn: DayNumber, plan: DayPlan, resolve: (naive: number) => Instant, bound: Instant): ResolvedDay {
  const spans: [Instant, Instant][] = [];
  let empty = NaN;
  for (const r of plan.ranges) {
    const s = Math.max(resolve(naiveAt(dn, r.start)), bound);
    const e = resolve(naiveAt(dn, r.end));
    bound = Math.max(bound, e);
    if (e > s) spans.push([s, e]);
    else if (Number.isNaN(empty)) empty = s;
  }
  const [first, last] = [spans[0], spans[spans.length - 1]];
  return { spans, open: first?.[0] ?? empty, close: last?.[1] ?? empty, bound };
}

/** Appends [s, e) when not empty, joining it to the previous span when they touch. */
function addSpan(spans: number[], s: number, e: number): void {
  if (e <= s) return;
  if (spans.length > 0 && spans[spans.length - 1] === s) spans[spans.length - 1] = e;
  else spans.push(s, e);
}

function withRunningSum(spans: readonly number[]): Pick<Chunk, 'start' | 'end' | 'cum' | 'total'> {
  const count = spans.length / 2;
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const cum = new Float64Array(count + 1);
  for (let j = 0; j < count; j++) {
    start[j] = spans[2 * j]!;
    end[j] = spans[2 * j + 1]!;
    cum[j + 1] = cum[j]! + end[j]! - start[j]!;
  }
  return { start, end, cum, total: cum[count]! };
}
