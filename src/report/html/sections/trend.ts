import { formatAttainment, formatCount, formatGoal, formatMonthShort, formatPeriodName } from '../../../review/format-values.js';
import { metricName } from '../../../review/messages.js';
import { verdictIcon } from '../svg/icons.js';
import { lineChartSvg } from '../svg/line-chart.js';
import { volumeChartSvg } from '../svg/volume-chart.js';
import { htmlTable, text, type Row } from '../table.js';
import { sectionHtml, type View } from '../view.js';

/**
 * Section 3: per metric, a line chart of attainment per policy and month with
 * its goal, then the same figures as a table; then created, resolved and
 * backlog per month as a chart and a table.
 */
export function trendHtml(v: View): string {
  const { review: r, m, lang } = v;
  const months = r.trend.months.map((p) => p.label);
  const xLabels = months.map((label, i) => formatMonthShort(label, lang, i === 0 || label.endsWith('-01')));
  const first = formatPeriodName(months[0]!, lang);
  const last = formatPeriodName(months[months.length - 1]!, lang);
  const metrics = [...new Set(r.trend.attainment.map((s) => s.metric))];
  const figures = metrics.map((metric, k) => {
    const series = r.trend.attainment.filter((s) => s.metric === metric);
    const name = metricName(metric, lang);
    const goals = [...new Set(series.map((s) => s.goal_percent).filter((g): g is number => g !== null))].map((g) => ({
      value: g,
      label: formatGoal(g, lang),
    }));
    const chart = lineChartSvg({
      id: `trend-${k}`,
      title: m.trendAttainment(name),
      description: m.chartAttainmentAlt(name, first, last),
      xLabels,
      series: series.map((s) => ({ name: s.policy, values: s.values, missed: s.goal_met.map((g) => g === false) })),
      goals,
      goalLegend: m.goalLine,
      yTick: (value) => formatGoal(value, lang),
      missedNote: splitNote(m.hollowMarker),
    });
    const rows: Row[] = series.map((s) => ({
      header: true,
      cells: [
        text(s.policy),
        ...s.values.map((value, i) => missedCell(formatAttainment(value, lang, s.goal_percent), s.goal_met[i] ?? null)),
        text(formatGoal(s.goal_percent, lang)),
      ],
    }));
    const table = htmlTable(
      [{ header: m.policy }, ...xLabels.map((header) => ({ header, numeric: true })), { header: m.goal, numeric: true }],
      rows,
      { caption: m.trendAttainment(name), className: 'chart-data' },
    );
    return `<figure><figcaption>${text(m.trendAttainment(name))}</figcaption>${chart}${table}</figure>`;
  });
  const volume = r.trend.volume;
  const chart = volumeChartSvg({
    id: 'trend-volume',
    title: m.trendVolume,
    description: m.chartVolumeAlt(first, last),
    xLabels,
    created: volume.map((x) => x.created),
    resolved: volume.map((x) => x.resolved),
    backlog: volume.map((x) => x.backlog),
    labels: { created: m.created, resolved: m.resolved, backlog: m.backlogAtEnd },
    yTick: (value) => formatCount(value, lang),
  });
  const rows: Row[] = (['created', 'resolved', 'backlog'] as const).map((key) => ({
    header: true,
    cells: [text(key === 'backlog' ? m.backlogAtEnd : m[key]), ...volume.map((x) => text(formatCount(x[key], lang)))],
  }));
  const table = htmlTable([{ header: m.month }, ...xLabels.map((header) => ({ header, numeric: true }))], rows, {
    caption: m.trendVolume,
    className: 'chart-data',
  });
  return sectionHtml(v, 2, figures.join('') + `<figure><figcaption>${text(m.trendVolume)}</figcaption>${chart}${table}</figure>`);
}

/** A missed month is marked with a cross and bold, not by colour alone. */
function missedCell(figure: string, met: boolean | null): string {
  return met === false ? `<span class="verdict-missed">${verdictIcon(false)}${text(figure)}</span>` : text(figure);
}

/** `hollow marker: goal missed` -> two legend lines at the colon. */
function splitNote(note: string): [string, string] {
  const colon = note.indexOf(':');
  return colon === -1 ? [note, ''] : [note.slice(0, colon + 1), note.slice(colon + 1).trim()];
}
