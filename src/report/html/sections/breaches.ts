import { formatDuration } from '../../../review/format-values.js';
import type { BreachDoc } from '../../../review/types.js';
import { timelineBarSvg } from '../svg/timeline-bar.js';
import { htmlTable, text, type Row } from '../table.js';
import { metricHtml, sectionHtml, shortInstant, statusHtml, type View } from '../view.js';

/** Section 4: breached and overdue records with time over target, paused and outside hours, and a timeline bar each. */
export function breachesHtml(v: View): string {
  const { review: r, m, lang } = v;
  const b = r.breaches;
  if (b.count === 0) return sectionHtml(v, 3, `<p>${text(r.cover.no_data === null ? m.breachesNone : m.noData[r.cover.no_data])}</p>`);
  const columns = [
    { header: m.ticket },
    { header: m.metric },
    { header: m.status },
    { header: `${m.due} / ${m.stopped}` },
    { header: m.overBy, numeric: true },
    { header: m.paused, numeric: true },
    { header: m.closedTime, numeric: true },
    { header: m.timeline },
  ];
  const rows: Row[] = b.records.map((x) => ({
    cells: [
      `<strong>${text(x.ticket)}</strong>${x.title === null ? '' : `<span class="sub">${text(x.title)}</span>`}`,
      `${metricHtml(x.metric, lang)}<span class="sub">${text(x.priority ?? x.policy)}</span>`,
      statusHtml(x.status, m),
      `<span class="nowrap">${text(shortInstant(x.due))}</span><span class="sub nowrap">${text(x.stop === null ? m.statuses.overdue : shortInstant(x.stop))}</span>`,
      `<strong>${text(formatDuration(x.over_minutes, lang))}</strong>`,
      text(formatDuration(x.paused_minutes, lang)),
      text(formatDuration(x.outside_hours_minutes + x.holiday_minutes, lang)),
      timelineBarSvg({
        label: timelineLabel(x, v),
        start: Date.parse(x.start),
        end: Date.parse(x.judged_at),
        due: Date.parse(x.due),
        segments: x.segments.map((s) => ({ kind: s.kind, from: Date.parse(s.from), to: Date.parse(s.to) })),
      }),
    ],
  }));
  const shown = b.listed < b.count ? `<p class="note">${text(m.breachesShown(b.listed, b.count))}</p>` : '';
  const legend = `<p class="note legend-line">${text(m.timeline)}: ${legendKeys(v)}</p>`;
  return sectionHtml(v, 3, htmlTable(columns, rows, { className: 'breaches' }) + shown + legend);
}

/** The bar's text alternative: time of each kind, in words. */
function timelineLabel(x: BreachDoc, { m, lang }: View): string {
  const sums = new Map<string, number>();
  for (const s of x.segments) sums.set(s.kind, (sums.get(s.kind) ?? 0) + s.minutes);
  const parts = ['counted', 'paused', 'outside-hours', 'holiday']
    .filter((k) => sums.has(k))
    .map((k) => `${m.segmentKinds[k]} ${formatDuration(sums.get(k)!, lang)}`);
  return `${x.ticket}: ${m.timelineAlt(parts.join(', '))}`;
}

/** Each kind of piece with its swatch, and the due mark. */
function legendKeys({ m }: View): string {
  const swatch = (cls: string) =>
    `<svg class="swatch" viewBox="0 0 12 10" width="12" height="10" aria-hidden="true" focusable="false"><rect class="${cls}" width="12" height="10"/></svg>`;
  const due =
    '<svg class="swatch" viewBox="0 0 12 10" width="12" height="10" aria-hidden="true" focusable="false"><line class="tl-due" x1="6" y1="0" x2="6" y2="10"/></svg>';
  const keys: [string, string][] = [
    [swatch('tl-counted'), m.timelineKeys.counted],
    [swatch('tl-late'), m.timelineKeys.late],
    [swatch('tl-paused'), m.timelineKeys.paused],
    [swatch('tl-outside-hours'), m.timelineKeys.outside],
    [swatch('tl-holiday'), m.timelineKeys.holiday],
    [due, m.timelineKeys.due],
  ];
  return keys.map(([svg, label]) => `<span class="key">${svg}${text(label)}</span>`).join('');
}
