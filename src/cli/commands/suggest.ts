import type { Command } from 'commander';
import { evaluationWalk } from '../../evaluate/evaluate.js';
import { addToSuggestions, emptySuggestionTable, suggestions } from '../../evaluate/suggestions.js';
import { toSuggestDocument } from '../../report/suggest-document.js';
import { parsePercent } from '../../sla/values/percent.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { walkLettingSignalsIn } from '../signal-turns.js';
import { loadRun } from '../load-run.js';
import { evaluationProgress } from '../progress.js';
import { printRunProblems } from '../run-problems.js';
import { addRunOptions, type RunOptions } from '../run-options.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

type Options = RunOptions & { goal?: string };

/**
 * `slacheck suggest` (SPEC 11.2): per policy and metric, the smallest target
 * at which the period's attainment would have reached the goal, rounded up
 * the ladder, with the current target and percentiles beside it.
 */
export const suggestCommand: CommandSetup = (program: Command, io: Io) => {
  const command = program
    .command('suggest')
    .description('the smallest target per policy and metric that the history would have met at the goal')
    .addHelpText(
      'after',
      examples([
        [
          'slacheck suggest --sla sla.yaml tickets.csv --events history.csv --period last-quarter',
          'the targets last quarter would have met at each goal of the SLA file',
        ],
        [
          'slacheck suggest --sla sla.yaml tickets.csv --from 2025-12-01 --to 2026-12-01 --goal 95% --format json',
          'a year of history at 95 %, as JSON',
        ],
      ]),
    )
    .argument('<tickets...>', 'ticket export CSV file(s)');
  addRunOptions(command, { period: true })
    .option('--goal <percent>', "the attainment to reach, e.g. 95% (default: each metric's goal in the SLA file)")
    .action(async (files: string[], options: Options) => {
      const goal = options.goal === undefined ? undefined : goalFlag(options.goal);
      const run = await loadRun(io, files, options);
      const table = emptySuggestionTable();
      const progress = evaluationProgress(io, run.input.tickets.length);
      const warnings = await walkLettingSignalsIn(
        evaluationWalk({ ...run.input, detail: 'verdict' }, (evaluation) => {
          for (const r of evaluation.records) addToSuggestions(table, r);
          progress.tick();
        }),
      );
      progress.done();
      const list = suggestions(table, run.sla, goal);
      await run.write({ command: 'suggest', document: toSuggestDocument(list, { ...run.common, warnings: run.warnings(warnings) }) });
      printRunProblems(io, run.imported, warnings);
    });
};

function goalFlag(text: string): number {
  const parsed = parsePercent(text);
  if (!parsed.ok) throw new UsageError(`--goal: ${parsed.message}`, parsed.hint);
  return parsed.value;
}
