import { naiveMillis, naiveToInstant, type Instant } from '../calendar/wall-clock.js';

/**
 * An instant given on the command line (`--from`, `--to`, `--as-of`): ISO 8601
 * `2026-04-01`, `2026-04-01T15:00`, `2026-04-01 15:00:30.250`, with `Z` or an
 * offset (`+02:00`, `+0200`). Without an offset it is wall-clock time in
 * `zone` (the SLA's), resolved by SPEC 3's daylight-saving rules; a date alone
 * is the start of that day.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export const INSTANT_FORMS = '2026-04-01, 2026-04-01T15:00, 2026-04-01T15:00:00+02:00 or 2026-04-01T13:00Z';

export function parseInstant(text: string, zone: string): { ok: true; at: Instant } | { ok: false; message: string } {
  const m = ISO.exec(text.trim());
  if (m === null) return { ok: false, message: `cannot read "${text}" as a time; write ISO 8601, e.g. ${INSTANT_FORMS}` };
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millisecond = Number((m[7] ?? '').padEnd(3, '0'));
  const local = { year, month, day, hour, minute, second, millisecond };
  const naive = naiveMillis(local);
  const back = new Date(naive);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() + 1 !== month ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return { ok: false, message: `"${text}" is not a real date and time` };
  }
  const offset = m[8];
  if (offset === undefined) return { ok: true, at: naiveToInstant(zone, naive).at };
  return { ok: true, at: naive - offsetMinutes(offset) * 60_000 };
}

function offsetMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return text.startsWith('-') ? -minutes : minutes;
}
