import { goalFor, type Kpi } from '../evaluate/kpis.js';
import { minutes, round2 } from '../report/documents.js';
import { formatDuration } from '../sla/values/duration.js';
import type { Period } from '../evaluate/types.js';
import type { Policy, Sla } from '../sla/types.js';
import type { ScorecardRow } from './types.js';

/**
 * SPEC 10.1 section 2: one row per policy and targeted metric, in file
 * order, with the figures of `report --by policy` for the period (a policy
 * with no records in it still has its row, with no attainment), and the
 * change against the previous period in percentage points. A policy of an
 * agreement that no longer applies (SPEC 9: its dates end before the
 * period) or not yet, with no records of any of its metrics in the period or
 * the one before, has no rows: the customer reads the agreement in force.
 */
export function toScorecard(sla: Sla, period: Period, current: readonly Kpi[], previous: readonly Kpi[]): ScorecardRow[] {
  const find = (kpis: readonly Kpi[], policy: string, metric: string) => kpis.find((k) => k.group[0] === policy && k.metric === metric);
  return sla.policies.flatMap((policy) => {
    const metrics = Object.entries(policy.targets);
    // All of a policy's rows or none: a part of them would read as missing data.
    const seen = metrics.some(
      ([metric]) => find(current, policy.name, metric) !== undefined || find(previous, policy.name, metric) !== undefined,
    );
    if (!seen && !validIn(policy, period)) return [];
    return metrics.map(([metric, target]): ScorecardRow => {
      const now = find(current, policy.name, metric);
      const before = find(previous, policy.name, metric);
      const attainment = now?.attainment ?? null;
      const earlier = before?.attainment ?? null;
      const goal = now?.goal ?? goalFor(sla.goals, metric, policy.name) ?? null;
      const row: ScorecardRow = {
        policy: policy.name,
        metric,
        target: formatDuration(target),
        count: now?.count ?? 0,
        met: now?.met ?? 0,
        breached: now?.breached ?? 0,
        overdue: now?.overdue ?? 0,
        open: now?.open ?? 0,
        attainment_percent: attainment === null ? null : round2(attainment),
        goal_percent: goal,
        goal_met: now?.goalMet ?? null,
        previous_attainment_percent: earlier === null ? null : round2(earlier),
        change_points: attainment === null || earlier === null ? null : round2(attainment - earlier),
        median_minutes: nullableMinutes(now?.medianMs),
        p90_minutes: nullableMinutes(now?.p90Ms),
      };
      return row;
    });
  });
}

/** The policy's dates (SPEC 9) cover some day of the period. */
function validIn(policy: Policy, period: Period): boolean {
  const v = policy.validity;
  return v === undefined || (v.fromAt < period.to && v.untilAt > period.from);
}

function nullableMinutes(ms: number | null | undefined): number | null {
  return ms === null || ms === undefined ? null : minutes(ms);
}
