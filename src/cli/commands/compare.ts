import type { Command } from 'commander';
import { comparisonWarnings, comparisonWalk } from '../../evaluate/compare.js';
import { importDifferences, mergedImportSla } from '../../evaluate/compare-import.js';
import { addComparison, comparisonRows, emptyComparison } from '../../evaluate/compare-table.js';
import { toCompareDocument } from '../../report/compare-document.js';
import { ProblemsFound, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { walkLettingSignalsIn } from '../signal-turns.js';
import { contractTerms, importFlags, loadRunWith, runMoment, withOutputPath } from '../load-run.js';
import { historyPaths } from '../read-tickets.js';
import { checkOutputOptions } from '../write-output.js';
import { TABLES_OF } from '../../report/index.js';
import { examples } from '../help-examples.js';
import { evaluationProgress } from '../progress.js';
import { readSlaFile } from '../read-sla.js';
import { printRunProblems } from '../run-problems.js';
import { addRunOptions, type RunOptions } from '../run-options.js';
import type { CommandSetup } from './index.js';
import { groupKeys, listKeys } from '../group-keys.js';
import { compareKpiColumns } from '../../report/compare-rows.js';

type Options = Omit<RunOptions, 'sla'> & { sla: string[]; by: string; flips?: boolean };

/**
 * `slacheck compare` (SPEC 11.1): the same tickets judged under two or more
 * SLA files, side by side. The exports are read once (the files must read
 * them alike: compare-import.ts) and each ticket is evaluated under every
 * file in the same pass; records are aggregated as they come.
 */
export const compareCommand: CommandSetup = (program: Command, io: Io) => {
  const command = program
    .command('compare')
    .description("judge the same tickets under two or more SLA files (today's agreement and a proposal), side by side")
    .addHelpText(
      'after',
      examples([
        [
          'slacheck compare --sla sla.yaml --sla proposal.yaml tickets.csv --events history.csv --quarter 2026-Q4',
          "today's agreement against a proposal over a quarter, per priority",
        ],
        [
          'slacheck compare --sla sla.yaml --sla proposal.yaml tickets.csv --month 2026-10 --flips --format csv --table flips',
          'the tickets whose verdict would change, as csv',
        ],
      ]),
    )
    .argument('<tickets...>', 'ticket export CSV file(s)');
  addRunOptions(command, { period: true, slaFiles: 'many', tables: TABLES_OF.compare })
    .option(
      '--by <keys>',
      'group rows by policy, priority, month, none, a ticket field or an export column; combine with commas',
      'priority',
    )
    .option('--flips', 'list the tickets whose verdict differs between the files')
    .action(async (files: string[], options: Options) => {
      const by = groupKeys(
        options.by,
        compareKpiColumns().map((c) => c.key),
      );
      if (options.table === 'flips' && options.flips !== true)
        throw new UsageError('--table flips needs --flips', 'add --flips to list the tickets whose verdict differs');
      if (options.sla.length < 2) {
        throw new UsageError(
          `compare needs two or more SLA files; got one (${options.sla[0]})`,
          'name each with --sla, the baseline first: --sla current.yaml --sla proposal.yaml',
        );
      }
      const sources = options.sla.map((file) => {
        const { sla, text, warnings } = readSlaFile(io, file);
        return { file, text, sla, warnings };
      });
      const zone = sources[0]!.sla.timezone;
      const moment = runMoment(io, options, zone);
      const resolved = withOutputPath(options, moment, zone);
      await checkOutputOptions(io, resolved, [
        ...options.sla,
        ...files,
        ...sources.flatMap((s) => historyPaths(s.sla, options.events ?? [])),
      ]);
      const differences = importDifferences(sources, importFlags(options), (options.events ?? []).length > 0);
      if (differences.length > 0) throw new ProblemsFound(differences);
      const slas = sources.map((s) => s.sla);
      const context = { importAs: mergedImportSla(slas), moment, slaWarnings: sources.flatMap((s) => s.warnings) };
      const run = await loadRunWith(io, files, { ...resolved, groupBy: listKeys(by) }, slas[0]!, context);
      const table = emptyComparison(slas.length, by, run.sla.timezone, options.flips === true);
      const progress = evaluationProgress(io, run.input.tickets.length);
      // Each file with its own statuses and pauses (`waiting` expanded), as its own report would judge it.
      const inputs = slas.map((sla) => ({ ...run.input, ...contractTerms(sla, run.imported), detail: 'verdict' as const }));
      const perFile = await walkLettingSignalsIn(
        comparisonWalk(inputs, (evaluations) => {
          addComparison(table, evaluations, slas);
          progress.tick();
        }),
      );
      progress.done();
      const warnings = comparisonWarnings(perFile, options.sla);
      const compared = {
        by: table.tables[0]!.by,
        slas: sources.map((s) => ({ file: s.file, name: s.sla.name })),
        changed: table.changed,
        rows: comparisonRows(table, slas),
        flips: table.flips,
      };
      await run.write({ command: 'compare', document: toCompareDocument(compared, { ...run.common, warnings: run.warnings(warnings) }) });
      printRunProblems(io, run.imported, warnings);
    });
};
