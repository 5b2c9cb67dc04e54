// npm run bench -- review: `slacheck review --format html` with a 12-month
// trend (the built CLI, in its own process) on the report benchmark's files
// (1,000,000 tickets, about 3.3 million history rows; bench/report-data.mjs),
// against `slacheck report --format json` on the same files in the same run.
// The review's SLA file is the report's plus a `report:` section. Each runs
// twice, alternating; the best time counts. Peak memory is the child's maxRSS.
// Targets (issue 12): ratio <= 1.5, peak < 800 MB.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AS_OF, best, cliRun, peak, reportData } from './report-data.mjs';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const { ticketsFile, eventsFile, slaFile } = await reportData(TICKETS);
const reviewSla = join(dirname(slaFile), 'review-sla.yaml');
const REPORT_SECTION = `report:
  title: Månedsrapport
  supplier: Bench IT
  customer: Bench A/S
  language: da
  due: { working_day: 5, calendar: office }
  major: { priority: P1 }
  trend_months: 12
`;
writeFileSync(reviewSla, `${readFileSync(slaFile, 'utf8')}${REPORT_SECTION}`);
const runs = { report: [], review: [] };
for (let round = 0; round < 2; round++) {
  runs.report.push(
    cliRun(['report', '--format', 'json', '--as-of', AS_OF, '--sla', slaFile, ticketsFile, '--events', eventsFile], 'slacheck report'),
  );
  runs.review.push(
    cliRun(['review', '--format', 'html', '--as-of', AS_OF, '--sla', reviewSla, ticketsFile, '--events', eventsFile], 'slacheck review'),
  );
}
const a = best(runs.report);
const b = best(runs.review);
const html = b.stdout;
if (!html.startsWith('<!doctype html>') || !html.includes('<section id="observations"'))
  throw new Error('the review is not a whole HTML page');
console.log(
  `(a) slacheck report --format json                 ${a.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.report).toFixed(0).padStart(4)} MB`,
);
console.log(
  `(b) slacheck review --format html (12-month trend) ${b.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.review).toFixed(0).padStart(4)} MB   (${(html.length / 1024).toFixed(0)} KB of HTML)`,
);
console.log(`ratio (b)/(a): ${(b.seconds / a.seconds).toFixed(2)}   target <= 1.50; peak target < 800 MB`);
