import { historyPaths } from '../read-tickets.js';
import { Option, type Command } from 'commander';
import type { Instant } from '../../calendar/types.js';
import { evaluationInPeriodsWalk } from '../../evaluate/in-periods.js';
import type { Period } from '../../evaluate/types.js';
import { REVIEW_FORMATS, reviewFormatters, type ReviewFormat } from '../../report/review-formats.js';
import { buildReview } from '../../review/build-review.js';
import { reviewCollector, type Collected } from '../../review/review-collector.js';
import { unmatchedMajor } from '../../review/major-rule.js';
import { matchKey } from '../../sla/normalize/match-key.js';
import { presetNamed, presets } from '../../tickets/columns/presets/index.js';
import { prioritiesInForce } from '../../tickets/columns/presets/priority-map.js';
import { reviewPlan } from '../../review/review-periods.js';
import { LANGUAGES, type Language } from '../../review/types.js';
import type { Sla } from '../../sla/types.js';
import { ThresholdMissed, UsageError } from '../errors.js';
import { fileDigests } from '../file-digests.js';
import type { Io } from '../io.js';
import { walkLettingSignalsIn } from '../signal-turns.js';
import { loadRun } from '../load-run.js';
import { periodFromFlags, type PeriodFlags } from '../period-options.js';
import { evaluationProgress } from '../progress.js';
import { printRunProblems } from '../run-problems.js';
import { addRunOptions, type RunOptions } from '../run-options.js';
import { formatFromOutput } from '../output-format.js';
import { writeTo } from '../write-output.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

type Options = Omit<RunOptions, 'format' | 'quarter' | 'csvDialect'> & {
  format: ReviewFormat;
  quarter?: string | true;
  language?: Language;
  failUnderGoal?: boolean;
  showRunTime?: boolean;
};

/**
 * `slacheck review`: the monthly service review (SPEC 10) as HTML, Markdown
 * or JSON. The period defaults to last month; `--quarter` alone is last
 * quarter's edition. One pass over the tickets judges the period, the
 * periods before it and the trend's months; the review is assembled from
 * that (src/review/) and rendered (src/report/). --output writes atomically.
 */
export const reviewCommand: CommandSetup = (program: Command, io: Io) => {
  const command = program
    .command('review')
    .description(
      'the monthly service review for the customer: scorecard, trend, breaches, major incidents, backlog, volume, data quality, observations',
    )
    .addHelpText(
      'after',
      examples([
        [
          'slacheck review --sla sla.yaml tickets.csv --events history.csv --output review-$(date +%Y-%m).html',
          "last month's review as one HTML page, written atomically",
        ],
        [
          'slacheck review --sla sla.yaml tickets.csv --quarter 2026-Q4 --format markdown --language en',
          'the quarterly edition in English, as Markdown',
        ],
      ]),
    )
    .argument('<tickets...>', 'ticket export CSV file(s)');
  addRunOptions(command, { period: false, formats: false });
  reviewOptions(command).action(async (files: string[], options: Options) => {
    const flags = {
      ...(options as unknown as RunOptions),
      format: 'json' as const,
      month: undefined,
      quarter: undefined,
      from: undefined,
      to: undefined,
      period: undefined,
    };
    const run = await loadRun(io, files, flags, (zone, asOf) => reviewPeriod(options, zone, asOf));
    const { sla } = run;
    const asOf = run.common.asOf;
    const period = run.common.period!;
    const plan = reviewPlan(sla.timezone, period, sla.report?.trendMonths ?? 12);
    const input = { ...run.input, period, detail: 'verdict' as const };
    const collector = reviewCollector(plan, input);
    const progress = evaluationProgress(io, input.tickets.length);
    const warnings = await walkLettingSignalsIn(
      evaluationInPeriodsWalk(input, plan.judged, (evaluation, judged) => {
        collector.add(evaluation, judged);
        progress.tick();
      }),
    );
    progress.done();
    // A pipe was consumed by the import: a second read would hash nothing ("bytes": 0 beside the rows read).
    const inputs = await fileDigests(
      io,
      inputFiles(sla, files, options.events ?? []).filter((f) => io.isRegularFile?.(f.file) ?? true),
    );
    const generatedAt: Instant | undefined = options.showRunTime === true ? io.now() : undefined;
    const language = options.language ?? sla.report?.language ?? 'en';
    const collected = collector.finish();
    const major = majorCheck(sla, collected, run.imported.preset);
    const all = [...warnings, ...major.problems];
    const review = buildReview({
      sla,
      plan,
      collected,
      imported: run.imported,
      warnings: all,
      slaWarnings: run.slaWarnings,
      unmatched: major.unmatched,
      inputs,
      asOf,
      generatedAt,
      language,
    });
    const text = reviewFormatters[options.format](review);
    await writeTo(io, run.output, async (sink) => {
      await sink.write(text);
    });
    printRunProblems(io, run.imported, all);
    const missed = review.scorecard.filter((row) => row.goal_met === false).length;
    if (options.failUnderGoal === true && missed > 0)
      throw new ThresholdMissed(`${missed} goal${missed === 1 ? ' is' : 's are'} missed (--fail-under-goal)`);
  });
};

/** report.major's values that no ticket has, read through the priority map in force (the preset the import settled on, then priorities.map). */
function majorCheck(sla: Sla, collected: Collected, preset: string | undefined): ReturnType<typeof unmatchedMajor> {
  const major = sla.report?.major;
  if (major === undefined || collected.majorValues === undefined) return { unmatched: [], problems: [] };
  const map = prioritiesInForce(presetNamed(preset ?? 'generic') ?? presets.generic!, sla.priorities).map;
  return unmatchedMajor(major, collected.majorValues, (label) => map.get(matchKey(label)));
}

/** The review's own options: its formats, its period flags (--quarter may stand alone), language. */
function reviewOptions(command: Command): Command {
  return formatFromOutput(command, REVIEW_FORMATS)
    .addOption(
      new Option('--format <format>', "output format (default: html, or what --output's extension names: .md, .json)")
        .choices(REVIEW_FORMATS)
        .default('html'),
    )
    .option('--month <YYYY-MM>', 'period: a calendar month (default: last month)')
    .option('--quarter [YYYY-Qn]', 'the quarterly edition for a quarter, e.g. 2026-Q4; alone: last quarter')
    .option('--from <time>', 'period start: a date (its start) or an instant')
    .option('--to <time>', 'period end: a date (inclusive) or an instant (exclusive)')
    .addOption(
      new Option('--period <name>', 'period relative to the as-of instant').choices([
        'last-month',
        'this-month',
        'last-quarter',
        'this-quarter',
      ]),
    )
    .addOption(new Option('--language <language>', 'da or en (overrides report.language)').choices(LANGUAGES))
    .option('--fail-under-goal', 'exit 1 when a goal in the scorecard is missed')
    .option('--show-run-time', 'print the time of the run on the cover (then no two runs give the same output)');
}

/** SPEC 10: last month unless a period is given; `--quarter` without a value is last quarter. */
function reviewPeriod(options: Options, zone: string, asOf: Instant): Period {
  const bareQuarter = options.quarter === true;
  // A bare --quarter stands for --period last-quarter; a clash names the flags as the user typed them.
  const others = (['month', 'period', 'from'] as const).filter((k) => options[k] !== undefined).map((k) => `--${k}`);
  if (bareQuarter && others.length > 0) throw new UsageError(`give one period, not --quarter and ${others.join(' and ')}`);
  const flags: PeriodFlags = {
    month: options.month,
    from: options.from,
    to: options.to,
    period: bareQuarter ? 'last-quarter' : options.period,
  };
  if (typeof options.quarter === 'string') flags.quarter = options.quarter;
  const given = Object.values(flags).some((v) => v !== undefined);
  return periodFromFlags(given ? flags : { period: 'last-month' }, zone, asOf)!;
}

/** The files the import read, in its order: ticket exports, then histories (--events, else the SLA file's input.events.file). */
function inputFiles(sla: Sla, files: readonly string[], events: readonly string[]): { file: string; kind: 'tickets' | 'history' }[] {
  const histories = historyPaths(sla, events);
  return [
    ...files.map((file) => ({ file, kind: 'tickets' as const })),
    ...histories.map((file) => ({ file, kind: 'history' as const })),
  ].filter((f) => f.file !== '-');
}
