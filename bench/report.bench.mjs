// npm run bench -- report: `slacheck report --format json` (the built CLI, in
// its own process) on a generated 1,000,000-ticket export (about 90 MB) with a
// 3,000,000-row status history, against csv-parse alone reading the same two
// files, also in its own process. Each runs twice, alternating; the best time
// counts (the machine is shared and noisy). Peak memory is the child's maxRSS.
// Targets (issue 5): ratio <= 1.6, peak < 600 MB.
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { AS_OF, ensureReportData, eventsFile, slaFile, TICKETS, ticketsFile, timed, timedCli } from './report-data.mjs';

/** Child: csv-parse alone over both files, streaming, records into arrays. */
async function csvParseAlone() {
  let rows = 0;
  for (const file of [ticketsFile, eventsFile]) {
    const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }));
    for await (const record of parser) rows += record.length > 0 ? 1 : 0;
  }
  process.stdout.write(JSON.stringify({ rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** The CLI as a user runs it. */
function report() {
  const run = timedCli(['report', '--format', 'json', '--as-of', AS_OF, '--sla', slaFile, ticketsFile, '--events', eventsFile], 'slacheck report');
  const kpis = JSON.parse(run.stdout).kpis;
  return { seconds: run.seconds, maxRssMb: run.maxRssMb, records: kpis.reduce((s, k) => s + k.count, 0) };
}

function csv() {
  const run = timed([fileURLToPath(import.meta.url), '--child'], 'csv-parse');
  return { seconds: run.seconds, ...JSON.parse(run.stdout) };
}

if (process.argv[2] === '--child') {
  await csvParseAlone();
} else {
  await ensureReportData();
  const mb = (f) => statSync(f).size / 1e6;
  const runs = { csv: [], report: [] };
  for (let round = 0; round < 2; round++) {
    runs.csv.push(csv());
    runs.report.push(report());
  }
  const best = (list) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const peak = (list) => Math.max(...list.map((r) => r.maxRssMb));
  const a = best(runs.csv);
  const b = best(runs.report);
  console.log(`files: ${TICKETS} tickets (${mb(ticketsFile).toFixed(1)} MB), ${3 * TICKETS} history rows (${mb(eventsFile).toFixed(1)} MB)`);
  console.log(`(a) csv-parse alone, both files      ${a.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.csv).toFixed(0).padStart(4)} MB   (${a.rows} rows)`);
  console.log(`(b) slacheck report --format json    ${b.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.report).toFixed(0).padStart(4)} MB   (${b.records} records)`);
  console.log(`ratio (b)/(a): ${(b.seconds / a.seconds).toFixed(2)}   target <= 1.60; peak target < 600 MB`);
}
