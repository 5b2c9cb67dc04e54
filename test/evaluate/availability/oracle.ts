import { oracleOf } from '../../calendar/oracle.js';

/**
 * The brute-force oracle for SPEC 12.3: steps minute by minute through the
 * period, asks the calendar oracle (test/calendar/oracle.ts: luxon, local
 * wall time, no src/ code) whether each minute is open, and asks every
 * record whether it covers the minute. Breaks are runs of consecutive
 * minutes that some outage or partial record covers: with minute-aligned
 * instants, records that overlap or touch are exactly those whose minutes
 * join up. Minute-aligned instants only.
 */

const MIN = 60_000;

type Def = Parameters<typeof oracleOf>[0];
export type OracleRecord = { id?: string | undefined; start: number; end: number | undefined; kind: 'outage' | 'partial' | 'maintenance' };
export type OracleBreak = { start: number; end: number | null; agreedMs: number; outageMs: number; partialMs: number; ids: string[] };
export type OracleFigures = { agreedMs: number; maintenanceMs: number; outageMs: number; partialMs: number; breaks: OracleBreak[] };

export function oracleAvailability(def: Def, records: readonly OracleRecord[], from: number, to: number, asOf: number): OracleFigures {
  const end = Math.min(to, asOf);
  // A running record, and one that ends after the as-of, is down until the as-of.
  const covers = (r: OracleRecord, m: number): boolean => r.start <= m && m < Math.min(r.end ?? asOf, asOf);
  const inKind = (kind: OracleRecord['kind'], m: number): boolean => records.some((r) => r.kind === kind && covers(r, m));
  const isDown = (m: number): boolean => inKind('outage', m) || inKind('partial', m);

  // Per minute of [from, end): agreed (open, no maintenance), maintenance, outage, partial only.
  const kindOf = new Map<number, 'agreed-outage' | 'agreed-partial' | 'agreed' | 'maintenance' | 'closed'>();
  const figures: OracleFigures = { agreedMs: 0, maintenanceMs: 0, outageMs: 0, partialMs: 0, breaks: [] };
  for (const minute of end > from ? oracleOf(def).tape(from, end) : []) {
    const m = minute.at;
    let kind: 'agreed-outage' | 'agreed-partial' | 'agreed' | 'maintenance' | 'closed' = 'closed';
    if (minute.open && inKind('maintenance', m)) kind = 'maintenance';
    else if (minute.open) kind = inKind('outage', m) ? 'agreed-outage' : inKind('partial', m) ? 'agreed-partial' : 'agreed';
    kindOf.set(m, kind);
    if (kind === 'maintenance') figures.maintenanceMs += MIN;
    if (kind.startsWith('agreed')) figures.agreedMs += MIN;
    if (kind === 'agreed-outage') figures.outageMs += MIN;
    if (kind === 'agreed-partial') figures.partialMs += MIN;
  }

  // Runs of down minutes from the earliest record to the as-of.
  const first = Math.min(...records.map((r) => r.start));
  let run: number[] = [];
  const closeRun = (): void => {
    if (run.length === 0) return;
    const [start, last] = [run[0]!, run[run.length - 1]!];
    const members = records.filter((r) => r.kind !== 'maintenance' && run.some((m) => covers(r, m)));
    const running = members.some((r) => r.end === undefined || r.end > asOf);
    const inPeriod = run.map((m) => kindOf.get(m));
    const count = (pred: (k: string | undefined) => boolean): number => inPeriod.filter(pred).length * MIN;
    const b: OracleBreak = {
      start,
      end: running ? null : last + MIN,
      agreedMs: count((k) => k?.startsWith('agreed-') === true),
      outageMs: count((k) => k === 'agreed-outage'),
      partialMs: count((k) => k === 'agreed-partial'),
      ids: members.map((r) => r.id ?? '').sort(),
    };
    // At least one second (here: one minute) inside A in the period.
    if (b.agreedMs >= 1000) figures.breaks.push(b);
    run = [];
  };
  for (let m = first; m < asOf; m += MIN) {
    if (isDown(m)) run.push(m);
    else closeRun();
  }
  closeRun();
  return figures;
}
