import { problem, type Problem } from '../../problem.js';
import { Option, type Command } from 'commander';
import { isValidZone } from '../../calendar/wall-clock.js';
import type { Sla } from '../../sla/types.js';
import { formatInspection } from '../../report/format-inspection.js';
import { inspectExport } from '../../tickets/inspect/inspect-export.js';
import { importSla, type ImportSla } from '../../tickets/settings.js';
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
 * `slacheck inspect <export>` (issue 9): what slacheck will read from an
 * export, before any SLA file exists: encoding, delimiter, preset, the
 * column of each field, the date format with two values read back, the
 * distinct priorities and statuses with what they become, the columns left
 * unused. `--sla` reads with that file's `input:` section and priority map.
 */
export const inspectCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('inspect')
    .description('show how an export will be read: encoding, preset, columns, dates, priorities and statuses')
    .addHelpText('after', examples([['slacheck inspect export.csv', 'what slacheck will read from an export, before any SLA file'], ['slacheck inspect --sla sla.yaml --format json export.zip', "the same with the SLA file's input: section and priority map, as JSON"]]))
    .argument('<export>', 'a ticket export (CSV, .gz or .zip)')
    .option('--sla <file>', "read with this SLA file's input: section and priority map")
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--preset <name>', 'helpdesk export preset (default: chosen from the header row)')
    .option('--map <field=Column>', 'read a field from a column, e.g. --map created=Oprettet (repeatable)', collect)
    .option('--date-format <format>', 'timestamp format: auto, iso or luxon tokens such as dd-MM-yyyy HH:mm')
    .option('--encoding <name>', 'auto, utf-8, utf-16le, utf-16be or windows-1252')
    .option('--delimiter <char>', 'field separator: , ; | or tab (detected by default)')
    .option('--input-timezone <zone>', "IANA zone of timestamps without an offset (default: the SLA's, else TZ, else UTC)")
    .action(async (path: string, options: Options) => {
      const sla = options.sla === undefined ? undefined : readSla(io, options.sla);
      // `-` is standard input, as for the other commands (QA).
      if (path !== '-' && !io.exists(path)) throw new UsageError(`cannot open "${path}": no such file`, 'check the path');
      const source = path === '-' ? stdinSource(io) : openSource(io, path);
      const { inspection, problems } = await inspectExport(source, inspectSla(io, sla), importFlags(options));
      if (inspection === undefined) throw new ProblemsFound(problems);
      io.stdout.write(options.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : formatInspection(inspection));
      printWarnings(io, [...inspection.warnings, ...eventLogNotice(sla, options.sla)]);
    });
};

/**
 * inspect reads a file as a ticket table; an SLA file with input.event_log
 * makes check and report read it as an event log instead (QA: inspect then
 * showed no id and no created column for the Italian dataset, as if unread).
 */
function eventLogNotice(sla: Sla | undefined, file: string | undefined): Problem[] {
  if (sla?.input.event_log === undefined) return [];
  return [
    problem(
      'inspect.event-log',
      'warning',
      'the SLA file reads this export as an event log (input.event_log): check and report make one ticket of each ticket\'s rows; inspect shows the rows as they are, one per line',
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
