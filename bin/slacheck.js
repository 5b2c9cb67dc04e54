#!/usr/bin/env node
import { run } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/io.js';
import { removePendingTemps } from '../dist/cli/atomic-file.js';

// Ctrl-C, a cron timeout (TERM) or a closed terminal (HUP) ends the run: the --output temp file goes with it,
// and the exit code is the shell's 128 + the signal's number. Here alone process.exit() is right: the run is over.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    removePendingTemps();
    process.exit(code);
  });
}

// Set the exit code, never call process.exit(): that would cut piped stdout short.
process.exitCode = await run(process.argv.slice(2), nodeIo());
