import type { RecordStatus } from '../../evaluate/types.js';
import { formatLongDate, formatShortInstant, verdictWord } from '../../review/format-values.js';
import { MESSAGES, metricName, type Messages } from '../../review/messages.js';
import type { Language, ReviewDocument } from '../../review/types.js';
import { escapeHtml } from './escape.js';
import { verdictIcon } from './svg/icons.js';

/** What every section renderer gets: the review, its messages and language. */
export type View = { review: ReviewDocument; m: Messages; lang: Language };

export function viewOf(review: ReviewDocument): View {
  return { review, m: MESSAGES[review.language], lang: review.language };
}

/** The sections of SPEC 10.1 in order: anchor id and heading key. */
export const SECTIONS = [
  ['about', 'cover'],
  ['scorecard', 'scorecard'],
  ['trend', 'trend'],
  ['breaches', 'breaches'],
  ['major-incidents', 'major'],
  ['backlog', 'backlog'],
  ['volume', 'volume'],
  ['data-quality', 'dataQuality'],
  ['observations', 'observations'],
] as const satisfies readonly (readonly [string, keyof Messages['sections']])[];

export function sectionHtml(v: View, index: number, body: string): string {
  const [id, key] = SECTIONS[index]!;
  return `<section id="${id}" class="section section-${id}"><h2><span class="secnum">${index + 1}</span>${escapeHtml(v.m.sections[key])}</h2>${body}</section>`;
}

/** Goal met / missed / none: an icon and the word, coloured too. */
export function verdictHtml(met: boolean | null, goal: number | null, m: Messages): string {
  const cls = met === true ? 'verdict-met' : met === false ? 'verdict-missed' : 'verdict-none';
  return `<span class="verdict ${cls}">${verdictIcon(met)}${escapeHtml(verdictWord(met, goal, m))}</span>`;
}

/** A record's status: met with a tick, breached and overdue with a cross, open with a dash. */
export function statusHtml(status: RecordStatus, m: Messages): string {
  const met = status === 'met' ? true : status === 'open' ? null : false;
  const cls = met === true ? 'verdict-met' : met === false ? 'verdict-missed' : 'verdict-none';
  return `<span class="verdict ${cls}">${verdictIcon(met)}${escapeHtml(m.statuses[status])}</span>`;
}

export function metricHtml(metric: string, lang: Language): string {
  return escapeHtml(metricName(metric, lang));
}

/** `5. januar 2027 kl. 12:00` / `5 January 2027, 12:00`. */
export function longDateTime(iso: string, lang: Language): string {
  const time = iso.slice(11, 16);
  return lang === 'da' ? `${formatLongDate(iso, lang)} kl. ${time}` : `${formatLongDate(iso, lang)}, ${time}`;
}

/** `2026-12-08 12:00`, or `–`. */
export function shortInstant(iso: string | null): string {
  return iso === null ? '–' : formatShortInstant(iso);
}

/** The last date inside a period that ends (exclusively) at `to`: the day before when `to` is a midnight. */
export function lastDate(to: string): string {
  if (to.slice(11, 19) !== '00:00:00') return to.slice(0, 10);
  const [y, mo, d] = to.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d - 1));
  return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`;
}
