import { problem, type Problem } from '../../problem.js';
import { Option, type Command } from 'commander';
import { isValidZone } from '../../calendar/wall-clock.js';
import type { Sla } from '../../sla/types.js';
import { formatInspection } from '../../report/format-inspection.js';
import { inspectExport } from '../../tickets/inspect/inspect-export.js';
import { historyNameChecks, type Terms } from '../../tickets/inspect/history-names.js';
import { inspectHistory } from '../../tickets/inspect/inspect-history.js';
import { formatHistoryInspection } from '../../report/format-history-inspection.js';
import { matchKey } from '../../sla/normalize/match-key.js';
import { presetNamed, presets } from '../../tickets/columns/presets/index.js';
import { prioritiesInForce } from '../../tickets/columns/presets/priority-map.js';
import { importSla, type ImportSla } from '../../tickets/import-settings.js';
import { ProblemsFound, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { importFlags } from '../load-run.js';
import { printWarnings } from '../print-warnings.js';
import { readSla } from '../read-sla.js';
import { openSource, stdinSource } from '../read-tickets.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

type Options = {
  sla?: string;
  events?: string;
  format: 'table' | 'json';
  preset?: string;
  map?: string[];
  dateFormat?: string;
  encoding?: string;
  delimiter?: string;
  inputTimezone?: string;
};

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * `slacheck inspect <export>`: what slacheck will read from an
 * export, before any SLA file exists: encoding, delimiter, preset, the
 * column of each field, the date format with two values read back, the
 * distinct priorities and statuses with what they become, the columns left
 * unused. `--sla` reads with that file's `input:` section and priority map.
 */
export const inspectCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('inspect')
    .description(
      'show how an export (or with --events, a status history) will be read: encoding, preset, columns, dates, priorities and statuses',
    )
    .addHelpText(
      'after',
      examples([
        ['slacheck inspect export.csv', 'what slacheck will read from an export, before any SLA file'],
        [
          'slacheck inspect --events history.csv --sla sla.yaml',
          'a status history: its form, columns, statuses, groups and replies, and whether the names the SLA file uses occur in it',
        ],
      ]),
    )
    .argument('[export]', 'a ticket export (CSV, .gz or .zip)')
    .option('--events <file>', 'inspect this status history instead of an export')
    .option(
      '--sla <file>',
      "read with this SLA file's input: section and priority map; with --events, check the names it uses against the history",
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--preset <name>', 'helpdesk export preset (default: chosen from the header row)')
    .option('--map <field=Column>', 'read a field from a column, e.g. --map created=Oprettet (repeatable)', collect)
    .option('--date-format <format>', 'timestamp format: auto, iso or luxon tokens such as dd-MM-yyyy HH:mm')
    .option('--encoding <name>', 'auto, utf-8, utf-16le, utf-16be or windows-1252')
    .option('--delimiter <char>', 'field separator: , ; | or tab (detected by default)')
    .option('--input-timezone <zone>', "IANA zone of timestamps without an offset (default: the SLA's, else TZ, else UTC)")
    .action(async (path: string | undefined, options: Options) => {
      if ((path === undefined) === (options.events === undefined)) {
        throw new UsageError(
          path === undefined
            ? 'inspect needs an export, or a status history with --events'
            : 'inspect one file at a time: an export, or a status history with --events',
          'e.g. slacheck inspect export.csv, or slacheck inspect --events history.csv --sla sla.yaml',
        );
      }
      const sla = options.sla === undefined ? undefined : readSla(io, options.sla);
      if (options.events !== undefined) return inspectEvents(io, options.events, sla, options);
      if (path === undefined) return;
      // `-` is standard input, as for the other commands.
      if (path !== '-' && !io.exists(path)) throw new UsageError(`cannot open "${path}": no such file`, 'check the path');
      const source = path === '-' ? stdinSource(io) : openSource(io, path);
      const { inspection, problems } = await inspectExport(source, inspectSla(io, sla), importFlags(options));
      if (inspection === undefined) throw new ProblemsFound(problems);
      io.stdout.write(options.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : formatInspection(inspection));
      printWarnings(io, [...inspection.warnings, ...eventLogNotice(sla, options.sla)]);
    });
};

/** `inspect --events FILE [--sla FILE]`: the history as the import reads it; with an SLA file, its names checked against it. */
async function inspectEvents(io: Io, path: string, sla: Sla | undefined, options: Options): Promise<void> {
  if (path !== '-' && !io.exists(path)) throw new UsageError(`cannot open "${path}": no such file`, 'check the path');
  const source = path === '-' ? stdinSource(io) : openSource(io, path);
  const { inspection, problems } = await inspectHistory(source, inspectSla(io, sla), importFlags(options));
  if (inspection === undefined) throw new ProblemsFound(problems);
  const named = sla === undefined ? undefined : historyNameChecks(sla, inspection, slaTerms(sla, inspection.preset.name));
  const warnings = [...inspection.warnings, ...(named?.problems ?? [])];
  const checks = named?.checks ?? null;
  io.stdout.write(
    options.format === 'json'
      ? `${JSON.stringify({ ...inspection, checks, warnings }, null, 2)}\n`
      : formatHistoryInspection(inspection, checks),
  );
  printWarnings(io, warnings);
}

/** The waiting statuses and the priority map in force with this preset (what `waiting` and a priority label stand for). */
function slaTerms(sla: Sla, presetName: string): Terms {
  const preset = presetNamed(presetName) ?? presets.generic!;
  const map = prioritiesInForce(preset, sla.priorities).map;
  return { waiting: sla.waitingStatuses ?? preset.waitingStatuses, priorityOf: (label) => map.get(matchKey(label)) };
}

/**
 * inspect reads a file as a ticket table; an SLA file with input.event_log
 * makes check and report read it as an event log instead (without this
 * notice inspect shows no id and no created column for such a file, as if
 * unread).
 */
function eventLogNotice(sla: Sla | undefined, file: string | undefined): Problem[] {
  if (sla?.input.event_log === undefined) return [];
  return [
    problem(
      'inspect.event-log',
      'warning',
      "the SLA file reads this export as an event log (input.event_log): check and report make one ticket of each ticket's rows; inspect shows the rows as they are, one per line",
      { file },
      'the columns input.event_log names (ticket, at, status) are the ones to look for above',
    ),
  ];
}

/** The SLA file's import settings, or none: naive times in TZ when it names a zone, else UTC (a zone in --input-timezone wins). */
function inspectSla(io: Io, sla: Sla | undefined): ImportSla {
  if (sla !== undefined) return importSla(sla);
  const tz = io.env.TZ;
  const timezone = tz !== undefined && isValidZone(tz) ? tz : 'UTC';
  return { timezone, input: {}, metrics: new Map(), policies: [], priorities: { map: new Map() } };
}
