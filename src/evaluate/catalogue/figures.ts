import type { Span } from '../../calendar/types.js';
import { nearestDouble, times } from '../decimal.js';
import { goalMet, type KpiGoal } from './goal.js';
import { isRatio } from './measures.js';
import type { KpiTally } from './tally.js';

/**
 * A KPI's figure in one period (SPEC 13.1.1 "Values"): a ratio's `value` is
 * a percent 0-100 (the double nearest the exact ratio; the output rounds it
 * to two decimals), with nothing to count it is null and so is `goalMet`,
 * and its numerator and denominator are 0. A count's `value` is the count,
 * its `numerator` the same and its `denominator` null.
 */
export type KpiFigure = {
  period: Span;
  value: number | null;
  numerator: number;
  denominator: number | null;
  /** Null without a goal or without a value. */
  goalMet: boolean | null;
  /** Tickets left out of a ratio's denominator because the export did not say (an empty reopens or replies cell). */
  uncounted: number;
  /** With `collect`: the ids behind the figure (measures.ts BEHIND_FIGURE), in the order the tickets came. */
  tickets?: readonly string[];
  uncountedTickets?: readonly string[];
};

export function kpiFigures(tally: KpiTally, goal?: KpiGoal): KpiFigure[] {
  const ratio = isRatio(tally.options.measure);
  return tally.options.periods.map((period, p) => {
    const numerator = tally.numerators[p]!;
    const denominator = ratio ? tally.denominators[p]! : null;
    const value = denominator === null ? numerator : denominator === 0 ? null : nearestDouble(times(numerator, 100), denominator);
    const figure: KpiFigure = { period, value, numerator, denominator, goalMet: null, uncounted: tally.uncounted[p]! };
    if (goal !== undefined) figure.goalMet = goalMet(figure, goal);
    if (tally.tickets !== undefined) {
      figure.tickets = tally.tickets[p]!;
      figure.uncountedTickets = tally.uncountedTickets![p]!;
    }
    return figure;
  });
}
