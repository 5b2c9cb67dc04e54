/**
 * The calendar engine's public API (issue 2). Pure: no I/O, no clock reads, no globals.
 * PLACEHOLDER SIGNATURES: the engine's implementation replaces these bodies.
 */
import type { CalendarDef, Instant, Pause, Segment } from './types.js';

export type { CalendarDef, Instant, Pause, Segment, Span, SegmentKind, HolidaysDef, WeeklyHoursDef, CalendarIssue } from './types.js';

/** A compiled calendar: opaque; caches its per-date open spans internally. */
export type Calendar = { readonly timezone: string; readonly def: CalendarDef };

const pending = (): never => {
  throw new Error('calendar engine pending (issue 2)');
};

export function compileCalendar(_def: CalendarDef): Calendar {
  return pending();
}
export function businessTime(_cal: Calendar, _from: Instant, _to: Instant, _pauses?: readonly Pause[]): number {
  return pending();
}
export function addBusinessTime(_cal: Calendar, _from: Instant, _ms: number, _pauses?: readonly Pause[]): Instant {
  return pending();
}
export function addBusinessDays(_cal: Calendar, _from: Instant, _n: number): Instant {
  return pending();
}
export function segments(_cal: Calendar, _from: Instant, _to: Instant, _pauses?: readonly Pause[]): Segment[] {
  return pending();
}
export function nthWorkingDay(_cal: Calendar, _year: number, _month: number, _n: number): string {
  return pending();
}
