import type { Command } from 'commander';
import { forEachEvaluation } from '../../evaluate/evaluate.js';
import { addRecord, emptyKpiTable, GROUP_KEYS, kpiRows, type GroupKey } from '../../evaluate/kpis.js';
import { addToVolume, emptyVolume } from '../../evaluate/volume.js';
import { toReportDocument } from '../../report/documents.js';
import { TABLES_OF } from '../../report/index.js';
import { didYouMean } from '../../suggest.js';
import { ThresholdMissed, UsageError } from '../errors.js';
import type { Io } from '../io.js';
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
    .addHelpText('after', examples([['slacheck report --sla sla.yaml tickets.csv --events history.csv --month 2026-10', 'the October 2026 KPIs per policy, and the volume'], ['slacheck report --sla sla.yaml tickets.csv --quarter 2026-Q4 --by customer,month --format csv --output q4.csv', 'a quarter per customer and month, as csv, for a spreadsheet']]))
    .argument('<tickets...>', 'ticket export CSV file(s)');
  addRunOptions(command, { period: true, tables: TABLES_OF.report })
    .option('--by <keys>', `group rows by ${GROUP_KEYS.join(', ')}; combine with commas, e.g. policy,month`, 'policy')
    .option('--fail-under-goal', 'exit 1 when an attainment is under its goal')
    .action(async (files: string[], options: Options) => {
      const by = groupKeys(options.by);
      const run = await loadRun(io, files, options);
      const table = emptyKpiTable(by, run.sla.timezone);
      const volume = emptyVolume();
      const progress = evaluationProgress(io, run.input.tickets.length);
      const warnings = forEachEvaluation({ ...run.input, detail: 'verdict' }, (evaluation) => {
        for (const r of evaluation.records) addRecord(table, r, evaluation.ticket);
        addToVolume(volume, evaluation, run.input.period);
        progress.tick();
      });
      progress.done();
      const kpis = kpiRows(table, run.sla);
      await run.write({ command: 'report', document: toReportDocument(table.by, kpis, volume, { ...run.common, warnings: run.warnings(warnings) }) });
      printRunProblems(io, run.imported, warnings);
      const missed = kpis.filter((k) => k.goalMet === false).length;
      if (options.failUnderGoal === true && missed > 0) throw new ThresholdMissed(`${missed} attainment${missed === 1 ? ' is' : 's are'} under goal (--fail-under-goal)`);
    });
};

/** The --by keys, checked (report, compare). */
export function groupKeys(text: string): GroupKey[] {
  const keys = text.split(',').map((k) => k.trim().toLowerCase());
  for (const key of keys) {
    if (!(GROUP_KEYS as readonly string[]).includes(key)) {
      const near = didYouMean(key, GROUP_KEYS);
      throw new UsageError(`--by: unknown key "${key}"${near === '' ? '' : `; ${near}`}`, `keys: ${GROUP_KEYS.join(', ')}; combine with commas`);
    }
  }
  if (new Set(keys).size !== keys.length) throw new UsageError(`--by: "${text}" names a key twice`);
  return keys as GroupKey[];
}
