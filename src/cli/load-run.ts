import type { Instant } from '../calendar/types.js';
import type { Problem } from '../problem.js';
import type { EvaluationInput } from '../evaluate/evaluate.js';
import type { Period } from '../evaluate/types.js';
import { pausesWithoutHistory } from '../evaluate/warnings.js';
import type { Output } from '../report/index.js';
import type { Sla } from '../sla/types.js';
import { withWaitingStatuses } from '../sla/waiting.js';
import { presetNamed } from '../tickets/columns/presets/index.js';
import { hasStrictErrors, strictProblems } from '../tickets/problems.js';
import type { ImportOptions, ImportResult } from '../tickets/types.js';
import { ProblemsFound, UsageError } from './errors.js';
import type { Io } from './io.js';
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
};

export async function loadRun(io: Io, files: readonly string[], options: RunOptions): Promise<LoadedRun> {
  const { sla, warnings } = readSlaFile(io, options.sla);
  await checkOutputOptions(io, options, [options.sla, ...files, ...historyPaths(sla, options.events ?? [])]);
  return loadRunWith(io, files, options, sla, sla, warnings);
}

/**
 * loadRun with the SLA already read (compare reads several). `importAs` is the
 * SLA the exports are read with: compare's holds every file's metrics and
 * policies, so that each column any file needs is read.
 */
export async function loadRunWith(io: Io, files: readonly string[], options: Omit<RunOptions, 'sla'>, sla: Sla, importAs: Sla = sla, slaWarnings: readonly Problem[] = []): Promise<LoadedRun> {
  const write = (output: Output) => writeOutput(io, options, output);
  const asOf: Instant = options.asOf === undefined ? io.now() : instantFlag('--as-of', options.asOf, sla.timezone);
  const period: Period | undefined = periodFromFlags(options, sla.timezone, asOf);
  const read = await readTickets(io, { files, eventsFiles: options.events ?? [], sla: importAs, flags: importFlags(options) });
  const paused = pausesWithoutHistory(importAs, read.events.size, read.counts?.eventRows ?? 0);
  const imported = paused === undefined ? read : { ...read, problems: [...read.problems, paused] };
  if (hasStrictErrors(imported.problems, options.strict === true)) {
    throw new ProblemsFound(options.strict === true ? strictProblems(imported.problems) : imported.problems.filter((p) => p.severity === 'error'));
  }
  const terms = contractTerms(sla, imported);
  const ready = terms.sla;
  const input: EvaluationInput = { sla: ready, tickets: imported.tickets, events: imported.events, resolvedStatuses: terms.resolvedStatuses, asOf, period };
  const warnings = (evaluation: readonly Problem[]) => [...slaWarnings, ...imported.problems, ...evaluation];
  return { sla: ready, imported, input, common: { asOf, period, zone: sla.timezone }, write, warnings, slaWarnings };
}

/**
 * What an SLA file's own statuses mean once the import has settled the
 * preset: `statuses.resolved` and `statuses.waiting`, else the preset's
 * lists, with `pause_when_status: [waiting]` expanded. These are terms of
 * the contract, not import settings: compare evaluates each file with its
 * own (issue 18), as report does.
 */
export function contractTerms(sla: Sla, imported: Pick<ImportResult, 'preset' | 'resolvedStatuses' | 'waitingStatuses'>): { sla: Sla; resolvedStatuses: readonly string[] } {
  const preset = imported.preset === undefined ? undefined : presetNamed(imported.preset);
  const waiting = sla.waitingStatuses ?? preset?.waitingStatuses ?? imported.waitingStatuses;
  return { sla: withWaitingStatuses(sla, waiting), resolvedStatuses: sla.resolvedStatuses ?? preset?.resolvedStatuses ?? imported.resolvedStatuses };
}

/** The import flags, each overriding its `input:` setting in the SLA file (also `inspect`'s). */
export function importFlags(options: Pick<RunOptions, 'preset' | 'map' | 'dateFormat' | 'encoding' | 'delimiter' | 'inputTimezone'>): ImportOptions {
  const flags: ImportOptions = {};
  if (options.preset !== undefined) flags.preset = options.preset;
  if (options.map !== undefined) flags.map = parseMap(options.map);
  if (options.dateFormat !== undefined) flags.dateFormat = options.dateFormat;
  if (options.encoding !== undefined) flags.encoding = options.encoding;
  if (options.delimiter !== undefined) flags.delimiter = options.delimiter;
  if (options.inputTimezone !== undefined) flags.timezone = options.inputTimezone;
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
