import type { Command } from 'commander';
import { evaluationWalk } from '../../evaluate/evaluate.js';
import type { TicketRecord } from '../../evaluate/types.js';
import { toCheckDocument } from '../../report/documents.js';
import { recordList } from '../../report/record-list.js';
import { verdictTally } from '../../evaluate/vendor-verdicts.js';
import { helpdeskName } from '../../tickets/columns/presets/index.js';
import { ThresholdMissed } from '../errors.js';
import type { Io } from '../io.js';
import { walkLettingSignalsIn } from '../signal-turns.js';
import { loadRun } from '../load-run.js';
import { evaluationProgress } from '../progress.js';
import { printRunProblems } from '../run-problems.js';
import { addRunOptions, type RunOptions } from '../run-options.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

type Options = RunOptions & { all?: boolean; failOnBreach?: boolean };

/**
 * `slacheck check`: the breach list (SPEC 7). Breached and overdue records
 * (every record with --all), sorted by due then ticket; --fail-on-breach
 * exits 1 when one of them is a breach.
 */
export const checkCommand: CommandSetup = (program: Command, io: Io) => {
  const command = program
    .command('check')
    .description('list the records that breached or are overdue (--all: every record)')
    .addHelpText(
      'after',
      examples([
        ['slacheck check --sla sla.yaml tickets.csv --events history.csv --period last-month', "last month's breached and overdue records"],
        [
          'slacheck check --sla sla.yaml tickets.csv --month 2026-10 --all --format csv --output records.csv',
          'every record of October 2026 into a spreadsheet file',
        ],
      ]),
    )
    .argument('<tickets...>', 'ticket export CSV file(s)');
  addRunOptions(command, { period: true })
    .option('--all', 'list every record, not only breached and overdue ones')
    .option('--fail-on-breach', 'exit 1 when a record breached or is overdue')
    .action(async (files: string[], options: Options) => {
      const run = await loadRun(io, files, options);
      const records = recordList();
      const verdicts = verdictTally();
      let breaches = 0;
      const progress = evaluationProgress(io, run.input.tickets.length);
      const warnings = await walkLettingSignalsIn(
        evaluationWalk(run.input, ({ records: mine, ticket }) => {
          for (const r of mine) {
            verdicts.add(r, ticket);
            if (isBreach(r)) breaches++;
            if (options.all === true || isBreach(r)) records.add(r, ticket);
          }
          progress.tick();
        }),
      );
      progress.done();
      records.sortByDueThenTicket();
      const differ = verdicts.warning(helpdeskName(run.imported.preset));
      if (differ !== undefined) warnings.push(differ);
      await run.write({ command: 'check', document: toCheckDocument(records, { ...run.common, warnings: run.warnings(warnings) }) });
      printRunProblems(io, run.imported, warnings);
      if (options.failOnBreach === true && breaches > 0)
        throw new ThresholdMissed(`${breaches} record${breaches === 1 ? '' : 's'} breached or overdue (--fail-on-breach)`);
    });
};

function isBreach(r: TicketRecord): boolean {
  return r.status === 'breached' || r.status === 'overdue';
}
