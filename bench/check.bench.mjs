// npm run bench -- check: `slacheck check` (the built CLI, in its own process,
// its output written to a file in bench/.data/) on the generated export of
// report-data.mjs (1,000,000 tickets, about 3.3 million history rows), against
// csv-parse alone reading the same two files:
//   (b) check --format json: the breach list as one JSON document;
//   (c) check --all --format csv: every record, 2,000,000 rows;
// and, on 100,000 tickets, check --all as a table against the same as csv.
// These run with response and resolution, the agreement issue 8 set its
// targets on; (f) and (g) repeat (b) and (c) with the five metrics of issue
// 10 (half as many records again, and as much more output), for information.
// Peak memory is each child's maxRSS. Best of two rounds, alternating
// (BENCH_ROUNDS=n for more); the machine is shared and noisy.
// Targets (issue 8): (b)/(a) <= 2, (c)/(a) <= 2.5, table/csv <= 1.5, every peak < 800 MB.
import { closeSync, openSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, best, cliRun, csvParseAlone, csvParseRun, peak, reportData } from './report-data.mjs';

const BIG = 1_000_000;
const SMALL = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const here = dirname(fileURLToPath(import.meta.url));

/** `slacheck check <args>` with its output in a file; returns time, peak memory and the output's size. */
function check(files, args, label, sla = files.slaTwoFile) {
  const out = join(here, '.data', 'check-output.tmp');
  const fd = openSync(out, 'w');
  try {
    const run = cliRun(['check', '--as-of', AS_OF, '--sla', sla, files.ticketsFile, '--events', files.eventsFile, ...args], label, fd);
    return { ...run, outputMb: statSync(out).size / 1e6 };
  } finally {
    closeSync(fd);
  }
}

/** Each of `fns` run ROUNDS times, alternating (so that a noisy minute hurts each alike). */
function rounds(...fns) {
  const runs = fns.map(() => []);
  for (let r = 0; r < ROUNDS; r++) fns.forEach((fn, i) => runs[i].push(fn()));
  return runs;
}

const line = (label, list, extra = '') =>
  `${label.padEnd(44)} ${best(list).seconds.toFixed(2).padStart(6)} s   peak ${peak(list).toFixed(0).padStart(4)} MB${extra}`;
const ratio = (b, a) => (best(b).seconds / best(a).seconds).toFixed(2);

if (process.argv[2] === '--child') {
  await csvParseAlone(process.argv.slice(3));
} else {
  const big = await reportData(BIG);
  const small = await reportData(SMALL);
  const self = fileURLToPath(import.meta.url);
  const [a, b, c] = rounds(
    () => csvParseRun(self, [big.ticketsFile, big.eventsFile]),
    () => check(big, ['--format', 'json'], 'check --format json'),
    () => check(big, ['--all', '--format', 'csv'], 'check --all --format csv'),
  );
  const [d, e] = rounds(
    () => check(small, ['--all', '--format', 'csv'], 'check --all --format csv (100k)'),
    () => check(small, ['--all'], 'check --all (table, 100k)'),
  );
  const [f, g] = rounds(
    () => check(big, ['--format', 'json'], 'check --format json, five metrics', big.slaFile),
    () => check(big, ['--all', '--format', 'csv'], 'check --all --format csv, five metrics', big.slaFile),
  );
  const mb = (list) => `   (${best(list).outputMb.toFixed(0)} MB out)`;
  console.log(`files: ${BIG} tickets with ${best(a).rows - BIG - 2} history rows; ${SMALL} tickets; response and resolution unless said`);
  console.log(line('(a) csv-parse alone, both files (1M)', a, `   (${best(a).rows} rows)`));
  console.log(line('(b) slacheck check --format json (1M)', b, mb(b)));
  console.log(line('(c) slacheck check --all --format csv (1M)', c, mb(c)));
  console.log(line('(d) slacheck check --all --format csv (100k)', d, mb(d)));
  console.log(line('(e) slacheck check --all, table (100k)', e, mb(e)));
  console.log(line('(f) check --format json, five metrics (1M)', f, mb(f)));
  console.log(line('(g) check --all --format csv, five metrics', g, mb(g)));
  console.log(`ratio (b)/(a): ${ratio(b, a)}   target <= 2.00   (five metrics (f)/(a): ${ratio(f, a)})`);
  console.log(`ratio (c)/(a): ${ratio(c, a)}   target <= 2.50   (five metrics (g)/(a): ${ratio(g, a)})`);
  console.log(`ratio (e)/(d): ${ratio(e, d)}   target <= 1.50; peak target < 800 MB each`);
}
