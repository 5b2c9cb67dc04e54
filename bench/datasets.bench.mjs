// npm run bench -- datasets: import the two real event logs in
// /work/shared/datasets/ (skipped when absent) with their SLA files in
// fixtures/datasets/, and show where every row went: events, orphan events of
// rejected tickets, rejected rows by reason. Also the time each import takes.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSla } from '../dist/sla/parse-sla.js';
import { importTickets } from '../dist/tickets/import-tickets.js';
import { formatProblemSummary } from '../dist/report/problem-summary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATASETS = [
  {
    sla: 'fixtures/datasets/servicenow-uci.sla.yaml',
    file: '/work/shared/datasets/servicenow-incident-event-log/incident_event_log.csv.gz',
  },
  { sla: 'fixtures/datasets/helpdesk-italian.sla.yaml', file: '/work/shared/datasets/helpdesk-italian-event-log/finale.csv' },
];

/** The SLA file as the CLI reads it (parseSla: validated and normalised). */
function importSla(path) {
  const { sla, problems } = parseSla(readFileSync(join(root, path), 'utf8'), path);
  if (sla === undefined) throw new Error(`${path}: ${problems.map((p) => p.message).join('; ')}`);
  return sla;
}

async function* gunzipIfNeeded(path) {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!path.endsWith('.gz')) return yield* stream;
  const { createGunzip } = await import('node:zlib');
  yield* stream.pipe(createGunzip());
}

for (const { sla, file } of DATASETS) {
  if (!existsSync(file)) {
    console.log(`${file}: not here, skipped`);
    continue;
  }
  const start = process.hrtime.bigint();
  const result = await importTickets({ tickets: [{ name: file, chunks: gunzipIfNeeded(file) }], sla: importSla(sla) });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const c = result.counts;
  const accounted = c.events + c.orphanEvents + c.rejectedEventRows + c.ignoredRows;
  console.log(`\n${file} (${sla}), ${seconds.toFixed(2)} s`);
  console.log(
    `  rows ${c.eventRows}: events ${c.events} + orphan events ${c.orphanEvents} + rejected rows ${c.rejectedEventRows} + ignored ${c.ignoredRows} = ${accounted}${accounted === c.eventRows ? ' ✓' : ' ✗ MISMATCH'}`,
  );
  console.log(`  tickets ${c.tickets}, rejected tickets ${c.rejectedTickets}`);
  for (const line of formatProblemSummary(result.problems).slice(0, 8)) console.log(`  ${line}`);
}
