/**
 * The two small languages of a calendar's hours as written: weekday keys
 * (`mon`, `mon-fri`, `fri-mon`, `weekdays`, `weekend`) and ranges
 * (`HH:MM-HH:MM`). One parser for both checking (def-issues.ts) and compiling.
 */

/** Minutes after the owning date's midnight, half-open; `end` > 1440 for a range that runs overnight (SPEC 3). */
export type Range = { readonly start: number; readonly end: number };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string };

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const FULL_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MINUTES_PER_DAY = 1440;

const KEY_HINT = 'weekday keys are mon..sun, a range such as mon-fri, weekdays or weekend';

/** The weekdays (0 = Monday) a key names; a range may wrap past Sunday (`fri-mon` = fri, sat, sun, mon). */
export function parseWeekdayKey(key: string): Parsed<number[]> {
  const k = key.trim().toLowerCase();
  if (k === 'weekdays') return { ok: true, value: [0, 1, 2, 3, 4] };
  if (k === 'weekend') return { ok: true, value: [5, 6] };
  const parts = k.split('-').map((p) => p.trim());
  const days = parts.map(weekdayIndex);
  if (parts.length <= 2 && days.every((d) => d >= 0)) {
    const [from, to = from] = days as [number, number?];
    const value: number[] = [];
    // At most 7 steps: one per weekday, wrapping past Sunday.
    for (let d = from; ; d = (d + 1) % 7) {
      value.push(d);
      if (d === to) break;
    }
    return { ok: true, value };
  }
  const full = FULL_NAMES.indexOf(k);
  const hint = full >= 0 ? `write "${WEEKDAYS[full]}"` : KEY_HINT;
  return { ok: false, message: `unknown weekday "${key}"`, hint };
}

function weekdayIndex(word: string): number {
  return (WEEKDAYS as readonly string[]).indexOf(word);
}

const RANGE = /^(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})$/;
const RANGE_HINT = 'write a range as HH:MM-HH:MM, such as 08:00-16:00 (24:00 ends at midnight; 22:00-06:00 runs overnight)';

/** `08:00-16:00`, `00:00-24:00`, `22:00-06:00` (overnight, belongs to the date it starts on). */
export function parseRange(text: unknown): Parsed<Range> {
  if (typeof text !== 'string') return { ok: false, message: `range ${JSON.stringify(text)} is not text`, hint: RANGE_HINT };
  const m = RANGE.exec(text.trim());
  if (m === null) return { ok: false, message: `cannot read "${text}" as a time range`, hint: RANGE_HINT };
  const [sh, sm, eh, em] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (sh > 23 || sm > 59)
    return { ok: false, message: `"${text}": ${m[1]}:${m[2]} is not a time of day`, hint: 'a range starts at 00:00..23:59' };
  if (eh > 24 || em > 59 || (eh === 24 && em > 0))
    return { ok: false, message: `"${text}": ${m[3]}:${m[4]} is not a time of day`, hint: 'a range ends at 00:00..24:00' };
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  if (start === end) {
    const hint =
      start === 0 ? 'write 00:00-24:00 for the whole day' : 'a range needs an end after its start, or before it to run overnight';
    return { ok: false, message: `"${text}" is an empty range`, hint };
  }
  return { ok: true, value: { start, end: end < start ? end + MINUTES_PER_DAY : end } };
}

/** `08:00-16:00` back from a Range (for messages). */
export function formatRange(r: Range): string {
  return `${formatClock(r.start)}-${formatClock(r.end > MINUTES_PER_DAY ? r.end - MINUTES_PER_DAY : r.end)}`;
}

/** `HH:MM` of minutes after midnight. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Valid ranges of a list, sorted by start (compile runs after the check, so all are valid). */
export function rangesOf(list: readonly unknown[]): Range[] {
  const out: Range[] = [];
  for (const text of list) {
    const r = parseRange(text);
    if (r.ok) out.push(r.value);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Weekly ranges per weekday (0 = Monday); `24x7` is 00:00-24:00 every day. */
export function weeklyRanges(hours: Readonly<Record<string, readonly unknown[]>> | '24x7'): Range[][] {
  if (hours === '24x7') return WEEKDAYS.map(() => [{ start: 0, end: MINUTES_PER_DAY }]);
  const week: Range[][] = WEEKDAYS.map(() => []);
  for (const [key, list] of Object.entries(hours)) {
    const days = parseWeekdayKey(key);
    if (!days.ok || !Array.isArray(list)) continue;
    for (const d of days.value) week[d]!.push(...rangesOf(list));
  }
  return week.map((day) => day.sort((a, b) => a.start - b.start));
}
