import type { Instant } from '../../calendar/types.js';
import { byStart } from './by-start.js';
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
  /** The outage and partial records by start (their order within an equal start as given). */
  readonly records: readonly OutageRecord[];
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
  /** The latest end of its records, cut at the as-of (so the as-of while it runs). */
  readonly end: Instant;
  /** A record in it has no end, or ends after the as-of. */
  readonly running: boolean;
  /** Its records are timeline.records[firstRecord, endRecord). */
  readonly firstRecord: number;
  readonly endRecord: number;
  readonly firstPiece: number;
  readonly endPiece: number;
};

export function outageTimeline(records: readonly OutageRecord[], asOf: Instant): OutageTimeline {
  const unused: OutageRecord[] = [];
  const maintenance: OutageRecord[] = [];
  const down: OutageRecord[] = [];
  for (const record of records) {
    if (!(endBy(record, asOf) > record.start)) unused.push(record);
    else if (record.kind === 'maintenance') maintenance.push(record);
    else down.push(record);
  }
  // Plain records, no wrapper objects: with a million rows their garbage would be the largest cost.
  const [maintenanceFrom, maintenanceTo] = union(byStart(maintenance), asOf);
  return { asOf, maintenanceFrom, maintenanceTo, ...breaksOf(byStart(down), asOf), unused };
}

/** A record's end cut at the as-of; a running one runs to it. */
function endBy(record: OutageRecord, asOf: Instant): Instant {
  return record.end === undefined || record.end > asOf ? asOf : record.end;
}

/** Records sorted by start -> their union, touching ones joined. */
function union(sorted: readonly OutageRecord[], asOf: Instant): [Instant[], Instant[]] {
  const [from, to]: [Instant[], Instant[]] = [[], []];
  for (let k = 0; k < sorted.length; k++) {
    const [start, end] = [sorted[k]!.start, endBy(sorted[k]!, asOf)];
    const last = to.length - 1;
    if (last >= 0 && start <= to[last]!) to[last] = Math.max(to[last]!, end);
    else {
      from.push(start);
      to.push(end);
    }
  }
  return [from, to];
}

type Breaks = Pick<OutageTimeline, 'records' | 'breaks' | 'pieceFrom' | 'pieceTo' | 'pieceFull'>;

/**
 * SPEC 12.3: records that overlap or touch (one ends at the very millisecond
 * the next starts) are one break. A break is the union of its records with
 * no gap, so any of its time that no `outage` record covers is covered by a
 * `partial` one: the pieces are the outage union and the gaps between.
 */
function breaksOf(sorted: readonly OutageRecord[], asOf: Instant): Breaks {
  const breaks: TimelineBreak[] = [];
  const [pieceFrom, pieceTo, pieceFull]: [Instant[], Instant[], boolean[]] = [[], [], []];
  const addPiece = (from: Instant, to: Instant, full: boolean): void => {
    pieceFrom.push(from);
    pieceTo.push(to);
    pieceFull.push(full);
  };
  /** A run of the outage union [from, to), after the partial time since `at`; returns the new `at`. */
  const addRun = (at: Instant, from: Instant, to: Instant): Instant => {
    if (!(to > from)) return at;
    if (from > at) addPiece(at, from, false);
    addPiece(from, to, true);
    return to;
  };
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i]!.start;
    let end = endBy(sorted[i]!, asOf);
    let running = isRunning(sorted[i]!, asOf);
    let j = i + 1;
    for (; j < sorted.length && sorted[j]!.start <= end; j++) {
      end = Math.max(end, endBy(sorted[j]!, asOf));
      running ||= isRunning(sorted[j]!, asOf);
    }
    // The union of the break's outage records, run by run (no arrays: a
    // million rows make their garbage the cost); between runs it is partial.
    const firstPiece = pieceFrom.length;
    let [at, runFrom, runTo] = [start, start, start];
    for (let k = i; k < j; k++) {
      const r = sorted[k]!;
      if (r.kind !== 'outage') continue;
      if (r.start <= runTo) runTo = Math.max(runTo, endBy(r, asOf));
      else {
        at = addRun(at, runFrom, runTo);
        [runFrom, runTo] = [r.start, endBy(r, asOf)];
      }
    }
    at = addRun(at, runFrom, runTo);
    if (end > at) addPiece(at, end, false);
    breaks.push({ start, end, running, firstRecord: i, endRecord: j, firstPiece, endPiece: pieceFrom.length });
    i = j;
  }
  return { records: sorted, breaks, pieceFrom, pieceTo, pieceFull };
}

function isRunning(record: OutageRecord, asOf: Instant): boolean {
  return record.end === undefined || record.end > asOf;
}
