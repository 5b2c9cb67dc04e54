import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { kpiRows } from '../evaluate/kpis.js';
import type { Problem } from '../problem.js';
import { toPeriodDoc, toWarningDoc } from '../report/documents.js';
import type { Sla } from '../sla/types.js';
import { isRejection } from '../tickets/problems.js';
import type { ImportResult } from '../tickets/types.js';
import { toBacklogDoc } from './backlog.js';
import { toBreaches } from './breaches.js';
import type { Collected } from './review-collector.js';
import { toCover, type InputFile } from './cover.js';
import { toDataQuality } from './data-quality.js';
import { toMajorIncidents } from './major-incidents.js';
import { MESSAGES } from './messages.js';
import { toObservations } from './observations.js';
import type { ReviewPlan } from './review-periods.js';
import { toScorecard } from './scorecard.js';
import { toTrend } from './trend.js';
import { REVIEW_SCHEMA_VERSION, type Language, type PeriodDoc, type ReviewDocument, type UnmatchedDoc } from './types.js';
import { toVolumeSection } from './volume-doc.js';

/** Everything the review is made of, once the tickets have been evaluated and collected. */
export type ReviewInput = {
  sla: Sla;
  plan: ReviewPlan;
  collected: Collected;
  imported: ImportResult;
  /** The evaluation's warnings (for the review period, as `report` gives them), and the review's own (report.major that matches nothing). */
  warnings: readonly Problem[];
  /** The SLA file's warnings, printed when it was read: the page shows them too. */
  slaWarnings?: readonly Problem[];
  /** report.major's values that no ticket has (major-rule.ts). */
  unmatched?: readonly UnmatchedDoc[];
  inputs: readonly InputFile[];
  asOf: Instant;
  /** The time of the run, only when asked for (--show-run-time). */
  generatedAt: Instant | undefined;
  language: Language;
};

/** The nine sections of SPEC 10.1, in order, as one plain object. Pure. */
export function buildReview(input: ReviewInput): ReviewDocument {
  const { sla, plan, collected, imported, language } = input;
  const zone = sla.timezone;
  const settings = sla.report;
  const end = Math.min(plan.period.to, input.asOf);
  const main = plan.at.period;
  const scorecard = toScorecard(sla, plan.period, kpiRows(collected.kpis[main]!, sla), kpiRows(collected.kpis[plan.at.previous[0]!]!, sla));
  const counts = imported.counts;
  const skipped = imported.problems.filter(isRejection).length;
  const all = [...(input.slaWarnings ?? []), ...imported.problems, ...input.warnings];
  // `report.title` names the monthly edition in `report.language`; another edition or language has its default title.
  const ownTitle = plan.edition === 'monthly' && (settings?.language ?? language) === language ? settings?.title : undefined;
  return {
    schema_version: REVIEW_SCHEMA_VERSION,
    language,
    edition: plan.edition,
    title: ownTitle ?? MESSAGES[language].defaultTitle[plan.edition],
    agreement: sla.name,
    supplier: settings?.supplier ?? null,
    customer: settings?.customer ?? null,
    as_of: formatInstant(zone, input.asOf),
    timezone: zone,
    generated_at: input.generatedAt === undefined ? null : formatInstant(zone, input.generatedAt),
    period: { ...(toPeriodDoc(plan.period, zone) as PeriodDoc), complete: input.asOf >= plan.period.to },
    previous_period: toPeriodDoc(plan.previous[0], zone) as PeriodDoc,
    cover: toCover(sla, plan.period, input.generatedAt ?? input.asOf, input.inputs, counts, collected.active),
    scorecard,
    trend: toTrend(sla, plan, collected),
    breaches: toBreaches(sla, collected.breaches),
    major_incidents: toMajorIncidents(sla, collected.major, collected.majorCount, end, input.unmatched),
    backlog: toBacklogDoc(collected.backlog, end, zone),
    volume: toVolumeSection(collected.volumes[main]!, collected.byPriority, collected.byService),
    data_quality: toDataQuality(
      imported,
      input.warnings,
      {
        withoutSla: collected.volumes[main]!.withoutSla,
        doneWithoutResolution: collected.doneWithoutResolution,
        afterAsOf: imported.tickets.length - collected.evaluated,
      },
      language,
      all,
    ),
    observations: toObservations({
      sla,
      plan,
      collected,
      scorecard,
      rows: { read: (counts?.ticketRows ?? 0) + (counts?.eventRows ?? 0), skipped },
      language,
    }),
    warnings: all.map(toWarningDoc),
  };
}
