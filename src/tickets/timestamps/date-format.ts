/**
 * What a timestamp parser reads from one value. Parsers fill a caller-owned
 * scratch object instead of allocating one per value: a million-row export has
 * several million timestamps.
 */
export type Parsed = {
  /** Wall-clock time as if it were UTC (see wall-clock.ts naiveMillis). */
  naive: number;
  /** UTC offset in minutes written in the value; NaN when the value is naive. */
  offset: number;
};

/**
 * Outcome of one parse: read, not a date in this format, or a date that does
 * not exist (`31-02-2026`). The import adds two of its own (file-times.ts):
 * `empty` (.NET's `0001-01-01 00:00:00`) and `outOfRange` (a year outside
 * 1900-2200).
 */
export const ParseStatus = { ok: 0, unreadable: 1, impossible: 2, empty: 3, outOfRange: 4 } as const;
export type ParseStatus = (typeof ParseStatus)[keyof typeof ParseStatus];

/** Which field comes first: decides whether two formats can disagree on one value (`03/04/2026`). */
export type FieldOrder = 'iso' | 'ymd' | 'dmy' | 'mdy' | 'named';

/** A compiled date format: its text as the user wrote it (or as auto-detection names it) and its parser. */
export type DateFormat = {
  text: string;
  order: FieldOrder;
  parse(value: string, out: Parsed): ParseStatus;
};

export function scratch(): Parsed {
  return { naive: 0, offset: Number.NaN };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1]!;
}

/**
 * Validate the fields and store the naive epoch number; `impossible` for a
 * date or time that does not exist. Days are counted by hand (Howard
 * Hinnant's days-from-civil), which is exact for every proleptic Gregorian
 * year and several times faster than Date.UTC on the hot path.
 */
export function finish(
  out: Parsed,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): ParseStatus {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return ParseStatus.impossible;
  if (hour > 23 || minute > 59 || second > 59) return ParseStatus.impossible;
  out.naive = daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond;
  return ParseStatus.ok;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
