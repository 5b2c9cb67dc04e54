import type { Instant } from '../calendar/types.js';
import type { Problem } from '../problem.js';
import type { EvaluationInput } from '../evaluate/evaluate.js';
import type { Period } from '../evaluate/types.js';
import { staleExports } from '../evaluate/stale-export.js';
import { pausesWithoutHistory } from '../evaluate/warnings.js';
import type { Output } from '../report/index.js';
import type { Sla } from '../sla/types.js';
import { withWaitingStatuses } from '../sla/normalize/waiting.js';
import { presetNamed } from '../tickets/columns/presets/index.js';
import { priorityLabels } from '../tickets/columns/presets/priority-map.js';
import { hasStrictErrors, strictProblems } from '../tickets/problems.js';
import type { ImportOptions, ImportResult } from '../tickets/types.js';
import { ProblemsFound, UsageError } from './errors.js';
import type { Io } from './io.js';
import { maxStalenessFlag } from './max-staleness.js';
import { outputPath } from './output-name.js';
import { instantFlag, periodFromFlags } from './period-options.js';
import { readSlaFile } from './read-sla.js';
import { historyPaths, readTickets } from './read-tickets.js';
import type { RunOptions } from './run-options.js';
import { checkOutputOptions, writeOutput } from './write-output.js';

/**
 * The first half of check, report and explain: the SLA file, the as-of
 * instant (default: now), the period, and the tickets with their history.
 * Bad rows are warnings, or end the run under --strict (exit 2).
 */
export type LoadedRun = {
  sla: Sla;
  imported: ImportResult;
  input: EvaluationInput;
  /** What every output document states: as-of, period, and the zone its timestamps print in. */
  common: { asOf: Instant; period: Period | undefined; zone: string };
  /** The document in the --format, to stdout or the --output file; resolves when all of it is written. */
  write: (output: Output) => Promise<void>;
  /** The SLA file's warnings (printed when it was read), the import's problems, then the evaluation's warnings: every warning a document carries. */
  warnings: (evaluation: readonly Problem[]) => Problem[];
  slaWarnings: readonly Problem[];
  /** `--output` with its placeholders filled in (the review writes its page there itself). */
  output: string | undefined;
};

/** The instant the run judges at, and its period: both known before a ticket is read (`{period}` in --output needs them). */
export type RunMoment = { asOf: Instant; period: Period | undefined };

/** A command's own rule for its period (the review: last month unless told otherwise); by default the period flags. */
export type PeriodRule = (zone: string, asOf: Instant) => Period | undefined;

export async function loadRun(io: Io, files: readonly string[], options: RunOptions, periodRule?: PeriodRule): Promise<LoadedRun> {
  const { sla, warnings } = readSlaFile(io, options.sla);
  const moment = runMoment(io, options, sla.timezone, periodRule);
  const resolved = withOutputPath(options, moment, sla.timezone);
  await checkOutputOptions(io, resolved, [options.sla, ...files, ...historyPaths(sla, options.events ?? [])]);
  return loadRunWith(io, files, resolved, sla, { moment, slaWarnings: warnings });
}

/** The as-of instant (default: now) and the period, in the SLA's zone. */
export function runMoment(io: Io, options: Omit<RunOptions, 'sla'>, zone: string, periodRule?: PeriodRule): RunMoment {
  const asOf: Instant = options.asOf === undefined ? io.now() : instantFlag('--as-of', options.asOf, zone);
  return { asOf, period: periodRule === undefined ? periodFromFlags(options, zone, asOf) : periodRule(zone, asOf) };
}

/** The options with `--output`'s `{period}` and `{as_of}` filled in (output-name.ts). */
export function withOutputPath<O extends { output?: string }>(options: O, moment: RunMoment, zone: string): O {
  return options.output === undefined ? options : { ...options, output: outputPath(options.output, moment.period, moment.asOf, zone) };
}

/**
 * What loadRunWith may be given besides the SLA. `importAs`: the SLA the
 * exports are read with (default: the SLA); compare's holds every file's
 * metrics and policies, so that each column any file needs is read.
 * `moment`: default from the flags (runMoment). `slaWarnings`: the SLA
 * files' own warnings, which the documents carry.
 */
export type RunContext = { importAs?: Sla; moment?: RunMoment; slaWarnings?: readonly Problem[] };

/** loadRun with the SLA already read (compare reads several); `options.output` has its placeholders filled in (withOutputPath). */
export async function loadRunWith(
  io: Io,
  files: readonly string[],
  options: Omit<RunOptions, 'sla'>,
  sla: Sla,
  context: RunContext = {},
): Promise<LoadedRun> {
  const { importAs = sla, moment = runMoment(io, options, sla.timezone), slaWarnings = [] } = context;
  const write = (output: Output) => writeOutput(io, options, output);
  const { asOf, period } = moment;
  const maxStalenessMs = maxStalenessFlag(options.maxStaleness);
  const read = await readTickets(io, { files, eventsFiles: options.events ?? [], sla: importAs, flags: importFlags(options) });
  const paused = pausesWithoutHistory(importAs, read.events.size, read.counts?.eventRows ?? 0);
  // An export that stops well before the period does is said, and --strict stops on it.
  const stale = staleExports(read.activity ?? [], period, asOf, maxStalenessMs, sla.timezone);
  const imported =
    paused === undefined && stale.length === 0
      ? read
      : { ...read, problems: [...read.problems, ...(paused === undefined ? [] : [paused]), ...stale] };
  if (hasStrictErrors(imported.problems, options.strict === true)) {
    throw new ProblemsFound(
      options.strict === true ? strictProblems(imported.problems) : imported.problems.filter((p) => p.severity === 'error'),
    );
  }
  const terms = contractTerms(sla, imported);
  const ready = terms.sla;
  const labels = priorityLabels(imported.preset === undefined ? undefined : presetNamed(imported.preset), importAs.priorities);
  const input: EvaluationInput = {
    sla: ready,
    tickets: imported.tickets,
    events: imported.events,
    resolvedStatuses: terms.resolvedStatuses,
    asOf,
    period,
    priorityLabels: labels,
  };
  const warnings = (evaluation: readonly Problem[]) => [...slaWarnings, ...imported.problems, ...evaluation];
  return {
    sla: ready,
    imported,
    input,
    common: { asOf, period, zone: sla.timezone },
    write,
    warnings,
    slaWarnings,
    output: options.output,
  };
}

/**
 * What an SLA file's own statuses mean once the import has settled the
 * preset: `statuses.resolved` and `statuses.waiting`, else the preset's
 * lists, with `pause_when_status: [waiting]` expanded. These are terms of
 * the contract, not import settings: compare evaluates each file with its
 * own, as report does.
 */
export function contractTerms(
  sla: Sla,
  imported: Pick<ImportResult, 'preset' | 'resolvedStatuses' | 'waitingStatuses'>,
): { sla: Sla; resolvedStatuses: readonly string[] } {
  const preset = imported.preset === undefined ? undefined : presetNamed(imported.preset);
  const waiting = sla.waitingStatuses ?? preset?.waitingStatuses ?? imported.waitingStatuses;
  return {
    sla: withWaitingStatuses(sla, waiting),
    resolvedStatuses: sla.resolvedStatuses ?? preset?.resolvedStatuses ?? imported.resolvedStatuses,
  };
}

/** The import flags, each overriding its `input:` setting in the SLA file (also `inspect`'s). */
export function importFlags(
  options: Pick<RunOptions, 'preset' | 'map' | 'dateFormat' | 'encoding' | 'delimiter' | 'inputTimezone' | 'groupBy'>,
): ImportOptions {
  const flags: ImportOptions = {};
  if (options.preset !== undefined) flags.preset = options.preset;
  if (options.map !== undefined) flags.map = parseMap(options.map);
  if (options.dateFormat !== undefined) flags.dateFormat = options.dateFormat;
  if (options.encoding !== undefined) flags.encoding = options.encoding;
  if (options.delimiter !== undefined) flags.delimiter = options.delimiter;
  if (options.inputTimezone !== undefined) flags.timezone = options.inputTimezone;
  if (options.groupBy !== undefined && options.groupBy.length > 0) flags.groupBy = options.groupBy;
  return flags;
}

function parseMap(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--map: "${pair}" is not field=Column`, 'e.g. --map created=Oprettet');
    map[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return map;
}
