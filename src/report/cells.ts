import type { Cell, ColumnType } from './rows.js';

/**
 * Cell text for people (table and markdown): durations as `1h 30m`, instants
 * as `2026-10-05 14:30 +02:00`, flags as yes/no, empty as `-`. Built by hand:
 * no Intl, no toLocaleString, so output is the same on every machine.
 */
export function displayCell(value: Cell, type: ColumnType): string {
  if (value === null) return '-';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (type === 'minutes') return formatMinutes(value);
    if (type === 'percent') return `${fixed2(value)}%`;
    if (type === 'points') return `${value > 0 ? '+' : ''}${fixed2(value)} pp`;
    return String(value);
  }
  return type === 'instant' ? displayInstant(value) : value;
}

/** `2026-10-05T14:30:00+02:00` -> `2026-10-05 14:30 +02:00` (seconds kept when not zero). */
export function displayInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})$/.exec(iso);
  if (m === null) return iso;
  const seconds = m[3] === undefined || m[3] === ':00' ? '' : m[3];
  return `${m[1]} ${m[2]}${seconds} ${m[4]}`;
}

/**
 * Business minutes as `45m`, `1h 30m`, `52h`: rounded to the minute for people
 * (means are fractional; the csv and json keep two decimals), seconds only
 * under a minute (`30s`). Negative with a leading `-`.
 */
export function formatMinutes(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs > 0 && abs < 1) return `${sign}${Math.round(abs * 60)}s`;
  const total = Math.round(abs);
  const h = Math.floor(total / 60);
  const m = total % 60;
  const text = h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h ${m}m`;
  return total === 0 ? '0m' : `${sign}${text}`;
}

/** At most two decimals, no trailing zeros: 93.33, 12.5, 95. */
export function fixed2(n: number): string {
  // Most values come rounded to two decimals already (documents.ts): their shortest text is the answer, and
  // toFixed's rounding of the same double could not give another (it lies within an ulp of that decimal).
  const shortest = String(n);
  const dot = shortest.indexOf('.');
  if ((dot === -1 || shortest.length - dot <= 3) && !shortest.includes('e')) return shortest === '-0' ? '0' : shortest;
  const text = n.toFixed(2).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
