import { addCalendarDays, addCalendarMonths } from '../calendar/index.js';
import type { Instant } from '../calendar/types.js';
import type { CalendarDuration } from '../sla/types.js';

/**
 * How a clock judges a calendar-unit target (SPEC 13.2: `1mo`, `Nd`, "both
 * wall-clock durations, valid on any calendar"). Not wired into the clocks
 * yet; this is the rule they will follow (docs/kpi-rules.md):
 *
 * - The due is the wall-clock instant: `addCalendarMonths` / `addCalendarDays`
 *   in the zone of the policy's calendar, from the clock's start. Its opening
 *   hours and holidays play no part.
 * - The target becomes a budget of real time at the start, `due - start`, as
 *   `Nbd` becomes a business-time budget (SPEC 3). The record is then judged
 *   like any clock on a `24x7` calendar in that zone: `elapsed_minutes` and
 *   `paused_minutes` are real (wall) time, `target_minutes` is the budget,
 *   and a pause extends the due by the paused real time. A regulatory clock
 *   simply names no `pause_when_status`.
 *
 * So on a `24x7` calendar nothing differs from a business-time target of the
 * same length; on an office calendar, a `1mo` target is still a month of
 * real time, never a month of opening hours.
 */
export function calendarTarget(zone: string, start: Instant, target: CalendarDuration): { due: Instant; budgetMs: number } {
  const due = target.kind === 'calendar-months' ? addCalendarMonths(zone, start, target.months) : addCalendarDays(zone, start, target.days);
  return { due, budgetMs: due - start };
}
