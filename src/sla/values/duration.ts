/**
 * Targets as written in the SLA file (SPEC 3): `45m`, `4h`, `1h30m` (business
 * time in the policy's calendar) or `3bd` (business days). Nothing else: a
 * bare number has no unit, and guessing one would let a contract be misread.
 */

/** A target: business time in the policy's calendar (`45m`, `4h`, `1h30m`) or business days (`3bd`). */
export type Duration = { kind: 'business-time'; ms: number; text: string } | { kind: 'business-days'; days: number; text: string };

/**
 * A wall-clock target (SPEC 13.2): `1mo` (the same local clock time on the
 * same day N months later) or `30d` (N calendar days). Not yet a `Duration`:
 * the clocks do not judge these targets until the evaluation takes them.
 */
export type CalendarDuration =
  { kind: 'calendar-months'; months: number; text: string } | { kind: 'calendar-days'; days: number; text: string };

export const DURATION_FORMS = "45m, 4h, 1h30m (business time in the policy's calendar) or 3bd (business days)";

/** The accepted forms as one pattern, for the JSON Schema that editors check as you type. */
export const DURATION_PATTERN = '^(\\d+h(\\d+m)?|\\d+m|\\d+bd)$';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Hours and minutes bounded so that milliseconds stay exact integers: ten years of hours is plenty.
const MAX_HOURS = 87_600;
const MAX_DAYS = 3_650;

/**
 * `value` is what YAML made of the text (`30` is a number, `"30"` a string); the
 * caller passes the scalar's source text when it has it, so that a YAML 1.1
 * sexagesimal `1:30` (the number 90) is explained as the `1:30` the user wrote.
 */
export function parseDuration(value: unknown): Parsed<Duration> {
  if (typeof value === 'number') return bareNumber(String(value));
  if (typeof value !== 'string')
    return { ok: false, message: `expected a duration, found ${describeValue(value)}`, hint: `write ${DURATION_FORMS}` };
  const text = value.trim();
  const days = /^(\d+)bd$/.exec(text);
  if (days !== null) return Number(days[1]) <= MAX_DAYS ? ok({ kind: 'business-days', days: Number(days[1]), text }) : tooLong(text);
  const time = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(text);
  if (time !== null && text !== '') {
    const hours = Number(time[1] ?? 0);
    const minutes = Number(time[2] ?? 0);
    if (time[1] !== undefined && minutes >= 60) {
      return {
        ok: false,
        message: `"${text}" has ${minutes} minutes after the hours`,
        hint: `write the minutes below 60, e.g. ${hours + Math.floor(minutes / 60)}h${minutes % 60}m`,
      };
    }
    if (hours > MAX_HOURS || minutes > MAX_HOURS * 60) return tooLong(text);
    return ok({ kind: 'business-time', ms: hours * HOUR + minutes * MINUTE, text });
  }
  if (/^\d+(\.\d+)?$/.test(text)) return bareNumber(text);
  return { ok: false, message: `"${text}" is not a duration`, hint: `${suggestion(text)}write ${DURATION_FORMS}` };
}

function ok(value: Duration): Parsed<Duration> {
  return { ok: true, value };
}

function bareNumber(text: string): Parsed<Duration> {
  const whole = /^\d+$/.test(text) ? text : '';
  const example = whole === '' ? '' : ` (${whole}m, ${whole}h or ${whole}bd)`;
  return { ok: false, message: `${text} is a bare number, not a duration`, hint: `add a unit${example}: write ${DURATION_FORMS}` };
}

function tooLong(text: string): Parsed<Duration> {
  return { ok: false, message: `"${text}" is longer than any SLA target`, hint: `targets go up to ${MAX_HOURS}h or ${MAX_DAYS}bd` };
}

/** Common slips with an obvious intent: `1:30`, `1h30`, `4H`, `1h 30m`, `2d`. */
function suggestion(text: string): string {
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  if (clock !== null) return `did you mean ${clock[2] === '00' ? `${Number(clock[1])}h` : `${Number(clock[1])}h${Number(clock[2])}m`}? `;
  const unitless = /^(\d+)h([0-5]?\d)$/.exec(text);
  if (unitless !== null) return `did you mean ${unitless[1]}h${Number(unitless[2])}m? `;
  const squeezed = text.toLowerCase().replace(/\s+/g, '');
  if (squeezed !== text && parseDuration(squeezed).ok) return `did you mean ${squeezed}? `;
  const plainDays = /^(\d+)d$/.exec(squeezed);
  if (plainDays !== null) return `did you mean ${plainDays[1]}bd (business days)? `;
  return '';
}

/**
 * Calendar units (SPEC 13.2): `1mo` and `30d` are wall-clock, the same local
 * clock time a month or N days later, on any calendar. `m` stays minutes: a
 * month is `mo`. N months count from the start, so `2mo` from Jan 31 is
 * Mar 31. Bounded like business days: ten years.
 */
export const CALENDAR_DURATION_FORMS = '1mo (the same day and clock time a month later) or 30d (calendar days, the same clock time)';

export const CALENDAR_DURATION_PATTERN = '^\\d+(mo|d)$';

const MAX_MONTHS = 120;

export function parseCalendarDuration(value: unknown): Parsed<CalendarDuration> {
  if (typeof value === 'number')
    return { ok: false, message: `${value} is a bare number, not a duration`, hint: `add a unit: write ${CALENDAR_DURATION_FORMS}` };
  if (typeof value !== 'string')
    return { ok: false, message: `expected a duration, found ${describeValue(value)}`, hint: `write ${CALENDAR_DURATION_FORMS}` };
  const text = value.trim();
  const match = /^(\d+)(mo|d)$/.exec(text);
  if (match !== null) {
    const n = Number(match[1]);
    if (match[2] === 'mo')
      return n <= MAX_MONTHS ? { ok: true, value: { kind: 'calendar-months', months: n, text } } : tooLongCalendar(text);
    return n <= MAX_DAYS ? { ok: true, value: { kind: 'calendar-days', days: n, text } } : tooLongCalendar(text);
  }
  return {
    ok: false,
    message: `"${text}" is not a calendar duration`,
    hint: `${calendarSuggestion(text)}write ${CALENDAR_DURATION_FORMS}`,
  };
}

/**
 * A target in any unit: business time, business days, or calendar units.
 * For the evaluation once it judges calendar-unit targets; until then the
 * SLA file reads targets with parseDuration, which refuses `1mo` and `30d`.
 */
export function parseTargetDuration(value: unknown): Parsed<Duration | CalendarDuration> {
  if (typeof value === 'string' && /^\s*\d+(mo|d)\s*$/.test(value)) return parseCalendarDuration(value);
  const parsed = parseDuration(value);
  if (parsed.ok) return parsed;
  const meant = typeof value === 'string' ? calendarSuggestion(value.trim()) : '';
  return {
    ok: false,
    message: parsed.message,
    hint: meant === '' ? `${parsed.hint}, or ${CALENDAR_DURATION_FORMS}` : `${meant}write ${DURATION_FORMS}, or ${CALENDAR_DURATION_FORMS}`,
  };
}

/** `formatDuration` for calendar units: `1mo`, `30d`. */
export function formatCalendarDuration(d: CalendarDuration): string {
  return d.kind === 'calendar-months' ? `${d.months}mo` : `${d.days}d`;
}

function tooLongCalendar(text: string): Parsed<CalendarDuration> {
  return {
    ok: false,
    message: `"${text}" is longer than any SLA target`,
    hint: `calendar targets go up to ${MAX_MONTHS}mo or ${MAX_DAYS}d`,
  };
}

/** Slips with an obvious intent: `1 month`, `1M`, `1 måned`, `30 days`, `30 dage`, `1 mo`. */
function calendarSuggestion(text: string): string {
  const squeezed = text.toLowerCase().replace(/\s+/g, '');
  const months = /^(\d+)(months?|mon|mth|mdr|måned(er)?|maaned(er)?|monat(e)?|mnd)$/.exec(squeezed);
  if (months !== null) return `did you mean ${months[1]}mo? `;
  const days = /^(\d+)(days?|dage?|tage?|dgn)$/.exec(squeezed);
  if (days !== null) return `did you mean ${days[1]}d? `;
  if (/^\d+M$/.test(text)) return `did you mean ${text.slice(0, -1)}mo (months) or ${text.slice(0, -1)}m (minutes)? `;
  if (squeezed !== text && /^\d+(mo|d)$/.test(squeezed)) return `did you mean ${squeezed}? `;
  return '';
}

/** `a list`, `a mapping`, `nothing`: what YAML gave where a scalar was expected. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `"${String(value)}"`;
}

/** A duration as minutes and hours for people: `1h30m`, `45m`, `4h`, `3bd`. */
export function formatDuration(d: Duration): string {
  return d.kind === 'business-days' ? `${d.days}bd` : formatMinutes(d.ms / MINUTE);
}

/** Whole minutes as `1h30m`; a fraction of a minute is shown in seconds only when there is one. */
export function formatMinutes(minutes: number): string {
  const whole = Math.floor(minutes);
  const seconds = Math.round((minutes - whole) * 60);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const base = h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
  return seconds === 0 ? base : `${h === 0 && m === 0 ? '' : base}${seconds}s`;
}
