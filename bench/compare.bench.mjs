// npm run bench -- compare: `slacheck compare` with two SLA files and
// `slacheck suggest`, against one `slacheck report`, all --format json on the
// report benchmark's files (1,000,000 tickets, 3,000,000 history rows;
// report-data.mjs generates them). Each command runs in its own process, the
// three alternating, twice; the best time counts (the machine is shared and
// noisy). Peak memory is the child's maxRSS.
// Targets (issue 11): compare <= 1.6x report (the import is shared),
// suggest <= 1.2x report, peak < 800 MB.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AS_OF, best, cliRun, peak, reportData } from './report-data.mjs';

const TICKETS = 1_000_000;
const { ticketsFile, eventsFile, slaFile } = await reportData(TICKETS);
const proposalFile = join(dirname(slaFile), 'compare-proposal.yaml');
// The proposal: the office window until 17:00 and P2 response 2h; everything the import reads stays the same.
const proposal = readFileSync(slaFile, 'utf8')
  .replace('["08:00-16:00"]', '["08:00-17:00"]')
  .replace('response: 1h, resolution: 8h', 'response: 2h, resolution: 8h');
if (!existsSync(proposalFile) || readFileSync(proposalFile, 'utf8') !== proposal) writeFileSync(proposalFile, proposal);

function run(label, argv) {
  const r = cliRun(argv, label);
  return { seconds: r.seconds, maxRssMb: r.maxRssMb, doc: JSON.parse(r.stdout) };
}

const common = ['--format', 'json', '--as-of', AS_OF, ticketsFile, '--events', eventsFile];
const commands = {
  report: ['report', '--sla', slaFile, ...common],
  compare: ['compare', '--sla', slaFile, '--sla', proposalFile, ...common],
  suggest: ['suggest', '--sla', slaFile, ...common],
};
const runs = { report: [], compare: [], suggest: [] };
for (let round = 0; round < 2; round++) for (const [name, argv] of Object.entries(commands)) runs[name].push(run(name, argv));

const [report, compare, suggest] = [best(runs.report), best(runs.compare), best(runs.suggest)];
const records = report.doc.kpis.reduce((s, k) => s + k.count, 0);
const changed = compare.doc.slas[1].verdicts_changed;
const line = (label, r, list) => `${label.padEnd(44)}${r.seconds.toFixed(2).padStart(7)} s   peak ${peak(list).toFixed(0).padStart(4)} MB`;
console.log(`files: ${TICKETS} tickets, ${3 * TICKETS} history rows; ${records} records per SLA file`);
console.log(line('(a) slacheck report --format json', report, runs.report));
console.log(`${line('(b) slacheck compare, two SLA files', compare, runs.compare)}   (${changed} verdicts change)`);
console.log(`${line('(c) slacheck suggest', suggest, runs.suggest)}   (${suggest.doc.suggestions.length} suggestions)`);
console.log(`ratio (b)/(a): ${(compare.seconds / report.seconds).toFixed(2)}   target <= 1.60`);
console.log(`ratio (c)/(a): ${(suggest.seconds / report.seconds).toFixed(2)}   target <= 1.20`);
console.log(`peak: ${Math.max(peak(runs.report), peak(runs.compare), peak(runs.suggest)).toFixed(0)} MB   target < 800 MB`);
