import { describe, expect, it } from 'vitest';
import { formatReviewHtml } from '../../src/report/html/page.js';
import { formatReviewMarkdown } from '../../src/report/review-markdown.js';
import { REVIEW_SLA, reviewOf, type Row } from './review-io.js';

/** Reviews without a report: section, of a custom period, and of a period with nothing in it. */
const rows: Row[] = [
  ['T1', '2026-12-07 09:00', 'P2', '2026-12-07 09:30', '2026-12-07 11:00'],
  ['T2', '2026-11-20 09:00', 'P1', '2026-11-20 09:30', '2026-11-20 11:00'],
];

describe('review editions and defaults', () => {
  it('without a report: section: English, twelve months, no deadline, no major incidents; every format renders', async () => {
    const review = await reviewOf(rows, [], REVIEW_SLA.replace(/^report: .*\n/m, ''));
    expect([review.language, review.title, review.trend.months.length, review.cover.deadline, review.major_incidents.rule]).toEqual([
      'en',
      'Monthly service review',
      12,
      null,
      null,
    ]);
    expect(formatReviewHtml(review)).toContain('No rule for major incidents is set (report.major in the SLA file).');
    expect(formatReviewMarkdown(review)).toContain('## 5. Major incidents\n\nNo rule for major incidents is set');
  });

  it('a custom period is compared with the period of the same length just before it (15 days: 1-15 December, 16-30 November)', async () => {
    const review = await reviewOf(rows, ['--from', '2026-12-01', '--to', '2026-12-15']);
    expect([review.edition, review.period.label, review.previous_period.label]).toEqual([
      'custom',
      '2026-12-01..2026-12-15',
      '2026-11-16..2026-11-30',
    ]);
    expect(review.scorecard.find((r) => r.metric === 'response')?.count).toBe(1);
    // The trend ends with the month of the period's last day; the deadline is in the month after it.
    expect(review.trend.months.at(-1)?.label).toBe('2026-12');
    expect(review.cover.deadline?.date).toBe('2027-01-05');
  });

  it('a period with nothing in it: no attainment, nothing to list, every section still there', async () => {
    const review = await reviewOf(rows, ['--month', '2026-06']);
    expect(review.scorecard.every((r) => r.count === 0 && r.attainment_percent === null && r.goal_met === null)).toBe(true);
    expect([review.breaches.count, review.major_incidents.count, review.backlog.total.total, review.observations]).toEqual([0, 0, 0, []]);
    const html = formatReviewHtml(review);
    // Issue 18: no ticket active in the period is no data, not good news: said in words where "no breach" stood.
    expect(review.cover.no_data).toBe('no-ticket-in-period');
    expect(html).toContain('No ticket was active in the period: there is nothing to measure, and no figure below is good news.');
    expect(html).not.toContain('No record breached its target or was overdue in the period.');
    expect(html).toContain('No rule found anything to remark on.');
  });
});
