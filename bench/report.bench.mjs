// npm run bench -- report: `slacheck report --format json` (the built CLI, in
// its own process) on a generated 1,000,000-ticket export (about 90 MB) with a
// 3,000,000-row status history, against csv-parse alone reading the same two
// files, also in its own process. Each runs twice, alternating; the best time
// counts (the machine is shared and noisy). Peak memory is the child's maxRSS.
// Targets (issue 5): ratio <= 1.6, peak < 600 MB.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AS_OF, best, cliRun, csvParseAlone, csvParseRun, peak, reportData } from './report-data.mjs';

const TICKETS = 1_000_000;

if (process.argv[2] === '--child') {
  await csvParseAlone(process.argv.slice(3));
} else {
  const { ticketsFile, eventsFile, slaFile } = await reportData(TICKETS);
  const report = () => {
    const run = cliRun(['report', '--format', 'json', '--as-of', AS_OF, '--sla', slaFile, ticketsFile, '--events', eventsFile], 'slacheck report');
    const kpis = JSON.parse(run.stdout).kpis;
    return { ...run, records: kpis.reduce((s, k) => s + k.count, 0) };
  };
  const mb = (f) => statSync(f).size / 1e6;
  const runs = { csv: [], report: [] };
  for (let round = 0; round < 2; round++) {
    runs.csv.push(csvParseRun(fileURLToPath(import.meta.url), [ticketsFile, eventsFile]));
    runs.report.push(report());
  }
  const a = best(runs.csv);
  const b = best(runs.report);
  console.log(`files: ${TICKETS} tickets (${mb(ticketsFile).toFixed(1)} MB), ${3 * TICKETS} history rows (${mb(eventsFile).toFixed(1)} MB)`);
  console.log(`(a) csv-parse alone, both files      ${a.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.csv).toFixed(0).padStart(4)} MB   (${a.rows} rows)`);
  console.log(`(b) slacheck report --format json    ${b.seconds.toFixed(2).padStart(6)} s   peak ${peak(runs.report).toFixed(0).padStart(4)} MB   (${b.records} records)`);
  console.log(`ratio (b)/(a): ${(b.seconds / a.seconds).toFixed(2)}   target <= 1.60; peak target < 600 MB`);
}
