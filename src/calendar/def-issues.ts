import { closestMatch } from '../did-you-mean.js';
import { formatDay, parseDay, weekdayOf } from './days.js';
import { checkHolidays } from './holidays.js';
import { formatClock, formatRange, MINUTES_PER_DAY, parseRange, parseWeekdayKey, WEEKDAYS, type Range } from './ranges.js';
import type { CalendarDef, CalendarIssue } from './types.js';
import { isValidZone } from './wall-clock.js';

/**
 * Everything that can be wrong with a calendar definition, each with its
 * path inside the definition (`['hours', 'mon-fri', 1]`). compileCalendar
 * refuses a definition with issues; the SLA layer places them in the YAML.
 */
export function checkCalendarDef(def: CalendarDef): CalendarIssue[] {
  const week = placeWeek(def);
  return [
    ...checkZone(def.timezone),
    ...week.issues,
    ...checkWeek(week.days),
    ...checkOverrides(def, week.days),
    ...checkClosedDates(def),
    ...(def.holidays === undefined ? [] : checkHolidays(def.holidays)),
  ];
}

type Path = (string | number)[];
/** A range with the path it was written at. */
type Placed = { range: Range; path: Path };

function checkZone(zone: unknown): CalendarIssue[] {
  if (typeof zone === 'string' && isValidZone(zone)) return [];
  const near = typeof zone === 'string' ? closestMatch(zone, Intl.supportedValuesOf('timeZone')) : undefined;
  const hint = near === undefined ? 'use an IANA time zone such as Europe/Copenhagen' : `did you mean "${near}"?`;
  return [{ path: ['timezone'], message: `unknown time zone ${JSON.stringify(zone)}`, hint }];
}

/** Weekly ranges per weekday (0 = Monday) with their paths; bad keys, bad ranges and days given twice as issues. */
function placeWeek(def: CalendarDef): { days: Placed[][]; issues: CalendarIssue[] } {
  const days: Placed[][] = WEEKDAYS.map(() => []);
  const issues: CalendarIssue[] = [];
  if (def.hours === '24x7') return { days: days.map(() => [{ range: { start: 0, end: MINUTES_PER_DAY }, path: ['hours'] }]), issues };
  if (typeof def.hours !== 'object' || def.hours === null || Array.isArray(def.hours)) {
    return {
      days,
      issues: [
        {
          path: ['hours'],
          message: `hours must be 24x7 or weekday keys with ranges, not ${JSON.stringify(def.hours)}`,
          hint: 'for example hours: { mon-fri: ["08:00-16:00"] }',
        },
      ],
    };
  }
  const givenBy: (string | undefined)[] = WEEKDAYS.map(() => undefined);
  for (const [key, list] of Object.entries(def.hours)) {
    const keyDays = parseWeekdayKey(key);
    if (!keyDays.ok) {
      issues.push({ path: ['hours', key], message: keyDays.message, hint: keyDays.hint });
      continue;
    }
    for (const d of keyDays.value) {
      const earlier = givenBy[d];
      if (earlier !== undefined)
        issues.push({
          path: ['hours', key],
          message: `${WEEKDAYS[d]} is given twice (by ${earlier} and ${key})`,
          hint: 'give each weekday once; list several ranges for one day in one list',
        });
      givenBy[d] = key;
    }
    const placed = placeList(list, ['hours', key], issues);
    for (const d of keyDays.value) days[d]!.push(...placed);
  }
  // No ranges on any day (keys with empty lists, or no keys at all): a calendar that never opens.
  if (days.every((d) => d.length === 0) && issues.length === 0 && !hasOverrideRanges(def)) {
    issues.push({
      path: ['hours'],
      message: 'no weekly hours: the calendar is never open',
      hint: 'give at least one range such as mon-fri: ["08:00-16:00"], or use 24x7',
    });
  }
  return { days, issues };
}

function hasOverrideRanges(def: CalendarDef): boolean {
  return Object.values(def.overrides ?? {}).some((list) => Array.isArray(list) && list.length > 0);
}

function placeList(list: unknown, path: Path, issues: CalendarIssue[]): Placed[] {
  if (!Array.isArray(list)) {
    issues.push({ path, message: 'expected a list of ranges', hint: 'for example ["08:00-12:00", "13:00-16:00"], or [] for closed' });
    return [];
  }
  const placed: Placed[] = [];
  list.forEach((text: unknown, i) => {
    const r = parseRange(text);
    if (r.ok) placed.push({ range: r.value, path: [...path, i] });
    else issues.push({ path: [...path, i], message: r.message, hint: r.hint });
  });
  return placed;
}

function checkWeek(days: Placed[][]): CalendarIssue[] {
  const issues = days.flatMap((day) => overlaps(day));
  days.forEach((day, d) => issues.push(...spills(day, days[(d + 1) % 7]!, WEEKDAYS[d]!, WEEKDAYS[(d + 1) % 7]!)));
  return unique(issues);
}

/** Ranges of one date that overlap each other. */
function overlaps(day: readonly Placed[]): CalendarIssue[] {
  const sorted = [...day].sort((a, b) => a.range.start - b.range.start);
  const issues: CalendarIssue[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a.range.end > b.range.start)
      issues.push({
        path: b.path,
        message: `ranges ${formatRange(a.range)} and ${formatRange(b.range)} overlap`,
        hint: 'join them into one range, or make one end where the other starts',
      });
  }
  return issues;
}

/** An overnight range that runs into the next date's first range (SPEC 3: it belongs to the date it starts on). */
function spills(day: readonly Placed[], next: readonly Placed[], dayName: string, nextName: string): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  for (const p of day) {
    const spill = p.range.end - MINUTES_PER_DAY;
    const hit = next.find((n) => n.range.start < spill);
    if (spill > 0 && hit !== undefined)
      issues.push({
        path: p.path,
        message: `${formatRange(p.range)} on ${dayName} runs overnight into ${formatRange(hit.range)} on ${nextName}`,
        hint: `end it by ${formatClock(hit.range.start)} or start the ${nextName} range later`,
      });
  }
  return issues;
}

function checkOverrides(def: CalendarDef, week: Placed[][]): CalendarIssue[] {
  if (def.overrides === undefined) return [];
  const issues: CalendarIssue[] = [];
  const byDay = new Map<number, Placed[]>();
  for (const [date, list] of Object.entries(def.overrides)) {
    const dn = parseDay(date);
    if (dn === undefined)
      issues.push({
        path: ['overrides', date],
        message: `cannot read "${date}" as a date`,
        hint: 'write an override date as YYYY-MM-DD, such as 2026-12-23',
      });
    const placed = placeList(list, ['overrides', date], issues);
    if (dn !== undefined) byDay.set(dn, placed);
  }
  const rangesOn = (dn: number): Placed[] => byDay.get(dn) ?? week[weekdayOf(dn)]!;
  for (const [dn, placed] of byDay) {
    issues.push(...overlaps(placed), ...spills(placed, rangesOn(dn + 1), formatDay(dn), formatDay(dn + 1)));
    if (!byDay.has(dn - 1)) issues.push(...spills(rangesOn(dn - 1), placed, formatDay(dn - 1), formatDay(dn)));
  }
  return unique(issues);
}

function checkClosedDates(def: CalendarDef): CalendarIssue[] {
  const dates = def.holidays?.dates ?? [];
  return dates.flatMap((date, i) =>
    typeof date === 'string' && parseDay(date) !== undefined
      ? []
      : [
          {
            path: ['holidays', 'dates', i],
            message: `cannot read ${JSON.stringify(date)} as a date`,
            hint: 'write a closed date as YYYY-MM-DD, such as 2026-12-31',
          },
        ],
  );
}

/** A key like mon-fri puts one range on five days: report each finding once. */
function unique(issues: CalendarIssue[]): CalendarIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.path, i.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
