#!/usr/bin/env node
// npm run bench: every bench/*.bench.mjs in its own child process (so peak
// memory is measured per benchmark), one after another, output passed through.
// `npm run bench -- calendar` runs only the benches whose name contains "calendar".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs') && name.includes(filter))
  .sort();

let failed = false;
for (const name of benches) {
  process.stdout.write(`\n== ${name.replace('.bench.mjs', '')} ==\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(here, name)], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
