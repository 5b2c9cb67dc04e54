// The generated export shared by the report, check, compare and review benches
// (seeded, written once into bench/.data/): N tickets with a status history of
// about 3.3N rows (status, group and agent replies), and the SLA files they are
// evaluated against: five metrics as the dk-smb contract targets them (the
// default), response and resolution only, and all five on every ticket; plus the helpers both benches use: csv-parse
// alone over files (a child process), and the built CLI timed in its own process
// with its peak memory (maxRSS) reported on stderr.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { seededRandom } from '../scripts/seeded-random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '.data');
const bin = join(here, '..', 'bin', 'slacheck.js');
export const AS_OF = '2027-01-01T00:00';

const HEAD = `sla: 1
name: bench
timezone: Europe/Copenhagen
calendars:
  office:
    hours: { mon-fri: ["08:00-16:00"] }
    holidays: { country: DK, include: [Juleaftensdag] }
  oncall: 24x7
`;
const TAIL = `statuses: { resolved: [Resolved, Closed] }
input:
  date_format: yyyy-MM-dd HH:mm
`;
/** Response and resolution only: the run before issue 10's clocks. */
const SLA_TWO = `${HEAD}metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved, pause_when_status: ["Waiting for customer"] }
policies:
  - { name: P1, when: { priority: P1 }, calendar: oncall, targets: { response: 30m, resolution: 4h } }
  - { name: P2, when: { priority: P2 }, calendar: office, targets: { response: 1h, resolution: 8h } }
  - { name: P3-P4, when: { priority: [P3, P4] }, calendar: office, targets: { response: 4h, resolution: 3bd } }
goals: { response: 95%, resolution: 90% }
${TAIL}`;
const FIVE_METRICS = `metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved, pause_when_status: ["Waiting for customer"] }
  escalation: { start: created, stop: [{ group: [On call] }, { status: [In Progress] }] }
  workaround: { start: created, stop: [{ status: [Workaround] }, resolved], pause_when_status: ["Waiting for customer"] }
  status_update: { start: created, stop: resolved, updates: [reply], pause_when_status: ["Waiting for customer"] }
`;
/** Five metrics as the dk-smb contract targets them: escalation (a group or a status), workaround (a status or the fix), status updates (replies). */
const SLA = `${HEAD}${FIVE_METRICS}policies:
  - { name: P1, when: { priority: P1 }, calendar: oncall, targets: { response: 30m, resolution: 4h, escalation: 30m, workaround: 2h, status_update: 1h } }
  - { name: P2, when: { priority: P2 }, calendar: office, targets: { response: 1h, resolution: 8h, workaround: 4h } }
  - { name: P3-P4, when: { priority: [P3, P4] }, calendar: office, targets: { response: 4h, resolution: 3bd } }
goals: { response: 95%, resolution: 90% }
${TAIL}`;
/** The worst case: every ticket on all five. */
const SLA_ALL = `${HEAD}${FIVE_METRICS}policies:
  - { name: P1, when: { priority: P1 }, calendar: oncall, targets: { response: 30m, resolution: 4h, escalation: 30m, workaround: 2h, status_update: 1h } }
  - { name: P2, when: { priority: P2 }, calendar: office, targets: { response: 1h, resolution: 8h, escalation: 1h, workaround: 4h, status_update: 4h } }
  - { name: P3-P4, when: { priority: [P3, P4] }, calendar: office, targets: { response: 4h, resolution: 3bd, escalation: 4h, workaround: 8h, status_update: 8h } }
goals: { response: 95%, resolution: 90% }
${TAIL}`;

const pad = (n, w = 2) => String(n).padStart(w, '0');
const MIN = 60_000;
function stamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The files for `tickets` tickets, generated when missing: { ticketsFile, eventsFile, slaFile }. */
export async function reportData(tickets) {
  const files = {
    ticketsFile: join(data, `report-tickets-${tickets}.csv`),
    // v2: the history has group and reply columns (issue 10).
    eventsFile: join(data, `report-events-v2-${tickets}.csv`),
    slaFile: join(data, 'report-sla-v2.yaml'),
    slaTwoFile: join(data, 'report-sla-two.yaml'),
    slaAllFile: join(data, 'report-sla-all-five.yaml'),
  };
  if (!existsSync(files.ticketsFile) || !existsSync(files.eventsFile)) {
    process.stdout.write(`generating ${files.ticketsFile} and ${files.eventsFile} …\n`);
    await generate(tickets, files);
  }
  writeFileSync(files.slaFile, SLA);
  writeFileSync(files.slaTwoFile, SLA_TWO);
  writeFileSync(files.slaAllFile, SLA_ALL);
  return files;
}

/**
 * Three history rows per ticket: new (with its group), then in progress or
 * waiting with the agent's first reply (a P1 often handed to the on-call
 * group then), then resolved (or still in progress); a third of the tickets
 * get another reply between the first reply and the resolution.
 */
async function generate(count, { ticketsFile, eventsFile }) {
  mkdirSync(data, { recursive: true });
  const next = seededRandom(7);
  const tickets = createWriteStream(ticketsFile);
  const events = createWriteStream(eventsFile);
  tickets.write('id,created,first_response,resolved,priority,status,group,customer\n');
  events.write('ticket,at,status,group,reply\n');
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
  for (let i = 1; i <= count; i++) {
    const id = `T-${pad(i, 7)}`;
    const created = clear(from + Math.floor((next() * 364 * 86_400_000) / MIN) * MIN);
    const response = clear(created + Math.floor(next() * 600) * MIN);
    const done = next() < 0.9;
    const resolved = clear(response + Math.floor(next() * 5000) * MIN);
    const waiting = next() < 0.15;
    const priority = `P${1 + Math.floor(next() * 4)}`;
    t += `${id},${stamp(created)},${stamp(response)},${done ? stamp(resolved) : ''},${priority},${done ? 'Resolved' : 'In Progress'},Desk ${Math.floor(next() * 40)},Customer ${Math.floor(next() * 2000)}\n`;
    const desk = `Desk ${Math.floor(next() * 40)}`;
    const handed = priority === 'P1' && next() < 0.5 ? 'On call' : '';
    e += `${id},${stamp(created)},New,${desk},\n${id},${stamp(response)},${waiting ? 'Waiting for customer' : 'In Progress'},${handed},yes\n`;
    if (next() < 1 / 3) e += `${id},${stamp(clear(response + Math.floor((resolved - response) / 2 / MIN) * MIN))},,,yes\n`;
    e += done ? `${id},${stamp(resolved)},Resolved,,\n` : `${id},${stamp(clear(resolved))},In Progress,,\n`;
    await flush(false);
  }
  await flush(true);
  tickets.end();
  events.end();
  await Promise.all([new Promise((r) => tickets.once('finish', r)), new Promise((r) => events.once('finish', r))]);
}

/** In a child process (`node <bench> --child FILE...`): csv-parse alone over the files, streaming; prints rows and peak memory. */
export async function csvParseAlone(files) {
  let rows = 0;
  for (const file of files) {
    const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }));
    for await (const record of parser) rows += record.length > 0 ? 1 : 0;
  }
  process.stdout.write(JSON.stringify({ rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function timed(args, label, stdout) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    ...(stdout === undefined ? {} : { stdio: ['ignore', stdout, 'pipe'] }),
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return { seconds, stdout: result.stdout ?? '', stderr: result.stderr };
}

/** The csv-parse child of `benchFile` over `files`. */
export function csvParseRun(benchFile, files) {
  const run = timed([benchFile, '--child', ...files], 'csv-parse');
  return { seconds: run.seconds, ...JSON.parse(run.stdout) };
}

/**
 * The CLI as a user runs it, with an exit hook that reports its peak memory
 * on stderr. `stdout`: a file descriptor to write the output to (else it is
 * captured and returned).
 */
export function cliRun(argv, label, stdout) {
  const hook = `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(argv)}];
process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(bin)});`;
  const run = timed(['--input-type=module', '-e', hook], label, stdout);
  const maxRssMb = Number(/maxrss (\d+)/.exec(run.stderr)[1]) / 1024;
  return { seconds: run.seconds, maxRssMb, stdout: run.stdout };
}

export const best = (list) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
export const peak = (list) => Math.max(...list.map((r) => r.maxRssMb));
