import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainmentAt, minimalTarget, roundTargetUp, type TargetSamples } from '../../src/evaluate/targets.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Brute-force oracle, sharing no code with src/: classify every record at the
 * target as SPEC 11.2 states it, and search the minimal target by trying every
 * measured value in ascending order.
 */
function oracleAttainment(stopped: number[], running: number[], t: number): number | null {
  const met = stopped.filter((v) => v <= t).length;
  const judged = stopped.length + running.filter((v) => v > t).length;
  return judged === 0 ? null : (100 * met) / judged;
}

function oracleMinimal(stopped: number[], running: number[], goal: number): number | null {
  const values = [...new Set([...stopped, ...running])].sort((a, b) => a - b);
  for (const t of values) {
    const met = stopped.filter((v) => v <= t).length;
    const judged = stopped.length + running.filter((v) => v > t).length;
    if (judged > 0 && met * 100 >= goal * judged) return t;
  }
  return null;
}

// Business times on a minute grid with many ties, as real exports have.
const times = fc.array(
  fc.integer({ min: 0, max: 600 }).map((m) => m * MINUTE),
  { maxLength: 40 },
);
const goals = fc.oneof(fc.constantFrom(0, 50, 80, 90, 95, 99, 100), fc.integer({ min: 0, max: 100 }));
const target = fc.integer({ min: 0, max: 700 }).map((m) => m * MINUTE);

function samples(stopped: number[], running: number[]): TargetSamples {
  return { stopped, running };
}

describe('attainment at a candidate target (SPEC 11.2)', () => {
  it('equals the oracle at any target', () => {
    fc.assert(
      fc.property(times, times, target, (stopped, running, t) => {
        expect(attainmentAt(samples(stopped, running), t).attainment).toBe(oracleAttainment(stopped, running, t));
      }),
    );
  });

  it('only grows with the target', () => {
    fc.assert(
      fc.property(times, times, target, target, (stopped, running, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = attainmentAt(samples(stopped, running), lo).attainment;
        const high = attainmentAt(samples(stopped, running), hi).attainment;
        if (low !== null && high !== null) expect(high).toBeGreaterThanOrEqual(low);
        // Once there is a denominator at the larger target there was one at the smaller (overdue only turn open).
        if (high !== null) expect(low).not.toBeNull();
      }),
    );
  });

  it('leaves running records at or below the target out of the denominator', () => {
    fc.assert(
      fc.property(times, times, target, (stopped, running, t) => {
        const at = attainmentAt(samples(stopped, running), t);
        expect(at.open).toBe(running.filter((v) => v <= t).length);
        expect(at.met + at.breached + at.overdue + at.open).toBe(stopped.length + running.length);
      }),
    );
  });

  it('counts a record exactly at the target as met, and a running one as open', () => {
    // One stopped at 60m and one running at 60m, target 60m: met 1, open 1, attainment 100.
    expect(attainmentAt(samples([HOUR], [HOUR]), HOUR)).toEqual({ met: 1, breached: 0, overdue: 0, open: 1, attainment: 100 });
    // One minute less: the stopped record breached, the running one overdue.
    expect(attainmentAt(samples([HOUR], [HOUR]), HOUR - MINUTE)).toEqual({ met: 0, breached: 1, overdue: 1, open: 0, attainment: 0 });
  });
});

describe('the minimal target', () => {
  it('is the smallest measured value reaching the goal (oracle)', () => {
    fc.assert(
      fc.property(times, times, goals, (stopped, running, goal) => {
        expect(minimalTarget(samples(stopped, running), goal)).toBe(oracleMinimal(stopped, running, goal));
      }),
    );
  });

  it('reaches the goal, and any smaller target misses it (a goal of 0 % is reached by any target with a denominator)', () => {
    fc.assert(
      fc.property(times, times, goals, (stopped, running, goal) => {
        const t = minimalTarget(samples(stopped, running), goal);
        if (t === null || goal === 0) return;
        expect(stopped.includes(t) || running.includes(t)).toBe(true);
        const at = attainmentAt(samples(stopped, running), t);
        expect(at.met * 100).toBeGreaterThanOrEqual(goal * (at.met + at.breached + at.overdue));
        const below = attainmentAt(samples(stopped, running), t - 1);
        const judged = below.met + below.breached + below.overdue;
        expect(judged > 0 && below.met * 100 >= goal * judged).toBe(false);
      }),
    );
  });

  it('works out a hand example', () => {
    // Ten responses: 10, 20, …, 100 minutes. 90 % needs nine met: the ninth value, 90m.
    const tenth = Array.from({ length: 10 }, (_, i) => (i + 1) * 10 * MINUTE);
    expect(minimalTarget(samples(tenth, []), 90)).toBe(90 * MINUTE);
    // Add a ticket still running at 200m: it is overdue below 200m. At 90m nine of eleven are met (81.8 %);
    // at 100m ten of eleven (90.9 %) reach the goal.
    expect(minimalTarget(samples(tenth, [200 * MINUTE]), 90)).toBe(100 * MINUTE);
    // At 91 % the running ticket must turn open: 200m, ten of ten.
    expect(minimalTarget(samples(tenth, [200 * MINUTE]), 91)).toBe(200 * MINUTE);
  });

  it('is null without a stopped record or for a goal above 100 %', () => {
    expect(minimalTarget(samples([], [HOUR]), 50)).toBeNull();
    expect(minimalTarget(samples([], []), 50)).toBeNull();
    expect(minimalTarget(samples([HOUR], []), 100.5)).toBeNull();
  });
});

describe('rounding up the ladder (SPEC 11.2)', () => {
  it.each([
    [0, 15],
    [1, 15],
    [15, 15],
    [16, 30],
    [31, 60],
    [61, 120],
    [121, 240],
    [241, 480],
    [480, 480],
    [481, 960],
    [960, 960],
    [1000, 1440],
  ])('%i minutes round up to %i', (minutes, rounded) => {
    expect(roundTargetUp(minutes * MINUTE)).toBe(rounded * MINUTE);
  });

  it('never rounds down and lands on a step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (m) => {
        const r = roundTargetUp(m * MINUTE) / MINUTE;
        expect(r).toBeGreaterThanOrEqual(m);
        expect([15, 30, 60, 120, 240].includes(r) || r % 480 === 0).toBe(true);
      }),
    );
  });
});
