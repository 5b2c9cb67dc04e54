// The benchmark data of issue 5, shared by report.bench.mjs and review.bench.mjs:
// a generated 1,000,000-ticket export (about 90 MB) with a 3,000,000-row status
// history (seeded, written once into bench/.data/), and a way to time the built
// CLI in its own process with its peak memory.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../scripts/seeded-random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const TICKETS = 1_000_000;
export const data = join(here, '.data');
export const ticketsFile = join(data, `report-tickets-${TICKETS}.csv`);
export const eventsFile = join(data, `report-events-${TICKETS}.csv`);
export const slaFile = join(data, 'report-sla.yaml');
export const bin = join(here, '..', 'bin', 'slacheck.js');
export const AS_OF = '2027-01-01T00:00';

export const SLA = `sla: 1
name: bench
timezone: Europe/Copenhagen
calendars:
  office:
    hours: { mon-fri: ["08:00-16:00"] }
    holidays: { country: DK, include: [Juleaftensdag] }
  oncall: 24x7
metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved, pause_when_status: ["Waiting for customer"] }
policies:
  - { name: P1, when: { priority: P1 }, calendar: oncall, targets: { response: 30m, resolution: 4h } }
  - { name: P2, when: { priority: P2 }, calendar: office, targets: { response: 1h, resolution: 8h } }
  - { name: P3-P4, when: { priority: [P3, P4] }, calendar: office, targets: { response: 4h, resolution: 3bd } }
goals: { response: 95%, resolution: 90% }
statuses: { resolved: [Resolved, Closed] }
input:
  date_format: yyyy-MM-dd HH:mm
`;


const pad = (n, w = 2) => String(n).padStart(w, '0');
const MIN = 60_000;
function stamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Three history rows per ticket: new, then in progress or waiting, then resolved (or still in progress). */
async function generate() {
  mkdirSync(data, { recursive: true });
  writeFileSync(slaFile, SLA);
  const next = seededRandom(7);
  const tickets = createWriteStream(ticketsFile);
  const events = createWriteStream(eventsFile);
  tickets.write('id,created,first_response,resolved,priority,status,group,customer\n');
  events.write('ticket,at,status\n');
  const from = Date.UTC(2026, 0, 1);
  let t = '';
  let e = '';
  const flush = async (force) => {
    if (t.length > 1 << 20 || force) {
      if (!tickets.write(t)) await new Promise((r) => tickets.once('drain', r));
      t = '';
    }
    if (e.length > 1 << 20 || force) {
      if (!events.write(e)) await new Promise((r) => events.once('drain', r));
      e = '';
    }
  };
  // Skip the hours that daylight saving removes or doubles: naive times there are adjusted with a notice per row.
  const clear = (ms) => (new Date(ms).getUTCHours() === 2 ? ms + 60 * MIN : ms);
  for (let i = 1; i <= TICKETS; i++) {
    const id = `T-${pad(i, 7)}`;
    const created = clear(from + Math.floor((next() * 364 * 86_400_000) / MIN) * MIN);
    const response = clear(created + Math.floor(next() * 600) * MIN);
    const done = next() < 0.9;
    const resolved = clear(response + Math.floor(next() * 5000) * MIN);
    const waiting = next() < 0.15;
    const priority = `P${1 + Math.floor(next() * 4)}`;
    t += `${id},${stamp(created)},${stamp(response)},${done ? stamp(resolved) : ''},${priority},${done ? 'Resolved' : 'In Progress'},Desk ${Math.floor(next() * 40)},Customer ${Math.floor(next() * 2000)}\n`;
    e += `${id},${stamp(created)},New\n${id},${stamp(response)},${waiting ? 'Waiting for customer' : 'In Progress'}\n`;
    e += done ? `${id},${stamp(resolved)},Resolved\n` : `${id},${stamp(clear(resolved))},In Progress\n`;
    await flush(false);
  }
  await flush(true);
  tickets.end();
  events.end();
  await Promise.all([new Promise((r) => tickets.once('finish', r)), new Promise((r) => events.once('finish', r))]);
}

/** The files, generated when they are missing. */
export async function ensureReportData() {
  if (!existsSync(ticketsFile) || !existsSync(eventsFile) || !existsSync(slaFile)) {
    process.stdout.write(`generating ${ticketsFile} and ${eventsFile} …\n`);
    await generate();
  }
}

export function timed(args, label) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return { seconds, stdout: result.stdout, stderr: result.stderr };
}

/** `slacheck <argv>` as a user runs it, with an exit hook that reports its peak memory on stderr. */
export function timedCli(argv, label) {
  const hook = `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(argv)}];
process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(bin)});`;
  const run = timed(['--input-type=module', '-e', hook], label);
  const maxRssMb = Number(/maxrss (\d+)/.exec(run.stderr)[1]) / 1024;
  return { seconds: run.seconds, maxRssMb, stdout: run.stdout, stderr: run.stderr };
}
