import { naiveToInstant } from '../wall-clock.js';
import type { IcsFile } from './ics-file.js';
import { icsClosures } from './ics-closures.js';

/**
 * What one ICS file closes year by year, for `slacheck validate`: the
 * dates its whole-day events close and the timed closures that reach into
 * the year, in a calendar's zone, before holidays and overrides. The years:
 * from the first year its events start in to the last year the file writes
 * (a DTSTART, DTEND, RDATE or UNTIL) or the year asked, whichever is later,
 * at most ten years either side of the year asked, so a file that stops
 * short of the tickets' years shows it.
 */
export type IcsYearCount = { year: number; closedDays: number; timedClosures: number };

const REACH = 10;

export function icsYearCounts(file: IcsFile, zone: string, asked: number): IcsYearCount[] {
  const written = yearsWritten(file);
  if (written === undefined) return [];
  const first = Math.max(written.first, asked - REACH);
  const last = Math.min(Math.max(written.last, asked), asked + REACH);
  const closures = icsClosures([file], zone);
  const out: IcsYearCount[] = [];
  for (let year = first; year <= last; year++) {
    const [from, to] = [naiveToInstant(zone, Date.UTC(year, 0, 1)).at, naiveToInstant(zone, Date.UTC(year + 1, 0, 1)).at];
    const closed = closures.ofYear(year);
    out.push({ year, closedDays: closed.dates.size, timedClosures: closed.spans.filter((s) => s.from < to && s.to > from).length });
  }
  return out;
}

function yearsWritten(file: IcsFile): { first: number; last: number } | undefined {
  const years: number[] = [];
  const yearOf = (naive: number) => new Date(naive).getUTCFullYear();
  for (const e of file.events) {
    years.push(yearOf(e.start.naive));
    if (e.length.kind === 'end') years.push(yearOf(e.length.end.naive));
    if (e.length.kind === 'days') years.push(yearOf(e.start.naive + (e.length.days - 1) * 86_400_000));
    for (const r of e.rdates) years.push(yearOf(r.start.naive));
    for (const rule of e.rules) if (rule.until !== null) years.push(rule.until.year);
  }
  return years.length === 0 ? undefined : { first: Math.min(...years), last: Math.max(...years) };
}
