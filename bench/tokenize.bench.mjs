// npm run bench -- tokenize: the import's tokenizer (csvBatches: bytes ->
// records with their lines, the dialect of src/tickets/read/csv-tokenizer.ts)
// against csv-parse with the options the import used until issue 21
// (relax_quotes, relax_column_count, skip_empty_lines), both streaming the
// report benchmark's 1,000,000-ticket export into arrays of cells; and the
// bytes read alone, the floor. Each run in its own child process (peak
// memory is its own), alternating, best of two: the machine is shared.
import { spawnSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { best, peak, reportData } from './report-data.mjs';

const TICKETS = 1_000_000;
const stream = (file) => createReadStream(file, { highWaterMark: 1 << 20 });

const modes = {
  async bytes(file) {
    let bytes = 0;
    for await (const chunk of stream(file)) bytes += chunk.length;
    return bytes;
  },
  async 'csv-parse'(file) {
    let rows = 0;
    for await (const record of stream(file).pipe(parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true })))
      rows += record.length > 0 ? 1 : 0;
    return rows;
  },
  async tokenizer(file) {
    const { csvBatches } = await import('../dist/tickets/read/csv-rows.js');
    let rows = 0;
    for await (const batch of csvBatches(file, stream(file), undefined, () => undefined)) rows += batch.rows.length;
    return rows;
  },
};

if (process.argv[2] === '--child') {
  const [mode, file] = process.argv.slice(3);
  const start = process.hrtime.bigint();
  const count = await modes[mode](file);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ count, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const { ticketsFile } = await reportData(TICKETS);
  const runs = { bytes: [], 'csv-parse': [], tokenizer: [] };
  for (let round = 0; round < 2; round++) {
    for (const mode of Object.keys(runs)) {
      const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, ticketsFile], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
      runs[mode].push(JSON.parse(result.stdout));
    }
  }
  const [a, b, floor] = [best(runs['csv-parse']), best(runs.tokenizer), best(runs.bytes)];
  if (a.count !== b.count) throw new Error(`csv-parse read ${a.count} records, the tokenizer ${b.count}`);
  const line = (label, r, list, what) =>
    `${label.padEnd(34)}${r.seconds.toFixed(2).padStart(6)} s   peak ${peak(list).toFixed(0).padStart(4)} MB   (${what})`;
  console.log(`file: ${TICKETS.toLocaleString('en')} tickets, ${(statSync(ticketsFile).size / 1e6).toFixed(1)} MB`);
  console.log(line('(a) csv-parse, into arrays', a, runs['csv-parse'], `${a.count} records`));
  console.log(line('(b) tokenizer (csvBatches)', b, runs.tokenizer, `${b.count} records`));
  console.log(line('(c) the bytes read alone', floor, runs.bytes, `${floor.count} bytes`));
  console.log(`ratio (b)/(a): ${(b.seconds / a.seconds).toFixed(3)}   (b)/(c): ${(b.seconds / floor.seconds).toFixed(2)}`);
}
