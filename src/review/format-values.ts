import type { Messages } from './messages.js';
import type { Language } from './types.js';

/**
 * Figures as people read them in the review, in Danish or English. Built by
 * hand from fixed-precision strings (never Intl or toLocaleString, whose
 * output depends on the machine's locale data): Danish gets the decimal
 * comma, a point between thousands and a non-breaking space before `%`.
 */

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** `1234.5` -> `1.234,5` (da) or `1,234.5` (en); `digits` decimals; a real minus sign. */
export function formatNumber(value: number, language: Language, digits = 0): string {
  const [whole, fraction] = Math.abs(value).toFixed(digits).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'da' ? '.' : ',');
  const sign = value < 0 && Number(`${whole}.${fraction ?? '0'}`) !== 0 ? MINUS : '';
  return `${sign}${grouped}${fraction === undefined ? '' : (language === 'da' ? ',' : '.') + fraction}`;
}

/**
 * An attainment with one decimal, rounded half up, except that one under its
 * goal is rounded down when rounding would reach the goal: a missed goal never
 * reads as reached (94.96 % under a 95 % goal shows 94,9 %, not 95,0 %).
 */
export function formatAttainment(percent: number | null, language: Language, goal: number | null = null): string {
  if (percent === null) return '–';
  let tenths = Math.round(percent * 10 + 1e-9);
  if (goal !== null && percent < goal && tenths >= goal * 10) tenths = Math.floor(percent * 10 + 1e-9);
  return withPercent(formatNumber(tenths / 10, language, 1), language);
}

/** A goal as written: `95 %`, `99,5 %`. */
export function formatGoal(percent: number | null, language: Language): string {
  if (percent === null) return '–';
  return withPercent(formatNumber(percent, language, Number.isInteger(percent) ? 0 : Math.min(2, decimals(percent))), language);
}

/** Percentage points with a sign: `+4,2 %-point`, `−1.5 pp`, `±0,0 %-point`. */
export function formatPoints(points: number | null, language: Language): string {
  if (points === null) return '–';
  const rounded = Math.round(points * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '' : '±';
  return `${sign}${formatNumber(rounded, language, 1)}${NBSP}${language === 'da' ? '%-point' : 'pp'}`;
}

export function formatCount(n: number, language: Language): string {
  return formatNumber(n, language);
}

/** A share of a whole, one decimal: `2,5 %`. */
export function formatShare(part: number, whole: number, language: Language): string {
  return whole === 0 ? '–' : withPercent(formatNumber((part * 100) / whole, language, 1), language);
}

/** Business or clock minutes rounded to the minute: `45 min`, `1 t 30 min` (da), `1 h 30 min` (en), `52 h`. */
export function formatDuration(minutes: number, language: Language): string {
  const total = Math.round(Math.abs(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  const hours = `${formatNumber(h, language)}${NBSP}${language === 'da' ? 't' : 'h'}`;
  const text = h === 0 ? `${m}${NBSP}min` : m === 0 ? hours : `${hours} ${m}${NBSP}min`;
  return minutes < 0 && total > 0 ? `${MINUS}${text}` : text;
}

/** A target as written (`30m`, `1h30m`, `3bd`) in words: `30 min`, `1 t 30 min`, `3 arbejdsdage` / `3 business days`. */
export function formatTarget(written: string, language: Language): string {
  const days = /^(\d+)bd$/.exec(written);
  if (days !== null) {
    const n = Number(days[1]);
    return language === 'da' ? `${n}${NBSP}arbejdsdag${n === 1 ? '' : 'e'}` : `${n}${NBSP}business day${n === 1 ? '' : 's'}`;
  }
  const time = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(written);
  if (time === null) return written;
  return formatDuration(Number(time[1] ?? 0) * 60 + Number(time[2] ?? 0) + Number(time[3] ?? 0) / 60, language);
}

const MONTHS: Record<Language, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2027-01-08` (or an ISO instant: its local date) -> `8. januar 2027` / `8 January 2027`. */
export function formatLongDate(iso: string, language: Language): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return language === 'da' ? `${d}. ${MONTHS.da[m - 1]} ${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`;
}

/** `2026-12-08T12:00:00+01:00` -> `2026-12-08 12:00`: local time as the SLA's zone has it (the offset is on the cover). */
export function formatShortInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** `2026-12` -> `December 2026` / `december 2026`; `2026-Q4` -> `Q4 2026` / `4. kvartal 2026`; `2026-10` short: `Oct`/`okt`. */
export function formatPeriodName(label: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month !== null) return `${MONTHS[language][Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter !== null) return language === 'da' ? `${quarter[2]}. kvartal ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const range = /^(.+)\.\.(.+)$/.exec(label);
  return range === null ? label : `${range[1]} – ${range[2]}`;
}

/** A month label `2026-10` as a short axis label: `okt` / `Oct`, with the year when it is January or the first. */
export function formatMonthShort(label: string, language: Language, withYear: boolean): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  const name = MONTHS[language][m - 1]!.slice(0, 3);
  return withYear ? `${name} ${String(y).slice(2)}` : name;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withPercent(number: string, language: Language): string {
  return language === 'da' ? `${number}${NBSP}%` : `${number}%`;
}

function decimals(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** A row without a verdict says why: no goal, or a goal but no record to judge it by. */
export function verdictWord(met: boolean | null, goal: number | null, m: Messages): string {
  if (met === null && goal !== null) return m.noVerdict;
  return m.verdict[String(met) as 'true' | 'false' | 'null'];
}
