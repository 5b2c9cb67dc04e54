// npm run bench -- compare: `slacheck compare` with two SLA files and
// `slacheck suggest`, against one `slacheck report`, all --format json on the
// report benchmark's files (1,000,000 tickets, 3,000,000 history rows;
// report.bench.mjs generates them). Each command runs in its own process, the
// three alternating, twice; the best time counts (the machine is shared and
// noisy). Peak memory is the child's maxRSS.
// Targets (issue 11): compare <= 1.6x report (the import is shared),
// suggest <= 1.2x report, peak < 800 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TICKETS = 1_000_000;
const data = join(here, '.data');
const ticketsFile = join(data, `report-tickets-${TICKETS}.csv`);
const eventsFile = join(data, `report-events-${TICKETS}.csv`);
const slaFile = join(data, 'report-sla.yaml');
const proposalFile = join(data, 'compare-proposal.yaml');
const bin = join(here, '..', 'bin', 'slacheck.js');
const AS_OF = '2027-01-01T00:00';

if (!existsSync(ticketsFile) || !existsSync(eventsFile) || !existsSync(slaFile)) {
  process.stdout.write('generating the report benchmark\'s files …\n');
  const made = spawnSync(process.execPath, [join(here, 'report.bench.mjs'), '--generate'], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('report.bench.mjs --generate failed');
}
// The proposal: the office window until 17:00 and P2 response 2h; everything the import reads stays the same.
const proposal = readFileSync(slaFile, 'utf8').replace('["08:00-16:00"]', '["08:00-17:00"]').replace('response: 1h, resolution: 8h', 'response: 2h, resolution: 8h');
if (!existsSync(proposalFile) || readFileSync(proposalFile, 'utf8') !== proposal) writeFileSync(proposalFile, proposal);

/** The CLI as a user runs it, with an exit hook that reports its peak memory on stderr. */
function run(label, argv) {
  const hook = `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(argv)}];
process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(bin)});`;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', hook], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return { seconds, maxRssMb: Number(/maxrss (\d+)/.exec(result.stderr)[1]) / 1024, doc: JSON.parse(result.stdout) };
}

const common = ['--format', 'json', '--as-of', AS_OF, ticketsFile, '--events', eventsFile];
const commands = {
  report: ['report', '--sla', slaFile, ...common],
  compare: ['compare', '--sla', slaFile, '--sla', proposalFile, ...common],
  suggest: ['suggest', '--sla', slaFile, ...common],
};
const runs = { report: [], compare: [], suggest: [] };
for (let round = 0; round < 2; round++) for (const [name, argv] of Object.entries(commands)) runs[name].push(run(name, argv));

const best = (list) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const peak = (list) => Math.max(...list.map((r) => r.maxRssMb));
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
