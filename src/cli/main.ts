import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { formatProblem } from '../problem.js';
import { commands } from './commands/index.js';
import { ProblemsFound, ThresholdMissed, UsageError } from './errors.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

const ISSUES_URL = 'https://github.com/slacheck/slacheck/issues/new';

/**
 * The whole program: parse argv, run one command, map how it ended to an
 * exit code. This is the one catch (house style 4); nothing else decides
 * exit codes and nothing calls process.exit.
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const debug = argv.includes('--debug');
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return exitCodeFor(error, io, debug);
  }
}

export function buildProgram(io: Io): Command {
  const program = new Command('slacheck')
    .description('SLA compliance from helpdesk ticket exports: business-time clocks, breach lists and KPI tables')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .option('--debug', 'print stack traces and internal details on errors')
    .showHelpAfterError('(run "slacheck --help" for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`slacheck: ${text.replace(/^error: /, '')}`),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    })
    // Throw instead of exiting, so that the catch in run() picks the code (commander would exit 1).
    .exitOverride();
  for (const setup of commands) setup(program, io);
  program.addHelpCommand(false);
  return program;
}

function exitCodeFor(error: unknown, io: Io, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exitCode 0; usage errors were already printed.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
  }
  if (error instanceof ThresholdMissed) {
    io.stderr.write(`slacheck: ${error.message}\n`);
    return ExitCode.thresholdMissed;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`slacheck: ${error.message}\n${error.hint === undefined ? '' : `  ${error.hint}\n`}`);
    return ExitCode.badInput;
  }
  if (error instanceof ProblemsFound) {
    for (const p of error.problems) io.stderr.write(`slacheck: ${formatProblem(p)}\n`);
    return ExitCode.badInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`slacheck: internal error, this is a bug: ${detail}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write(`  please report it at ${ISSUES_URL} with the output of the same command run with --debug\n`);
  return ExitCode.badInput;
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}
