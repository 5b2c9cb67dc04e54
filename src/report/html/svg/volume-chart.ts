import { escapeHtml } from '../escape.js';
import { svgRoot } from './line-chart.js';
import { n, niceAxis } from './numbers.js';

/**
 * Tickets per month: created (solid) and resolved (hatched) as bars side by
 * side, the backlog at each month's end as a line with square markers. A pure
 * function from data to an SVG string; the legend is on the right.
 */
export type VolumeChart = {
  id: string;
  title: string;
  description: string;
  xLabels: readonly string[];
  created: readonly number[];
  resolved: readonly number[];
  backlog: readonly number[];
  labels: { created: string; resolved: string; backlog: string };
  yTick: (value: number) => string;
};

const H = 210;
const PLOT = { left: 46, right: 500, top: 12, bottom: 180 };
const LEGEND_X = 516;

export function volumeChartSvg(c: VolumeChart): string {
  const { step, top } = niceAxis(Math.max(...c.created, ...c.resolved, ...c.backlog), 4);
  const y = (v: number) => PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(1, c.xLabels.length);
  const x = (i: number) => PLOT.left + i * band;
  const bar = Math.min(14, band * 0.32);
  const parts: string[] = [];
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line class="grid" x1="${PLOT.left}" y1="${n(y(v))}" x2="${PLOT.right}" y2="${n(y(v))}"/>`);
    parts.push(`<text class="tick" x="${PLOT.left - 6}" y="${n(y(v) + 3.5)}" text-anchor="end">${escapeHtml(c.yTick(v))}</text>`);
  }
  c.xLabels.forEach((label, i) => {
    const mid = x(i) + band / 2;
    parts.push(`<text class="tick" x="${n(mid)}" y="${PLOT.bottom + 16}" text-anchor="middle">${escapeHtml(label)}</text>`);
    parts.push(
      `<rect class="created" x="${n(mid - bar - 1)}" y="${n(y(c.created[i]!))}" width="${n(bar)}" height="${n(PLOT.bottom - y(c.created[i]!))}"/>`,
    );
    parts.push(
      `<rect class="resolved" x="${n(mid + 1)}" y="${n(y(c.resolved[i]!))}" width="${n(bar)}" height="${n(PLOT.bottom - y(c.resolved[i]!))}"/>`,
    );
  });
  parts.push(`<line class="axis" x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}"/>`);
  const points = c.backlog.map((v, i) => `${n(x(i) + band / 2)},${n(y(v))}`);
  parts.push(`<polyline class="backlog" points="${points.join(' ')}"/>`);
  c.backlog.forEach((v, i) =>
    parts.push(`<rect class="backlog-marker" x="${n(x(i) + band / 2 - 3)}" y="${n(y(v) - 3)}" width="6" height="6"/>`),
  );
  parts.push(legend(c));
  return svgRoot(c.id, c.title, c.description, parts.join(''), 680, H);
}

function legend(c: VolumeChart): string {
  const row = (k: number) => PLOT.top + 8 + 18 * k;
  return [
    `<rect class="created" x="${LEGEND_X}" y="${row(0) - 6}" width="12" height="12"/><text class="legend" x="${LEGEND_X + 20}" y="${row(0) + 4}">${escapeHtml(c.labels.created)}</text>`,
    `<rect class="resolved" x="${LEGEND_X}" y="${row(1) - 6}" width="12" height="12"/><text class="legend" x="${LEGEND_X + 20}" y="${row(1) + 4}">${escapeHtml(c.labels.resolved)}</text>`,
    `<line class="backlog" x1="${LEGEND_X - 4}" y1="${row(2)}" x2="${LEGEND_X + 16}" y2="${row(2)}"/><rect class="backlog-marker" x="${LEGEND_X + 3}" y="${row(2) - 3}" width="6" height="6"/><text class="legend" x="${LEGEND_X + 20}" y="${row(2) + 4}">${escapeHtml(c.labels.backlog)}</text>`,
  ].join('');
}
