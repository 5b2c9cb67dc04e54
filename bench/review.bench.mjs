// npm run bench -- review: `slacheck review --format html` with a 12-month
// trend (the built CLI, in its own process) on the report benchmark's files
// (1,000,000 tickets, 3,000,000 history rows; bench/report-data.mjs), against
// `slacheck report --format json` on the same files in the same run. The
// review's SLA file is the report's plus a `report:` section. Each runs once
// by default (BENCH_ROUNDS=n for more; the best time counts). Peak memory is
// the child's maxRSS. Targets (issue 12): ratio <= 1.5, peak < 800 MB.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, data, ensureReportData, eventsFile, SLA, slaFile, ticketsFile, timedCli } from './report-data.mjs';

const reviewSla = join(data, 'review-sla.yaml');
const REPORT_SECTION = `report:
  title: Månedsrapport
  supplier: Bench IT
  customer: Bench A/S
  language: da
  due: { working_day: 5, calendar: office }
  major: { priority: P1 }
  trend_months: 12
`;

await ensureReportData();
writeFileSync(reviewSla, `${SLA}${REPORT_SECTION}`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
const runs = { report: [], review: [] };
for (let round = 0; round < rounds; round++) {
  runs.report.push(timedCli(['report', '--format', 'json', '--as-of', AS_OF, '--sla', slaFile, ticketsFile, '--events', eventsFile], 'slacheck report'));
  runs.review.push(timedCli(['review', '--format', 'html', '--as-of', AS_OF, '--sla', reviewSla, ticketsFile, '--events', eventsFile], 'slacheck review'));
}
const best = (list) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const peak = (list) => Math.max(...list.map((r) => r.maxRssMb));
const a = best(runs.report);
const b = best(runs.review);
const html = b.stdout;
if (!html.startsWith('<!doctype html>') || !html.includes('<section id="observations"')) throw new Error('the review is not a whole HTML page');
console.log(`(a) slacheck report --format json                 ${a.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.report).toFixed(0).padStart(4)} MB`);
console.log(`(b) slacheck review --format html (12-month trend) ${b.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.review).toFixed(0).padStart(4)} MB   (${(html.length / 1024).toFixed(0)} KB of HTML)`);
console.log(`ratio (b)/(a): ${(b.seconds / a.seconds).toFixed(2)}   target <= 1.50; peak target < 800 MB   (${rounds} round${rounds === 1 ? '' : 's'}, best time)`);
