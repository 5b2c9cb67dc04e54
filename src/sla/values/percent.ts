import { describeValue, type Parsed } from './duration.js';

/**
 * Attainment goals are written with a percent sign (`95%`, `99.5%`), as SPEC 4
 * writes them. A bare `95` or `0.95` is refused: one of them would be misread,
 * and a contract's goal is the last place for a guess.
 */

export const PERCENT_PATTERN = '^\\d+(\\.\\d+)?%$';

export function parsePercent(value: unknown): Parsed<number> {
  if (typeof value === 'number') return bareNumber(String(value));
  if (typeof value !== 'string')
    return {
      ok: false,
      message: `expected a goal such as 95%, found ${describeValue(value)}`,
      hint: 'write the goal as a percentage: 95%',
    };
  const text = value.trim();
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (match === null) {
    if (/^\d+(\.\d+)?$/.test(text)) return bareNumber(text);
    const squeezed = text.replace(/\s+/g, '').replace(',', '.');
    const meant = squeezed !== text && parsePercent(squeezed).ok ? `did you mean ${squeezed}? ` : '';
    return {
      ok: false,
      message: `"${text}" is not a goal`,
      hint: `${meant}write the goal as a percentage from 0% to 100%, e.g. 95% or 99.5%`,
    };
  }
  const percent = Number(match[1]);
  if (percent > 100)
    return { ok: false, message: `goal ${text} is outside 0-100%`, hint: 'an attainment goal is a share of records: from 0% to 100%' };
  return { ok: true, value: percent };
}

function bareNumber(text: string): Parsed<number> {
  const n = Number(text);
  const meant = n > 0 && n <= 1 ? `${trim(n * 100)}%` : `${text}%`;
  return { ok: false, message: `${text} is a bare number, not a goal`, hint: `write the goal with a percent sign, e.g. ${meant}` };
}

/** 95.00000000000001 -> 95: multiplying by 100 must not print float noise in a hint. */
function trim(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
