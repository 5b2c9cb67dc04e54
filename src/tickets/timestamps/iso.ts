import { finish, ParseStatus, type DateFormat, type Parsed } from './date-format.js';

/**
 * ISO 8601 as exports write it: `2026-03-04`, `2026-03-04T10:15`,
 * `2026-03-04 10:15:30.123`, `2026-03-04 9:15` (Excel), with `Z`, `+01:00`, `+0100` or `+01` (Jira and
 * TOPdesk APIs write the offset without a colon), also after one space (`10:15:30 +0100`), or naive. Hand-written,
 * one pass over the characters, no regular expression.
 */
export const isoFormat: DateFormat = { text: 'ISO 8601', order: 'iso', parse: parseIso };

function digits(s: string, at: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const c = s.charCodeAt(at + k) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

function parseIso(s: string, out: Parsed): ParseStatus {
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return ParseStatus.unreadable;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 0 || day < 0) return ParseStatus.unreadable;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  out.offset = Number.NaN;
  if (i < n) {
    const sep = s.charCodeAt(i);
    if (sep !== 84 && sep !== 116 && sep !== 32) return ParseStatus.unreadable; // T, t or space
    hour = digits(s, i + 1, 2);
    // Excel's `yyyy-mm-dd h:mm` writes one digit before ten o'clock: `2026-10-05 9:00`.
    const short = hour < 0 && sep === 32 && s.charCodeAt(i + 2) === 58 ? 1 : 0;
    if (short === 1) hour = digits(s, i + 1, 1);
    if (hour < 0 || s.charCodeAt(i + 3 - short) !== 58) return ParseStatus.unreadable;
    i -= short;
    minute = digits(s, i + 4, 2);
    if (minute < 0) return ParseStatus.unreadable;
    i += 6;
    if (i < n && s.charCodeAt(i) === 58) {
      second = digits(s, i + 1, 2);
      if (second < 0) return ParseStatus.unreadable;
      i += 3;
      if (i < n && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44)) {
        // Fractions beyond milliseconds are truncated, as luxon does.
        let k = 0;
        let v = 0;
        i++;
        for (; i < n; i++, k++) {
          const c = s.charCodeAt(i) - 48;
          if (!(c >= 0 && c <= 9)) break;
          if (k < 3) v = v * 10 + c;
        }
        if (k === 0) return ParseStatus.unreadable;
        ms = k === 1 ? v * 100 : k === 2 ? v * 10 : v;
      }
    }
    if (i < n) {
      // Ruby's Time#to_s (Zendesk's CSV, unconfirmed) puts a space before the offset: `2026-10-05 09:30:00 +0200`.
      if (s.charCodeAt(i) === 32 && i + 1 < n) {
        const sign = s.charCodeAt(i + 1);
        if (sign === 43 || sign === 45 || sign === 0x2212) i++;
      }
      const offsetEnd = readOffset(s, i, out);
      if (offsetEnd !== n) return ParseStatus.unreadable;
    }
  }
  return finish(out, year, month, day, hour, minute, second, ms);
}

/** `Z`, `±HH:mm`, `±HHmm` or `±HH` at `at`: sets out.offset and returns the index after it, or -1. */
export function readOffset(s: string, at: number, out: Parsed): number {
  const c = s.charCodeAt(at);
  if (c === 90 || c === 122) {
    out.offset = 0;
    return at + 1;
  }
  if (c !== 43 && c !== 45 && c !== 0x2212) return -1;
  const hours = digits(s, at + 1, 2);
  if (hours < 0) return -1;
  let i = at + 3;
  let minutes = 0;
  if (s.charCodeAt(i) === 58) {
    minutes = digits(s, i + 1, 2);
    if (minutes < 0) return -1;
    i += 3;
  } else {
    const m = digits(s, i, 2);
    if (m >= 0) {
      minutes = m;
      i += 2;
    }
  }
  if (hours > 23 || minutes > 59) return -1;
  const total = hours * 60 + minutes;
  out.offset = c === 43 ? total : -total;
  return i;
}
