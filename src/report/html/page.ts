import { formatPeriodName } from '../../review/format-values.js';
import type { ReviewDocument } from '../../review/types.js';
import { CSS } from './css.js';
import { escapeHtml } from './escape.js';
import { backlogHtml } from './sections/backlog.js';
import { breachesHtml } from './sections/breaches.js';
import { aboutHtml, coverHtml } from './sections/cover.js';
import { dataQualityHtml } from './sections/data-quality.js';
import { majorIncidentsHtml } from './sections/major-incidents.js';
import { observationsHtml } from './sections/observations.js';
import { scorecardHtml } from './sections/scorecard.js';
import { trendHtml } from './sections/trend.js';
import { volumeHtml } from './sections/volume.js';
import { PATTERNS } from './svg/patterns.js';
import { viewOf } from './view.js';

/**
 * The review as one self-contained HTML file (SPEC 10.2): inline CSS, charts
 * as inline SVG written here, no script, no external URL of any kind (not
 * even an SVG namespace: inline SVG in HTML needs none). The same review
 * gives the same bytes.
 */
export function formatReviewHtml(review: ReviewDocument): string {
  const v = viewOf(review);
  const { m } = v;
  const body = [
    coverHtml(v),
    aboutHtml(v),
    scorecardHtml(v),
    trendHtml(v),
    breachesHtml(v),
    majorIncidentsHtml(v),
    backlogHtml(v),
    volumeHtml(v),
    dataQualityHtml(v),
    observationsHtml(v),
    `<footer class="page-end">${escapeHtml(m.footer(review.agreement, formatPeriodName(review.period.label, review.language)))} · slacheck</footer>`,
  ].join('\n');
  return [
    '<!doctype html>',
    `<html lang="${review.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${review.title} · ${review.agreement}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    PATTERNS,
    `<main class="paper">\n${body}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
