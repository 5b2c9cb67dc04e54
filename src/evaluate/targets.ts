/**
 * Attainment as a function of a candidate target (SPEC 11.2): what `suggest`
 * searches, what `compare` and the review's missed-goal observation ask.
 * Pure: measured business times in, figures out. Durations in ms.
 *
 * - a stopped record is met when its business time is <= t, else breached;
 * - a running record is overdue when its business time is > t, else open
 *   (left out of the denominator, as in SPEC 6).
 *
 * As t grows, breached records turn met (numerator up) and overdue records
 * turn open (denominator down): attainment never falls.
 */

/** One group's measured business times (elapsed, or the longest interval of a cadence clock), split by whether the clock stopped. */
export type TargetSamples = { stopped: ArrayLike<number>; running: ArrayLike<number> };

export type AttainmentAtTarget = { met: number; breached: number; overdue: number; open: number; attainment: number | null };

/** The figures a target of `targetMs` would have given these records. */
export function attainmentAt(samples: TargetSamples, targetMs: number): AttainmentAtTarget {
  let met = 0;
  let overdue = 0;
  for (let i = 0; i < samples.stopped.length; i++) if (samples.stopped[i]! <= targetMs) met++;
  for (let i = 0; i < samples.running.length; i++) if (samples.running[i]! > targetMs) overdue++;
  const breached = samples.stopped.length - met;
  const open = samples.running.length - overdue;
  const judged = met + breached + overdue;
  return { met, breached, overdue, open, attainment: judged === 0 ? null : (met * 100) / judged };
}

/**
 * The smallest measured business time at which attainment reaches
 * `goalPercent`, or null when no target does (no stopped record, or a goal
 * above 100 %). Attainment only changes at measured values, so the answer
 * is one of them. The goal is compared as met * 100 >= goal * judged, as the
 * KPIs do, so no rounding decides it. O(n log n): one sort of each side.
 */
export function minimalTarget(samples: TargetSamples, goalPercent: number): number | null {
  const stopped = Float64Array.from(samples.stopped).sort();
  const running = Float64Array.from(samples.running).sort();
  const candidates = new Float64Array(stopped.length + running.length);
  candidates.set(stopped);
  candidates.set(running, stopped.length);
  candidates.sort();
  let met = 0; // stopped values <= t
  let notOverdue = 0; // running values <= t
  for (let c = 0; c < candidates.length; c++) {
    const t = candidates[c]!;
    if (c + 1 < candidates.length && candidates[c + 1] === t) continue; // the last of equal values sees them all
    while (met < stopped.length && stopped[met]! <= t) met++;
    while (notOverdue < running.length && running[notOverdue]! <= t) notOverdue++;
    const judged = stopped.length + (running.length - notOverdue);
    if (judged > 0 && met * 100 >= goalPercent * judged) return t;
  }
  return null;
}

const MINUTE = 60_000;
/** SPEC 11.2's ladder: 15m, 30m, 1h, 2h, 4h, 8h, then whole multiples of 8h. */
const LADDER_MINUTES = [15, 30, 60, 120, 240, 480] as const;
const LAST_STEP = 480 * MINUTE;

/** A target rounded up to the ladder's next step (a value on a step stays; 0 becomes the first step, 15m). */
export function roundTargetUp(targetMs: number): number {
  for (const step of LADDER_MINUTES) if (targetMs <= step * MINUTE) return step * MINUTE;
  return Math.ceil(targetMs / LAST_STEP) * LAST_STEP;
}
