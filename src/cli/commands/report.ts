import type { Command } from 'commander';
import { evaluationWalk } from '../../evaluate/evaluate.js';
import { addRecord, emptyKpiTable, kpiRows } from '../../evaluate/kpis.js';
import { addToVolume, emptyVolume } from '../../evaluate/volume.js';
import { toReportDocument } from '../../report/documents.js';
import { TABLES_OF } from '../../report/index.js';
import { KPI_COLUMNS } from '../../report/rows.js';
import { ThresholdMissed } from '../errors.js';
import { groupKeys, listKeys } from '../group-keys.js';
import type { Io } from '../io.js';
import { walkLettingSignalsIn } from '../signal-turns.js';
import { loadRun } from '../load-run.js';
import { evaluationProgress } from '../progress.js';
import { printRunProblems } from '../run-problems.js';
import { addRunOptions, type RunOptions } from '../run-options.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

type Options = RunOptions & { by: string; failUnderGoal?: boolean };

/**
 * `slacheck report`: KPI rows per group and metric, and the period's volume
 * (SPEC 7). Records are aggregated as they are evaluated, never kept.
 * --fail-under-goal exits 1 when a row's attainment is under its goal.
 */
export const reportCommand: CommandSetup = (program: Command, io: Io) => {
  const command = program
    .command('report')
    .description('KPI tables (attainment against goals, business-time percentiles) and volume for a period')
    .addHelpText(
      'after',
      examples([
        [
          'slacheck report --sla sla.yaml tickets.csv --events history.csv --month 2026-10',
          'the October 2026 KPIs per policy, and the volume',
        ],
        [
          'slacheck report --sla sla.yaml tickets.csv --quarter 2026-Q4 --by customer,month --format csv --output q4.csv',
          'a quarter per customer and month, as csv, for a spreadsheet',
        ],
      ]),
    )
    .argument('<tickets...>', 'ticket export CSV file(s)');
  addRunOptions(command, { period: true, tables: TABLES_OF.report })
    .option(
      '--by <keys>',
      'group rows by policy, priority, month, none, a ticket field (customer, service, category, …) or an export column; combine with commas, e.g. policy,month',
      'policy',
    )
    .option('--fail-under-goal', 'exit 1 when an attainment is under its goal')
    .action(async (files: string[], options: Options) => {
      const by = groupKeys(
        options.by,
        KPI_COLUMNS.map((c) => c.key),
      );
      const run = await loadRun(io, files, { ...options, groupBy: listKeys(by) });
      const table = emptyKpiTable(by, run.sla.timezone);
      const volume = emptyVolume();
      const progress = evaluationProgress(io, run.input.tickets.length);
      const warnings = await walkLettingSignalsIn(
        evaluationWalk({ ...run.input, detail: 'verdict' }, (evaluation) => {
          for (const r of evaluation.records) addRecord(table, r, evaluation.ticket);
          addToVolume(volume, evaluation, run.input.period);
          progress.tick();
        }),
      );
      progress.done();
      const kpis = kpiRows(table, run.sla);
      await run.write({
        command: 'report',
        document: toReportDocument(table.by, kpis, volume, { ...run.common, warnings: run.warnings(warnings) }),
      });
      printRunProblems(io, run.imported, warnings);
      const missed = kpis.filter((k) => k.goalMet === false).length;
      if (options.failUnderGoal === true && missed > 0)
        throw new ThresholdMissed(`${missed} attainment${missed === 1 ? ' is' : 's are'} under goal (--fail-under-goal)`);
    });
};
