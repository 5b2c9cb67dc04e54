import { isoFormat, readOffset } from './iso.js';
import { isNameChar, monthNumber, weekdayNumber } from './month-names.js';
import { finish, ParseStatus, type DateFormat, type FieldOrder, type Parsed } from './date-format.js';

/**
 * A date format in luxon tokens (`dd/MMM/yy h:mm a`, `d.M.yyyy HH:mm`),
 * compiled once into a list of steps that one loop walks per value: no luxon
 * and no regular expression per value. Numbers accept fewer digits than the
 * token shows (`dd` reads `5` as well as `05`) because spreadsheets drop
 * leading zeros; a value that luxon reads, this reads the same.
 */

const enum Kind {
  Year,
  Year2,
  Month,
  Day,
  Hour,
  Hour12,
  Minute,
  Second,
  Fraction,
  MonthName,
  Weekday,
  Meridiem,
  Offset,
  Literal,
  Space,
}

type Step = { kind: Kind; min: number; max: number; text: string };

const NUMERIC: Readonly<Record<string, { kind: Kind; min: number; max: number }>> = {
  yyyy: { kind: Kind.Year, min: 4, max: 4 },
  y: { kind: Kind.Year, min: 1, max: 6 },
  yy: { kind: Kind.Year2, min: 2, max: 2 },
  M: { kind: Kind.Month, min: 1, max: 2 },
  MM: { kind: Kind.Month, min: 1, max: 2 },
  L: { kind: Kind.Month, min: 1, max: 2 },
  LL: { kind: Kind.Month, min: 1, max: 2 },
  d: { kind: Kind.Day, min: 1, max: 2 },
  dd: { kind: Kind.Day, min: 1, max: 2 },
  H: { kind: Kind.Hour, min: 1, max: 2 },
  HH: { kind: Kind.Hour, min: 1, max: 2 },
  h: { kind: Kind.Hour12, min: 1, max: 2 },
  hh: { kind: Kind.Hour12, min: 1, max: 2 },
  m: { kind: Kind.Minute, min: 1, max: 2 },
  mm: { kind: Kind.Minute, min: 1, max: 2 },
  s: { kind: Kind.Second, min: 1, max: 2 },
  ss: { kind: Kind.Second, min: 1, max: 2 },
  S: { kind: Kind.Fraction, min: 1, max: 9 },
  SSS: { kind: Kind.Fraction, min: 1, max: 9 },
};

const NAMED: Readonly<Record<string, Kind>> = {
  MMM: Kind.MonthName,
  MMMM: Kind.MonthName,
  LLL: Kind.MonthName,
  LLLL: Kind.MonthName,
  EEE: Kind.Weekday,
  EEEE: Kind.Weekday,
  ccc: Kind.Weekday,
  cccc: Kind.Weekday,
  a: Kind.Meridiem,
  Z: Kind.Offset,
  ZZ: Kind.Offset,
  ZZZ: Kind.Offset,
};

const ISO_LAYOUT = /^yyyy-MM-dd(?: |'T')HH:mm(?::ss(?:\.SSS)?)?$/;

/** Compile a luxon-token format; a token we do not read is returned as an error message. */
export function compileTokenFormat(text: string): DateFormat | { error: string } {
  // The ISO layouts are read by the hand-written ISO parser: a third of the time of the step walk.
  if (ISO_LAYOUT.test(text)) return { text, order: 'ymd', parse: isoFormat.parse };
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { error: `unclosed quote in date format "${text}"` };
      const literal = end === i + 1 ? "'" : text.slice(i + 1, end);
      steps.push({ kind: Kind.Literal, min: 0, max: 0, text: literal });
      i = end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let end = i;
      while (text[end] === ch) end++;
      const token = text.slice(i, end);
      const numeric = NUMERIC[token];
      const named = NAMED[token];
      if (numeric !== undefined) steps.push({ ...numeric, text: token });
      else if (named !== undefined) steps.push({ kind: named, min: 0, max: 0, text: token });
      else if (token === 'T') steps.push({ kind: Kind.Literal, min: 0, max: 0, text: 'T' });
      else return { error: `unsupported token "${token}" in date format "${text}"` };
      i = end;
    } else if (ch === ' ') {
      while (text[i] === ' ') i++;
      steps.push({ kind: Kind.Space, min: 0, max: 0, text: ' ' });
    } else {
      steps.push({ kind: Kind.Literal, min: 0, max: 0, text: ch });
      i++;
    }
  }
  const kinds = new Set(steps.map((s) => s.kind));
  if (!kinds.has(Kind.Year) && !kinds.has(Kind.Year2)) return { error: `date format "${text}" has no year (yyyy or yy)` };
  if (!kinds.has(Kind.Month) && !kinds.has(Kind.MonthName)) return { error: `date format "${text}" has no month (MM or MMM)` };
  if (!kinds.has(Kind.Day)) return { error: `date format "${text}" has no day (dd)` };
  if (kinds.has(Kind.Hour12) !== kinds.has(Kind.Meridiem))
    return { error: `date format "${text}" mixes 12-hour and 24-hour tokens (h needs a, H does not)` };
  const frozen = steps.map((s) => Object.freeze(s));
  return { text, order: orderOf(frozen), parse: (value, out) => parseSteps(frozen, value, out) };
}

function orderOf(steps: readonly Step[]): FieldOrder {
  const first = steps.find(
    (s) => s.kind === Kind.Year || s.kind === Kind.Year2 || s.kind === Kind.Month || s.kind === Kind.Day || s.kind === Kind.MonthName,
  );
  if (steps.some((s) => s.kind === Kind.MonthName)) return 'named';
  if (first?.kind === Kind.Day) return 'dmy';
  if (first?.kind === Kind.Month) return 'mdy';
  return 'ymd';
}

/** Walk the steps over one value. At most one pass over the characters. */
function parseSteps(steps: readonly Step[], s: string, out: Parsed): ParseStatus {
  const n = s.length;
  let i = 0;
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let pm = -1;
  let weekday = 0;
  out.offset = Number.NaN;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    switch (step.kind) {
      case Kind.Literal: {
        const t = step.text;
        if (s.startsWith(t, i)) i += t.length;
        else return ParseStatus.unreadable;
        break;
      }
      case Kind.Space: {
        if (s.charCodeAt(i) !== 32) return ParseStatus.unreadable;
        while (s.charCodeAt(i) === 32) i++;
        break;
      }
      case Kind.MonthName:
      case Kind.Weekday: {
        const start = i;
        while (i < n && isNameChar(s.charCodeAt(i))) i++;
        const name = s.slice(start, i);
        if (s.charCodeAt(i) === 46) i++; // "okt." as well as "okt"
        const v = step.kind === Kind.MonthName ? monthNumber(name) : weekdayNumber(name);
        if (v === 0) return ParseStatus.unreadable;
        if (step.kind === Kind.MonthName) month = v;
        else weekday = v;
        break;
      }
      case Kind.Meridiem: {
        const c = s.charCodeAt(i) | 32;
        if (c !== 97 && c !== 112) return ParseStatus.unreadable;
        pm = c === 112 ? 1 : 0;
        i++;
        if (s.charCodeAt(i) === 46) i++;
        if ((s.charCodeAt(i) | 32) !== 109) return ParseStatus.unreadable;
        i++;
        if (s.charCodeAt(i) === 46) i++;
        break;
      }
      case Kind.Offset: {
        i = readOffset(s, i, out);
        if (i < 0) return ParseStatus.unreadable;
        break;
      }
      default: {
        let v = 0;
        let count = 0;
        while (count < step.max && i < n) {
          const c = s.charCodeAt(i) - 48;
          if (!(c >= 0 && c <= 9)) break;
          if (step.kind !== Kind.Fraction || count < 3) v = v * 10 + c;
          i++;
          count++;
        }
        if (count < step.min) return ParseStatus.unreadable;
        switch (step.kind) {
          case Kind.Year:
            year = v;
            break;
          // Luxon's two-digit cutoff: 61-99 -> 19xx, 00-60 -> 20xx.
          case Kind.Year2:
            year = v > 60 ? 1900 + v : 2000 + v;
            break;
          case Kind.Month:
            month = v;
            break;
          case Kind.Day:
            day = v;
            break;
          case Kind.Hour:
          case Kind.Hour12:
            hour = v;
            break;
          case Kind.Minute:
            minute = v;
            break;
          case Kind.Second:
            second = v;
            break;
          case Kind.Fraction:
            ms = count === 1 ? v * 100 : count === 2 ? v * 10 : v;
            break;
        }
      }
    }
  }
  if (i !== n) return ParseStatus.unreadable;
  if (pm >= 0) {
    if (hour < 1 || hour > 12) return ParseStatus.impossible;
    hour = (hour % 12) + (pm === 1 ? 12 : 0);
  }
  const status = finish(out, year, month, day, hour, minute, second, ms);
  if (status === ParseStatus.ok && weekday !== 0 && weekdayOf(out.naive) !== weekday) return ParseStatus.impossible;
  return status;
}

/** Monday = 1 … Sunday = 7 of a naive epoch number. */
function weekdayOf(naive: number): number {
  const days = Math.floor(naive / 86_400_000);
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}
