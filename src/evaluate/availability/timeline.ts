import type { Instant } from '../../calendar/types.js';
import type { OutageRecord } from './outage-record.js';

/**
 * One service's outage records, sorted and merged once (O(n log n)) so that
 * the figures of any period are a walk over the few pieces that lie in it
 * (figures.ts). Everything is cut at the as-of instant: SPEC 12.3 looks at
 * [from, min(to, as-of)) only, and a running record runs to the as-of.
 */
export type OutageTimeline = {
  readonly asOf: Instant;
  /** The maintenance union: disjoint windows, sorted, touching ones joined; `maintenanceTo` is increasing too. */
  readonly maintenanceFrom: readonly Instant[];
  readonly maintenanceTo: readonly Instant[];
  /** The breaks (merged outage and partial records), disjoint and sorted. */
  readonly breaks: readonly TimelineBreak[];
  /**
   * The breaks cut into pieces of one weight, disjoint and sorted: `full`
   * where an `outage` record covers the time, else partial (a `partial`
   * record covers it). Break b owns pieces [b.firstPiece, b.endPiece).
   */
  readonly pieceFrom: readonly Instant[];
  readonly pieceTo: readonly Instant[];
  readonly pieceFull: readonly boolean[];
  /** Records that hold no time before the as-of (end <= start, or starting at or after the as-of): in no figure, for the caller to name. */
  readonly unused: readonly OutageRecord[];
};

/** A merged interval of outage and partial records that overlap or touch, cut at the as-of. */
export type TimelineBreak = {
  readonly start: Instant;
  /** Its last record's end, or the as-of when it still runs. */
  readonly end: Instant;
  /** A record in it has no end, or ends after the as-of. */
  readonly running: boolean;
  /** The records merged into it, by start. */
  readonly records: readonly OutageRecord[];
  readonly firstPiece: number;
  readonly endPiece: number;
};

type Cut = { from: Instant; to: Instant; running: boolean; record: OutageRecord };

export function outageTimeline(records: readonly OutageRecord[], asOf: Instant): OutageTimeline {
  const unused: OutageRecord[] = [];
  const maintenance: Cut[] = [];
  const down: Cut[] = [];
  for (const record of records) {
    const to = record.end === undefined ? asOf : Math.min(record.end, asOf);
    if (!(to > record.start)) {
      unused.push(record);
      continue;
    }
    const cut = { from: record.start, to, running: record.end === undefined || record.end > asOf, record };
    (record.kind === 'maintenance' ? maintenance : down).push(cut);
  }
  const byStart = (a: Cut, b: Cut): number => a.from - b.from;
  const [maintenanceFrom, maintenanceTo] = union(maintenance.sort(byStart));
  return { asOf, maintenanceFrom, maintenanceTo, ...breaksOf(down.sort(byStart)), unused };
}

/** Sorted intervals -> their union, touching ones joined. */
function union(sorted: readonly Cut[]): [Instant[], Instant[]] {
  const [from, to]: [Instant[], Instant[]] = [[], []];
  for (const c of sorted) {
    const last = to.length - 1;
    if (last >= 0 && c.from <= to[last]!) to[last] = Math.max(to[last]!, c.to);
    else {
      from.push(c.from);
      to.push(c.to);
    }
  }
  return [from, to];
}

type Breaks = Pick<OutageTimeline, 'breaks' | 'pieceFrom' | 'pieceTo' | 'pieceFull'>;

/**
 * SPEC 12.3: records that overlap or touch (one ends at the very millisecond
 * the next starts) are one break. A break is the union of its records with
 * no gap, so any of its time that no `outage` record covers is covered by a
 * `partial` one: the pieces are the outage union and the gaps between.
 */
function breaksOf(sorted: readonly Cut[]): Breaks {
  const breaks: TimelineBreak[] = [];
  const [pieceFrom, pieceTo, pieceFull]: [Instant[], Instant[], boolean[]] = [[], [], []];
  const addPiece = (from: Instant, to: Instant, full: boolean): void => {
    pieceFrom.push(from);
    pieceTo.push(to);
    pieceFull.push(full);
  };
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i]!.from;
    let end = sorted[i]!.to;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.from <= end) end = Math.max(end, sorted[j++]!.to);
    const members = sorted.slice(i, j);
    const firstPiece = pieceFrom.length;
    let at = start;
    const [outageFrom, outageTo] = union(members.filter((c) => c.record.kind === 'outage'));
    outageFrom.forEach((from, k) => {
      if (from > at) addPiece(at, from, false);
      addPiece(from, outageTo[k]!, true);
      at = outageTo[k]!;
    });
    if (end > at) addPiece(at, end, false);
    const running = members.some((c) => c.running);
    breaks.push({ start, end, running, records: members.map((c) => c.record), firstPiece, endPiece: pieceFrom.length });
    i = j;
  }
  return { breaks, pieceFrom, pieceTo, pieceFull };
}
