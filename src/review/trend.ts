import { goalFor, kpiRows } from '../evaluate/kpis.js';
import { round2, toPeriodDoc } from '../report/documents.js';
import type { Sla } from '../sla/types.js';
import type { Collected } from './review-collector.js';
import type { ReviewPlan } from './review-periods.js';
import type { PeriodDoc, TrendDoc } from './types.js';

/**
 * SPEC 10.1 section 3: attainment per month for each policy and metric
 * (each month judged as `report --month` judges it), and created, resolved
 * and backlog per month.
 */
export function toTrend(sla: Sla, plan: ReviewPlan, collected: Collected): TrendDoc {
  const zone = sla.timezone;
  const rows = plan.at.months.map((i) => kpiRows(collected.kpis[i]!, sla));
  const attainment = sla.policies.flatMap((policy) =>
    Object.keys(policy.targets).map((metric) => {
      const kpis = rows.map((kpis) => kpis.find((k) => k.group[0] === policy.name && k.metric === metric));
      return {
        policy: policy.name,
        metric,
        goal_percent: goalFor(sla.goals, metric, policy.name) ?? null,
        values: kpis.map((k) => (k?.attainment === null || k === undefined ? null : round2(k.attainment))),
        goal_met: kpis.map((k) => k?.goalMet ?? null),
      };
    }),
  );
  const volume = plan.at.months.map((i, k) => {
    const v = collected.volumes[i]!;
    return { month: plan.months[k]!.label, created: v.created, resolved: v.resolved, backlog: v.backlog };
  });
  return { months: plan.months.map((p) => toPeriodDoc(p, zone) as PeriodDoc), attainment, volume };
}
