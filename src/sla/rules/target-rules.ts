import type { CalendarDef } from '../../calendar/types.js';
import { calendarDef } from '../normalize/calendar-def.js';
import { parseDuration } from '../values/duration.js';
import type { Rule } from './rule.js';
import type { Duration } from '../types.js';
import { weeklyHours, weeklyOpenDays } from './weekly-hours.js';

/**
 * A `0m` target is valid (SPEC 3.1: a zero target is due at the
 * start) but almost never meant: every record that does not stop at the very
 * instant it starts breaches. A warning, so a real zero target still works.
 */
export const zeroTargets: Rule = ({ file, complete, report }) => {
  // A pruned file has neutral 0m values where its bad durations were (usable-sections.ts).
  if (!complete) return;
  (file.policies ?? []).forEach((policy, i) => {
    for (const [metric, written] of Object.entries(policy.targets)) {
      const parsed = parseDuration(written);
      if (!parsed.ok || parsed.value.kind !== 'business-time' || parsed.value.ms !== 0) continue;
      report({
        code: 'sla.zero-target',
        severity: 'warning',
        path: ['policies', i, 'targets', metric],
        message: `a target of ${String(written).trim()} is due the moment the clock starts: every record that does not stop at once breaches`,
        hint: 'write the agreed time (e.g. 30m or 4h); to measure a metric without a target, leave it out of targets',
      });
    }
  });
};

/** Ten years: no service agreement waits longer, and the engine reads 1900-2200. */
const LONGEST_WEEKS = 522;

/**
 * A target the policy's calendar takes more than ten years to reach (a
 * 20000h target on a calendar open one minute a week is due in the year
 * 25025, and `calendar --add` of such a span runs out of memory). An error: the
 * due instant would fall outside every period anyone reports on.
 */
export const reachableTargets: Rule = ({ file, complete, report }) => {
  if (!complete || file.calendars === undefined || file.timezone === undefined) return;
  const open = new Map<string, { hours: number; days: number } | undefined>();
  (file.policies ?? []).forEach((policy, i) => {
    const entry = file.calendars?.[policy.calendar];
    if (entry === undefined) return;
    if (!open.has(policy.calendar)) open.set(policy.calendar, openPerWeek(calendarDef(entry, file.timezone!)));
    const week = open.get(policy.calendar);
    if (week === undefined || week.hours === 0) return; // a calendar the engine refuses, or never open: calendarDefinitions reports it
    for (const [metric, written] of Object.entries(policy.targets)) {
      const parsed = parseDuration(written);
      if (!parsed.ok) continue;
      if (weeksToReach(week, parsed.value) <= LONGEST_WEEKS) continue;
      report({
        code: 'sla.target-too-long',
        path: ['policies', i, 'targets', metric],
        message: `a target of ${String(written).trim()} takes the calendar "${policy.calendar}" more than ten years to reach (it is open ${formatHours(week.hours)} a week)`,
        hint: "check the target and the calendar's hours: a target is business time in the policy's calendar",
      });
    }
  });
};

function weeksToReach(week: { hours: number; days: number }, d: Duration): number {
  return d.kind === 'business-time' ? d.ms / 3_600_000 / week.hours : d.days / week.days;
}

/** For `slacheck calendar --add`: the same ten-year limit on a duration added in a calendar. */
export function beyondTenYears(def: CalendarDef, d: Duration): boolean {
  const week = openPerWeek(def);
  return week !== undefined && week.hours > 0 && weeksToReach(week, d) > LONGEST_WEEKS;
}

/** Open hours and open days of a plain week (days: those with any open time). */
function openPerWeek(def: CalendarDef): { hours: number; days: number } | undefined {
  try {
    return { hours: weeklyHours(def), days: weeklyOpenDays(def) };
  } catch {
    return undefined;
  }
}

function formatHours(hours: number): string {
  return hours >= 1 ? `${Math.round(hours * 100) / 100}h` : `${Math.round(hours * 60 * 100) / 100}m`;
}
