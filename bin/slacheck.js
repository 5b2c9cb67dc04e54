#!/usr/bin/env node
import { run } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/io.js';

// Set the exit code, never call process.exit(): that would cut piped stdout short.
process.exitCode = await run(process.argv.slice(2), nodeIo());
