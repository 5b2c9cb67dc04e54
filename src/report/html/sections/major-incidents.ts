import { formatDuration } from '../../../review/format-values.js';
import { fieldName } from '../../../review/messages.js';
import type { MajorIncidentDoc } from '../../../review/types.js';
import { htmlTable, text, type Row } from '../table.js';
import { metricHtml, sectionHtml, shortInstant, statusHtml, type View } from '../view.js';

/** Section 5: each major incident with its times and the verdict of every metric its policy has. */
export function majorIncidentsHtml(v: View): string {
  const { review: r, m } = v;
  const mi = r.major_incidents;
  if (mi.rule === null) return sectionHtml(v, 4, `<p>${text(m.majorNoRule)}</p>`);
  const rule = Object.entries(mi.rule)
    .map(([field, values]) => `${fieldName(field, v.lang)} = ${values.join(' / ')}`)
    .join(', ');
  const unmatched = mi.unmatched
    .map(
      (u) => `<p class="notice">${text(m.majorUnmatched(u.value === null ? u.field : fieldName(u.field, v.lang), u.value, u.nearest))}</p>`,
    )
    .join('');
  const intro = `<p class="note">${text(m.majorRule(rule))}</p>${unmatched}`;
  if (mi.incidents.length === 0)
    return sectionHtml(v, 4, `${intro}<p>${text(r.cover.no_data === null ? m.majorNone : m.noData[r.cover.no_data])}</p>`);
  const shown = mi.incidents.length < mi.count ? `<p class="note">${text(m.majorShown(mi.incidents.length, mi.count))}</p>` : '';
  return sectionHtml(v, 4, intro + shown + mi.incidents.map((incident) => incidentHtml(incident, v)).join(''));
}

function incidentHtml(x: MajorIncidentDoc, v: View): string {
  const { m, lang } = v;
  const facts: [string, string][] = [
    [m.created, shortInstant(x.created)],
    [m.resolvedAt, x.resolved === null ? (v.review.period.complete ? m.notResolved : m.notResolvedAsOf) : shortInstant(x.resolved)],
    [m.wallTime, formatDuration(x.wall_minutes, lang)],
    [m.businessTime, x.business_minutes === null ? '–' : formatDuration(x.business_minutes, lang)],
  ];
  const hasUpdates = x.records.some((rec) => rec.updates !== null);
  const columns = [
    { header: m.metric },
    { header: m.status },
    { header: m.target, numeric: true },
    { header: m.businessTime, numeric: true },
    { header: m.overBy, numeric: true },
    { header: m.due },
    { header: m.stopped },
    ...(hasUpdates ? [{ header: m.updatesHeader }] : []),
  ];
  const rows: Row[] = x.records.map((rec) => ({
    cells: [
      metricHtml(rec.metric, lang),
      statusHtml(rec.status, m),
      text(formatDuration(rec.target_minutes, lang)),
      text(formatDuration(rec.elapsed_minutes, lang)),
      text(rec.over_minutes === 0 ? '–' : formatDuration(rec.over_minutes, lang)),
      text(shortInstant(rec.due)),
      text(rec.stop === null ? m.statuses.open : shortInstant(rec.stop)),
      ...(hasUpdates ? [text(rec.updates === null ? '–' : m.updates(rec.updates, rec.late_updates ?? 0))] : []),
    ],
  }));
  const head = `<h3>${text(x.ticket)}${x.title === null ? '' : ` · ${text(x.title)}`}</h3><p class="incident-meta">${text([x.priority, x.policy ?? m.noSla].filter((p) => p !== null).join(' · '))}</p>`;
  const dl = `<dl class="facts facts-inline">${facts.map(([k, val]) => `<div><dt>${text(k)}</dt><dd>${text(val)}</dd></div>`).join('')}</dl>`;
  const table = rows.length === 0 ? '' : htmlTable(columns, rows, { className: 'incident' });
  return `<article class="incident">${head}${dl}${table}</article>`;
}
