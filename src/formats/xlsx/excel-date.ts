import type { Instant } from '../../calendar/types.js';
import { offsetsIn } from '../../report/instant-text.js';

const DAY = 86_400_000;
/** Excel's serial of 1970-01-01 in the 1900 date system (day 1 is 1900-01-01, and a 29 February 1900 is counted that never was). */
const SERIAL_OF_1970 = 25_569;
/** The first day whose serial the count above gives right (61): before it Excel's phantom leap day shifts every serial by one. */
const FIRST = Date.UTC(1900, 2, 1);
/** Excel's last date is 9999-12-31. */
const END = Date.UTC(10_000, 0, 1);

/**
 * The local wall-clock time of an instant in a zone, as milliseconds of a
 * clock that reads that local time in UTC ("naive" epoch ms): the
 * agreement's `2026-10-05 14:30` whatever the machine's zone. The offset is
 * looked up per six hours (offsetsIn), so a million instants cost little;
 * an offset that is not whole minutes (local mean time, before ~1900) is
 * rounded to the millisecond, as instantToLocal does.
 */
export function wallClockIn(zone: string): (at: Instant) => number {
  const offsetAt = offsetsIn(zone);
  return (at) => at + Math.round(offsetAt(at) * 60_000);
}

/**
 * Excel's serial date of a local wall-clock time (naive epoch ms): whole
 * days since 1899-12-30 plus the fraction of the day. Null outside the
 * dates Excel shows right (before 1900-03-01, after 9999-12-31); the
 * writer puts the csv's ISO text there instead.
 */
export function excelSerial(wallClock: number): number | null {
  if (wallClock < FIRST || wallClock >= END) return null;
  return SERIAL_OF_1970 + wallClock / DAY;
}
