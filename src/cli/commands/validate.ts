import { Option, type Command } from 'commander';
import { instantToLocal } from '../../calendar/wall-clock.js';
import { formatSummary } from '../../report/format-sla-summary.js';
import { summarize } from '../../report/sla-summary.js';
import { formatProblem } from '../../problem.js';
import { dueOutsideMonth } from '../../sla/rules/due-months.js';
import { parseYaml, whereOf } from '../../sla/written/yaml-source.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readSlaFile } from '../read-sla.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

/**
 * `slacheck validate <sla.yaml> [--year N] [--format table|json]`: every
 * problem in the file at once (exit 2), or a summary of the agreement to hold
 * against the paper contract, with the holidays that close each calendar in
 * the year (default: the current year in the SLA's time zone); a deadline
 * (report.due) that some month of that year pushes into the next is a warning.
 */
export const validateCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('validate')
    .description('check an SLA file and summarise it: policies, calendars with their holidays, goals')
    .addHelpText(
      'after',
      examples([
        ['slacheck validate sla.yaml', "check the file and summarise it, with this year's holidays"],
        ['slacheck validate sla.yaml --year 2027 --format json', "the summary with 2027's holidays, as JSON"],
      ]),
    )
    .argument('<sla.yaml>', 'the SLA file')
    .option('--year <year>', 'year whose holidays to list (default: this year)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((path: string, options: { year?: string; format: 'table' | 'json' }) => {
      const { sla, file, text } = readSlaFile(io, path);
      const year = options.year === undefined ? instantToLocal(sla.timezone, io.now()).year : parseYear(options.year);
      const late = dueOutsideMonth(sla, year, {
        ...whereOf(parseYaml(text, path).source, ['report', 'due', 'working_day']),
        field: 'report.due.working_day',
      });
      if (late !== undefined) io.stderr.write(`slacheck: ${formatProblem(late)}\n`);
      const summary = summarize(sla, file, year);
      io.stdout.write(options.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, path));
    });
};

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(`--year: expected a year such as 2026, found "${text}"`);
  return Number(text);
}
