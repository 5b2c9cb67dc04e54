import { describeValue, type Parsed } from '../../sla/values/duration.js';
import { decimalOf, powerOfTen, times, type Int } from '../decimal.js';
import { isRatio, usualDirection, type GoalDirection, type KpiMeasure } from './measures.js';

/**
 * A KPI's goal (SPEC 13.1): a direction and a figure, `">= 90%"`, `"<= 5%"`,
 * `">= 20"`, `"<= 5"`; percent for ratios, a whole number for counts. SPEC
 * names `>=` and `<=` only: a strict `>` or `<` is refused with the goal that
 * says the same thing, and a goal without a direction is refused, because
 * "5%" of reopened tickets and "90%" satisfaction point opposite ways.
 */
export type KpiGoal = {
  direction: GoalDirection;
  /** The figure as written: a percent (0-100) when `percent`, else a count. */
  value: number;
  percent: boolean;
  /** As written, trimmed: `>= 90%`. */
  text: string;
};

const GOAL = /^(>=|<=|=>|=<|≥|≤|==|=|>|<)?\s*(\d+(?:[.,]\d+)?)\s*(%)?$/;
const SAME: Readonly<Record<string, GoalDirection>> = { '>=': '>=', '=>': '>=', '≥': '>=', '<=': '<=', '=<': '<=', '≤': '<=' };
const QUOTES = 'in quotes, since YAML reads a leading > as a block';

/** `measure`, when known, checks percent against the measure and makes the hints point the usual way. */
export function parseKpiGoal(value: unknown, measure?: KpiMeasure): Parsed<KpiGoal> {
  if (typeof value === 'number') return noDirection(String(value), String(value), false, measure);
  if (typeof value !== 'string')
    return {
      ok: false,
      message: `expected a goal such as ">= 90%", found ${describeValue(value)}`,
      hint: `write a direction and a figure, e.g. ">= 90%" or "<= 5" (${QUOTES})`,
    };
  const text = value.trim();
  const m = GOAL.exec(text);
  if (m === null)
    return { ok: false, message: `"${text}" is not a goal`, hint: `write a direction and a figure, e.g. ">= 90%" or "<= 5" (${QUOTES})` };
  const [, op, digits, sign] = m as unknown as [string, string | undefined, string, string | undefined];
  const percent = sign !== undefined;
  const figure = `${digits.replace(',', '.')}${percent ? '%' : ''}`;
  if (digits.includes(','))
    return {
      ok: false,
      message: `goal "${text}" has a decimal comma`,
      hint: `did you mean "${op ?? '>='} ${figure}"? write the decimals with a point`,
    };
  if (op === undefined) return noDirection(text, figure, percent, measure);
  const direction = SAME[op];
  if (direction === undefined) return otherOperator(text, op, Number(digits), percent, measure);
  if (direction !== op)
    return {
      ok: false,
      message: `goal "${text}" is written with ${op}`,
      hint: `did you mean "${direction} ${figure}"? a goal is ">=" (at least) or "<=" (at most)`,
    };
  const n = Number(digits);
  const fit = fitsMeasure(text, direction, n, percent, measure);
  if (fit !== undefined) return fit;
  if (percent && n > 100)
    return { ok: false, message: `goal "${text}" is outside 0-100%`, hint: 'a ratio is a share of tickets: from 0% to 100%' };
  return { ok: true, value: { direction, value: n, percent, text } };
}

/**
 * SPEC 13.1: goal_met compares the unrounded value, null when the value is
 * null. Compared exactly, in integers: numerator × 100 against the goal ×
 * denominator, so a ratio of exactly 90 % meets ">= 90%" however it divides.
 */
export function goalMet(figure: { value: number | null; numerator: number; denominator: number | null }, goal: KpiGoal): boolean | null {
  if (figure.value === null || figure.denominator === 0) return null;
  const g = decimalOf(goal.value);
  const scale = powerOfTen(g.scale);
  // A count: n against units / 10^scale. A ratio: 100 n / d against units / 10^scale.
  const left = figure.denominator === null ? times(figure.numerator, scale) : times(times(figure.numerator, 100), scale);
  const right = figure.denominator === null ? g.units : times(g.units, figure.denominator);
  const order = compare(left, right);
  return goal.direction === '>=' ? order >= 0 : order <= 0;
}

function compare(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  const [x, y] = [BigInt(a), BigInt(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}

function noDirection(text: string, figure: string, percent: boolean, measure: KpiMeasure | undefined): Parsed<KpiGoal> {
  const usual = measure === undefined ? (percent ? '>=' : undefined) : usualDirection(measure);
  const shown = measure !== undefined && isRatio(measure) && !percent ? `${figure}%` : figure;
  const meant =
    usual === undefined
      ? `write ">= ${shown}" (at least) or "<= ${shown}" (at most)`
      : `did you mean "${usual} ${shown}"? a goal says which way is good: ">=" at least, "<=" at most`;
  return { ok: false, message: `goal "${text}" has no direction`, hint: `${meant} (${QUOTES})` };
}

/** `>`, `<`, `=`: SPEC's goals are `>=` and `<=`; a count's strict bound has an exact `>=`/`<=` twin. */
function otherOperator(text: string, op: string, n: number, percent: boolean, measure: KpiMeasure | undefined): Parsed<KpiGoal> {
  const figure = `${n}${percent ? '%' : ''}`;
  const message = `goal "${text}" uses ${op}; a goal is ">=" (at least) or "<=" (at most)`;
  if (op === '=' || op === '==') return { ok: false, message, hint: `write ">= ${figure}" or "<= ${figure}"` };
  const direction: GoalDirection = op === '>' ? '>=' : '<=';
  const countLike = !percent && Number.isInteger(n) && (measure === undefined || !isRatio(measure));
  if (countLike) {
    const twin = direction === '>=' ? n + 1 : n - 1;
    if (twin >= 0) return { ok: false, message, hint: `did you mean "${direction} ${twin}"? for a count, "${op} ${n}" is the same goal` };
  }
  return { ok: false, message, hint: `did you mean "${direction} ${figure}"? a goal is met at exactly its figure` };
}

/** A ratio's goal is a percent, a count's a whole number without a percent sign. */
function fitsMeasure(
  text: string,
  direction: GoalDirection,
  n: number,
  percent: boolean,
  measure: KpiMeasure | undefined,
): Parsed<KpiGoal> | undefined {
  if (measure === undefined) return undefined;
  if (isRatio(measure) && !percent)
    return {
      ok: false,
      message: `goal "${text}" of ${measure} has no percent sign`,
      hint: `${measure} is a percent of tickets: did you mean "${direction} ${n}%"?`,
    };
  if (!isRatio(measure) && percent)
    return {
      ok: false,
      message: `goal "${text}" of ${measure} is a percent`,
      hint: `${measure} is a count of tickets: did you mean "${direction} ${n}"?`,
    };
  if (!isRatio(measure) && !Number.isInteger(n))
    return {
      ok: false,
      message: `goal "${text}" of ${measure} is not a whole number`,
      hint: `${measure} counts tickets: write a whole number, e.g. "${direction} ${Math.round(n)}"`,
    };
  return undefined;
}
