import {
  formatAttainment,
  formatCount,
  formatDuration,
  formatGoal,
  formatPeriodName,
  formatPoints,
  formatTarget,
} from '../../../review/format-values.js';
import type { ScorecardRow } from '../../../review/types.js';
import { attainmentBarSvg } from '../svg/attainment-bar.js';
import { htmlTable, text, type Row } from '../table.js';
import { metricHtml, sectionHtml, verdictHtml, type View } from '../view.js';

/** Section 2: per policy and metric, attainment against goal (bar, figure, verdict), the change, and business-time percentiles. */
export function scorecardHtml(v: View): string {
  const { review: r, m, lang } = v;
  const columns = [
    { header: m.policy },
    { header: m.metric },
    { header: m.target, numeric: true },
    { header: m.records, numeric: true },
    { header: m.attainment },
    { header: m.goal },
    { header: m.change, numeric: true },
    { header: m.median, numeric: true },
    { header: m.p90, numeric: true },
  ];
  const rows: Row[] = r.scorecard.map((row, i) => ({
    cells: [
      i > 0 && r.scorecard[i - 1]!.policy === row.policy ? '' : text(row.policy),
      metricHtml(row.metric, lang),
      text(formatTarget(row.target, lang)),
      text(formatCount(row.count, lang)),
      row.count === 0
        ? `<span class="muted">${text(m.noRecords)}</span>`
        : `<span class="attainment-cell">${attainmentBarSvg(row.attainment_percent, row.goal_percent, row.goal_met)}<span class="figure">${text(formatAttainment(row.attainment_percent, lang, row.goal_percent))}</span></span>`,
      `${text(formatGoal(row.goal_percent, lang))} ${verdictHtml(row.goal_met, row.goal_percent, m)}`,
      changeHtml(row, v),
      text(row.median_minutes === null ? '–' : formatDuration(row.median_minutes, lang)),
      text(row.p90_minutes === null ? '–' : formatDuration(row.p90_minutes, lang)),
    ],
    className: row.goal_met === false ? 'row-missed' : undefined,
  }));
  const note = `<p class="note">${text(m.scorecardNote(formatPeriodName(r.previous_period.label, lang)))}</p>`;
  return sectionHtml(v, 1, htmlTable(columns, rows, { className: 'scorecard' }) + note);
}

function changeHtml(row: ScorecardRow, { m, lang }: View): string {
  const previous =
    row.previous_attainment_percent === null
      ? ''
      : `<span class="previous">${text(m.previous)} ${text(formatAttainment(row.previous_attainment_percent, lang, row.goal_percent))}</span>`;
  return `${text(formatPoints(row.change_points, lang))}${previous}`;
}
