import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { formatProblem, ProblemError } from '../problem.js';
import { closestMatch } from '../did-you-mean.js';
import { visibleLines } from '../report/escape-controls.js';
import { commands } from './commands/index.js';
import { OutputFailed, ProblemsFound, ThresholdMissed, UsageError } from './errors.js';
import { ExitCode } from './exit-code.js';
import { manualPointer } from './help-examples.js';
import type { Io } from './io.js';

const ISSUES_URL = 'https://github.com/slacheck/slacheck/issues/new';

/**
 * The whole program: parse argv, run one command, map how it ended to an
 * exit code. This is the one catch (house style 4); nothing else decides
 * exit codes and nothing calls process.exit: bin/ sets process.exitCode, so
 * piped output is never cut short.
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const debug = argv.includes('--debug');
  try {
    const program = buildProgram(io);
    unknownHelpTopic(program, argv);
    await program.parseAsync([...argv], { from: 'user' });
    await io.stdout.flush();
    return ExitCode.ok;
  } catch (error) {
    return exitCodeFor(error, io, debug);
  }
}

/** The program; a command-line error (unknown option, missing argument) points at the command's own --help. */
export function buildProgram(io: Io): Command {
  const program = new Command('slacheck')
    .description('SLA compliance from helpdesk ticket exports: business-time clocks, breach lists and KPI tables')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .option('--debug', 'print stack traces and internal details on errors')
    .showHelpAfterError(usagePointer())
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`slacheck: ${visibleLines(text.replace(/^error: /, ''))}`),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    })
    // Throw instead of exiting, so that the catch in run() picks the code (commander would exit 1).
    .exitOverride();
  for (const setup of commands) setup(program, io);
  for (const command of program.commands) command.showHelpAfterError(usagePointer(command.name()));
  for (const command of program.commands) command.addHelpText('after', manualPointer(command.name()));
  program.helpCommand('help [command]', 'print help for a command');
  return program;
}

/** `slacheck help nosuch`: commander prints the whole help and exits 1 without a word; say what is wrong. */
function unknownHelpTopic(program: Command, argv: readonly string[]): void {
  const [first, topic] = argv;
  if (first !== 'help' || topic === undefined || topic.startsWith('-')) return;
  const names = program.commands.map((c) => c.name());
  if (names.includes(topic) || topic === 'help') return;
  const near = closestMatch(topic, names);
  throw new UsageError(
    `help: unknown command "${topic}"${near === undefined ? '' : `; did you mean "${near}"?`}`,
    `commands: ${names.join(', ')}`,
  );
}

function usagePointer(command?: string): string {
  return `(run "slacheck ${command === undefined ? '' : `${command} `}--help" for usage)`;
}

async function exitCodeFor(error: unknown, io: Io, debug: boolean): Promise<ExitCode> {
  if (error instanceof OutputFailed) return outputFailed(error, io);
  // What was written before the error is kept, in order before the messages; a failure to flush it counts as above,
  // except a reader that went away: the error's own exit code (a missed threshold's 1) still tells the verdict.
  try {
    await io.stdout.flush();
  } catch (flushError) {
    if (flushError instanceof OutputFailed && !flushError.readerClosed) return outputFailed(flushError, io);
  }
  const say = (text: string) => io.stderr.write(`slacheck: ${visibleLines(text)}\n`);
  if (error instanceof CommanderError) {
    // --help and --version end through here with exitCode 0; usage errors were already printed.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
  }
  if (error instanceof ThresholdMissed) {
    say(error.message);
    return ExitCode.thresholdMissed;
  }
  if (error instanceof UsageError) {
    // A command's own usage errors carry a hint of what to do instead of the pointer to its help.
    say(`${error.message}${error.hint === undefined ? '' : `\n  ${error.hint}`}`);
    return ExitCode.badInput;
  }
  if (error instanceof ProblemsFound) {
    for (const p of error.problems) say(formatProblem(p));
    return ExitCode.badInput;
  }
  if (error instanceof ProblemError) {
    say(formatProblem(error.problem));
    return ExitCode.badInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  say(`internal error, this is a bug: ${detail}`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write(`  please report it at ${ISSUES_URL} with the output of the same command run with --debug\n`);
  return ExitCode.badInput;
}

/** A reader that stopped reading (`| head -1`) ends the run quietly, exit 0; any other write error is one line, exit 2. */
function outputFailed(error: OutputFailed, io: Io): ExitCode {
  if (error.readerClosed) return ExitCode.ok;
  // Only a file that is there is "left as it was": of a path that does not exist, that would be untrue.
  const kept = error.target !== 'stdout' && io.exists(error.target) ? '; the file is left as it was' : '';
  io.stderr.write(`slacheck: ${visibleLines(error.message)}${kept}\n`);
  return ExitCode.badInput;
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}
