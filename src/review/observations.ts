import { kpiRows, type Kpi } from '../evaluate/kpis.js';
import { sampleValues } from '../evaluate/samples.js';
import { attainmentAt, minimalTarget, roundTargetUp } from '../evaluate/targets.js';
import { minutes, round2 } from '../report/documents.js';
import type { Sla } from '../sla/types.js';
import { sampleKey, type Collected } from './review-collector.js';
import { observationText } from './observation-text.js';
import type { ReviewPlan } from './review-periods.js';
import type { Language, ObservationDoc, ObservationRule, ScorecardRow } from './types.js';

/**
 * SPEC 10.1 section 9: observations from stated rules, each with its figures
 * (the README lists the rules). In rule order, then scorecard order:
 * - goal-missed: a row's goal missed in the period; names the smallest target
 *   at which it would have been met (SPEC 11.2, suggest's minimalTarget) and
 *   that target rounded up the ladder, with the attainment it gives;
 * - goal-missed-repeatedly: a row's goal missed in at least 2 of the last 3
 *   periods (this one and the two before, of the same kind);
 * - p90-over-target: nearest-rank P90 of completed records above the target,
 *   i.e. fewer than ceil(0.9 n) of the n completed records met it (for an Nbd
 *   target each record against its own budget);
 * - backlog-growing: the backlog at the end of each of the last 4 periods
 *   grew 3 times in a row;
 * - without-sla: tickets without SLA above 1 % of the tickets active in the period;
 * - skipped-rows: rows skipped above 1 % of the rows read.
 */
export type ObservationInput = {
  sla: Sla;
  plan: ReviewPlan;
  collected: Collected;
  scorecard: readonly ScorecardRow[];
  rows: { read: number; skipped: number };
  language: Language;
};

type Found = Omit<ObservationDoc, 'text'>;

export function toObservations(input: ObservationInput): ObservationDoc[] {
  const found: Found[] = [
    ...goalMissed(input),
    ...goalMissedRepeatedly(input),
    ...p90OverTarget(input),
    ...backlogGrowing(input),
    ...shares(input),
  ];
  return found.map((o) => ({ ...o, text: observationText(o, input.plan.edition, input.language) }));
}

function goalMissed({ scorecard, collected, sla }: ObservationInput): Found[] {
  return scorecard
    .filter((row) => row.goal_met === false)
    .map((row) => {
      const samples = collected.samples.get(sampleKey(row.policy, row.metric))!;
      const measured = { stopped: sampleValues(samples.stopped), running: sampleValues(samples.running) };
      const needed = minimalTarget(measured, row.goal_percent!);
      const rounded = needed === null ? null : roundTargetUp(needed);
      const target = sla.policies.find((p) => p.name === row.policy)!.targets[row.metric]!;
      return observation('goal-missed', row, {
        attainment_percent: row.attainment_percent,
        goal_percent: row.goal_percent,
        met: row.met,
        judged: row.met + row.breached + row.overdue,
        target: row.target,
        target_minutes: target.kind === 'business-time' ? minutes(target.ms) : null,
        needed_target_minutes: needed === null ? null : minutes(needed),
        rounded_target_minutes: rounded === null ? null : minutes(rounded),
        rounded_attainment_percent: rounded === null ? null : roundedAttainment(attainmentAt(measured, rounded).attainment),
      });
    });
}

function goalMissedRepeatedly({ scorecard, plan, collected, sla }: ObservationInput): Found[] {
  const periods = [plan.previous[1]!, plan.previous[0]!, plan.period];
  const tables = [plan.at.previous[1]!, plan.at.previous[0]!, plan.at.period].map((i) => kpiRows(collected.kpis[i]!, sla));
  return scorecard.flatMap((row) => {
    const kpis = tables.map((t) => t.find((k: Kpi) => k.group[0] === row.policy && k.metric === row.metric));
    const missed = kpis.filter((k) => k?.goalMet === false).length;
    if (missed < 2) return [];
    const figures: Found['figures'] = { missed, of: 3, goal_percent: row.goal_percent };
    periods.forEach((p, i) => {
      figures[`period_${i + 1}`] = p.label;
      const attainment = kpis[i]?.attainment;
      figures[`attainment_${i + 1}_percent`] = attainment === undefined || attainment === null ? null : round2(attainment);
    });
    return [observation('goal-missed-repeatedly', row, figures)];
  });
}

function p90OverTarget({ scorecard }: ObservationInput): Found[] {
  return scorecard.flatMap((row) => {
    const completed = row.met + row.breached;
    if (completed === 0 || row.met >= Math.ceil((90 * completed) / 100)) return [];
    return [observation('p90-over-target', row, { p90_minutes: row.p90_minutes, target: row.target, completed, met: row.met })];
  });
}

function backlogGrowing({ plan, collected }: ObservationInput): Found[] {
  const order = [plan.at.previous[2]!, plan.at.previous[1]!, plan.at.previous[0]!, plan.at.period];
  const labels = [plan.previous[2]!, plan.previous[1]!, plan.previous[0]!, plan.period].map((p) => p.label);
  const backlog = order.map((i) => collected.volumes[i]!.backlog);
  if (!backlog.every((b, i) => i === 0 || b > backlog[i - 1]!)) return [];
  const figures: Found['figures'] = {};
  labels.forEach((label, i) => {
    figures[`period_${i + 1}`] = label;
    figures[`backlog_${i + 1}`] = backlog[i]!;
  });
  return [{ rule: 'backlog-growing', policy: null, metric: null, figures }];
}

/** Above 1 %, compared without rounding: part * 100 > whole. */
function shares({ collected, plan, rows }: ObservationInput): Found[] {
  const found: Found[] = [];
  const withoutSla = collected.volumes[plan.at.period]!.withoutSla;
  if (withoutSla * 100 > collected.active)
    found.push({
      rule: 'without-sla',
      policy: null,
      metric: null,
      figures: { without_sla: withoutSla, active_tickets: collected.active, share_percent: round2((withoutSla * 100) / collected.active) },
    });
  if (rows.skipped * 100 > rows.read)
    found.push({
      rule: 'skipped-rows',
      policy: null,
      metric: null,
      figures: { skipped: rows.skipped, rows: rows.read, share_percent: round2((rows.skipped * 100) / rows.read) },
    });
  return found;
}

function observation(rule: ObservationRule, row: ScorecardRow, figures: Found['figures']): Found {
  return { rule, policy: row.policy, metric: row.metric, figures };
}

function roundedAttainment(attainment: number | null): number | null {
  return attainment === null ? null : round2(attainment);
}
