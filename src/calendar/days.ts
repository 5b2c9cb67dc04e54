/**
 * Local dates as day numbers: days since 1970-01-01 in the proleptic
 * Gregorian calendar, zone-free. The engine keys everything per date by
 * these integers (cheap to compare, to step and to use as map keys).
 */

export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar date of a day number; month 1-12. */
export function civilDate(dn: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(dn * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dn: DayNumber): number {
  return (((dn + 3) % 7) + 7) % 7;
}

/** `YYYY-MM-DD`. */
export function formatDay(dn: DayNumber): string {
  return new Date(dn * DAY_MS).toISOString().slice(0, 10);
}

/** A strict `YYYY-MM-DD` that names a real date, or undefined. */
export function parseDay(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dn = dayNumber(year, month, day);
  const back = civilDate(dn);
  return back.year === year && back.month === month && back.day === day ? dn : undefined;
}

/** Naive epoch ms (local wall time read as UTC) of minute `minutes` after the date's midnight. */
export function naiveAt(dn: DayNumber, minutes: number): number {
  return dn * DAY_MS + minutes * 60_000;
}
