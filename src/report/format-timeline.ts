import { formatMinutes } from '../sla/values/duration.js';
import type { Timeline } from '../sla/calendar-timeline.js';
import { columns } from './plain-columns.js';

/** `slacheck calendar` as text: the stretch's head, then one line per segment. */
export function formatTimeline(t: Timeline): string {
  const head = columns([
    ['calendar', `${t.calendar} (${t.timezone})`],
    ['from', t.from],
    ...(t.add === null
      ? [['to', t.to]]
      : [
          ['add', t.add],
          ['due', t.due ?? t.to],
        ]),
    ['business time', `${formatMinutes(t.business_minutes)} (${trimNumber(t.business_minutes)} minutes)`],
  ]);
  const rows = t.segments.map((s) => [s.from, s.to, formatMinutes(s.minutes), s.kind, s.label ?? '', s.source ?? '']);
  const body = rows.length === 0 ? ['(an empty span)'] : columns([['from', 'to', 'length', 'segment', 'holiday', 'closed by'], ...rows]);
  return `${[...head, '', ...body].join('\n')}\n`;
}

/** Minutes print as integers when whole, else with up to three decimals: deterministic, no locale. */
function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
