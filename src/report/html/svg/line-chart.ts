import { escapeHtml } from '../escape.js';
import { n } from './numbers.js';
import { markerSvg, SERIES_STYLES } from './series-style.js';

/**
 * Attainment per month as lines, one per series, with the goal as a dashed
 * line: a pure function from data to an SVG string. A month without a value
 * breaks the line; a point under its goal is drawn hollow, so that a miss
 * shows in shape as well as in position. Each series has its own marker and
 * dash, not only its own colour. The legend is on the right.
 */
export type LineSeries = { name: string; values: readonly (number | null)[]; missed: readonly (boolean | null)[] };

export type LineChart = {
  /** Unique in the page: the ids of the title and description start with it. */
  id: string;
  title: string;
  description: string;
  xLabels: readonly string[];
  series: readonly LineSeries[];
  /** Each goal line with its label at the right end (`95 %`), and the legend's word for them. */
  goals: readonly { value: number; label: string }[];
  goalLegend: string;
  yTick: (value: number) => string;
  /** The legend's explanation of a hollow marker, two short lines. */
  missedNote: readonly [string, string];
};

const W = 680;
const H = 230;
const PLOT = { left: 46, right: 478, top: 14, bottom: 200 };
const LEGEND_X = 526;

export function lineChartSvg(c: LineChart): string {
  const all = [...c.series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...c.goals.map((g) => g.value)];
  const lowest = all.length === 0 ? 100 : Math.min(...all);
  const yMin = Math.min(80, Math.max(0, Math.floor((lowest - 5) / 10) * 10));
  const step = 100 - yMin > 50 ? 20 : 10;
  const y = (v: number) => PLOT.bottom - ((v - yMin) / (100 - yMin)) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(1, c.xLabels.length);
  const x = (i: number) => PLOT.left + (i + 0.5) * band;
  const parts: string[] = [];
  for (let v = yMin; v <= 100; v += step) {
    parts.push(`<line class="grid" x1="${PLOT.left}" y1="${n(y(v))}" x2="${PLOT.right}" y2="${n(y(v))}"/>`);
    parts.push(`<text class="tick" x="${PLOT.left - 6}" y="${n(y(v) + 3.5)}" text-anchor="end">${escapeHtml(c.yTick(v))}</text>`);
  }
  c.xLabels.forEach((label, i) =>
    parts.push(`<text class="tick" x="${n(x(i))}" y="${PLOT.bottom + 16}" text-anchor="middle">${escapeHtml(label)}</text>`),
  );
  for (const goal of c.goals) {
    parts.push(`<line class="goal" x1="${PLOT.left}" y1="${n(y(goal.value))}" x2="${PLOT.right}" y2="${n(y(goal.value))}"/>`);
    parts.push(`<text class="goal-label" x="${PLOT.right + 4}" y="${n(y(goal.value) + 3.5)}">${escapeHtml(goal.label)}</text>`);
  }
  c.series.forEach((s, k) => parts.push(seriesSvg(s, k, x, y)));
  parts.push(legendSvg(c));
  return svgRoot(c.id, c.title, c.description, parts.join(''));
}

function seriesSvg(s: LineSeries, k: number, x: (i: number) => number, y: (v: number) => number): string {
  const style = SERIES_STYLES[k % SERIES_STYLES.length]!;
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1)
      runs.push(
        `<polyline class="series" points="${run.join(' ')}" stroke="${style.colour}"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}/>`,
      );
    run = [];
  };
  s.values.forEach((v, i) => (v === null ? flush() : run.push(`${n(x(i))},${n(y(v))}`)));
  flush();
  const markers = s.values.map((v, i) => (v === null ? '' : markerSvg(style, x(i), y(v), s.missed[i] === true))).join('');
  return `<g>${runs.join('')}${markers}</g>`;
}

function legendSvg(c: LineChart): string {
  const rows: string[] = [];
  let row = 0;
  const at = () => PLOT.top + 8 + 17 * row++;
  c.series.forEach((s, k) => {
    const style = SERIES_STYLES[k % SERIES_STYLES.length]!;
    const top = at();
    rows.push(
      `<line class="series" x1="${LEGEND_X}" y1="${top}" x2="${LEGEND_X + 24}" y2="${top}" stroke="${style.colour}"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}/>`,
    );
    rows.push(markerSvg(style, LEGEND_X + 12, top, false));
    rows.push(`<text class="legend" x="${LEGEND_X + 32}" y="${top + 4}">${escapeHtml(shorten(s.name))}</text>`);
  });
  if (c.goals.length > 0) {
    const top = at();
    rows.push(`<line class="goal" x1="${LEGEND_X}" y1="${top}" x2="${LEGEND_X + 24}" y2="${top}"/>`);
    rows.push(`<text class="legend" x="${LEGEND_X + 32}" y="${top + 4}">${escapeHtml(c.goalLegend)}</text>`);
  }
  const top = at() + 4;
  rows.push(markerSvg(SERIES_STYLES[0]!, LEGEND_X + 12, top, true));
  rows.push(`<text class="legend" x="${LEGEND_X + 32}" y="${top + 4}">${escapeHtml(c.missedNote[0])}</text>`);
  rows.push(`<text class="legend" x="${LEGEND_X + 32}" y="${top + 18}">${escapeHtml(c.missedNote[1])}</text>`);
  return rows.join('');
}

/** The legend has room for about 22 characters; the data table below the chart has the full name. */
function shorten(name: string): string {
  return name.length <= 22 ? name : `${name.slice(0, 21)}…`;
}

/** The root element: sized by its viewBox, labelled by its title and description (the text alternative). */
export function svgRoot(id: string, title: string, description: string, body: string, width = W, height = H): string {
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>${body}</svg>`;
}
