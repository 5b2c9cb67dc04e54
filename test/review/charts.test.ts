import { describe, expect, it } from 'vitest';
import { attainmentBarSvg } from '../../src/report/html/svg/attainment-bar.js';
import { lineChartSvg, type LineChart } from '../../src/report/html/svg/line-chart.js';
import { n, niceAxis } from '../../src/report/html/svg/numbers.js';
import { timelineBarSvg } from '../../src/report/html/svg/timeline-bar.js';
import { volumeChartSvg } from '../../src/report/html/svg/volume-chart.js';

/** The charts are pure functions from data to SVG text with fixed number formatting. */
const chart: LineChart = {
  id: 'c',
  title: 'Response',
  description: 'Attainment per month',
  xLabels: ['Oct', 'Nov', 'Dec'],
  series: [{ name: 'P1', values: [100, null, 66.67], missed: [false, false, true] }],
  goals: [{ value: 95, label: '95%' }],
  goalLegend: 'goal',
  yTick: (v) => `${v}%`,
  missedNote: ['hollow:', 'goal missed'],
};

describe('SVG charts', () => {
  it('formats coordinates with at most one decimal, never -0 or an exponent', () => {
    expect([n(12), n(12.25), n(-0.04), n(1 / 3), n(1e-7)]).toEqual(['12', '12.3', '0', '0.3', '0']);
    expect([niceAxis(36, 4), niceAxis(0, 4), niceAxis(83_000, 4)]).toEqual([
      { step: 10, top: 40 },
      { step: 1, top: 1 },
      { step: 50_000, top: 100_000 },
    ]);
  });

  it('gives the same bytes for the same data, with a title, a description and no namespace URL', () => {
    const svg = lineChartSvg(chart);
    expect(lineChartSvg(chart)).toBe(svg);
    expect(svg).toMatch(
      /^<svg class="chart" viewBox="0 0 680 230" width="680" height="230" role="img" aria-labelledby="c-t c-d"><title id="c-t">Response<\/title><desc id="c-d">Attainment per month<\/desc>/,
    );
    expect(svg).not.toContain('http');
  });

  it('breaks the line at a month without a value and draws a missed month hollow', () => {
    const svg = lineChartSvg(chart);
    expect(svg).not.toContain('<polyline class="series"');
    expect(svg.match(/<circle [^>]*fill="#ffffff"/g)?.length).toBe(2); // December's point and the legend's example
  });

  it('escapes text', () => {
    expect(lineChartSvg({ ...chart, title: 'A <b> & "c"' })).toContain('<title id="c-t">A &lt;b&gt; &amp; &quot;c&quot;</title>');
  });

  it('draws volume bars, a timeline with its late part and an attainment bar', () => {
    const volume = volumeChartSvg({
      id: 'v',
      title: 't',
      description: 'd',
      xLabels: ['a', 'b'],
      created: [3, 0],
      resolved: [1, 2],
      backlog: [2, 0],
      labels: { created: 'c', resolved: 'r', backlog: 'b' },
      yTick: String,
    });
    expect(volume.match(/<rect class="created"/g)?.length).toBe(3); // two months and the legend
    // 0-60 counted, due at 30: half of the bar counted, half late; the due mark in the middle.
    const timeline = timelineBarSvg({ label: 'x', start: 0, end: 60, due: 30, segments: [{ kind: 'counted', from: 0, to: 60 }] });
    expect(timeline).toContain(
      '<rect class="tl-counted" x="0" y="1" width="100" height="12"/><rect class="tl-late" x="100" y="1" width="100" height="12"/><line class="tl-due" x1="100"',
    );
    expect(attainmentBarSvg(50, 90, false)).toContain(
      '<rect class="ab-missed" x="0" y="2" width="55" height="8"/><line class="ab-goal" x1="99"',
    );
  });
});
