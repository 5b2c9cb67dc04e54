import { goalFor, type Kpi } from '../evaluate/kpis.js';
import { minutes, round2 } from '../report/documents.js';
import { formatDuration } from '../sla/duration.js';
import type { Sla } from '../sla/types.js';
import type { ScorecardRow } from './types.js';

/**
 * SPEC 10.1 section 2: one row per policy and targeted metric, in file
 * order, with the figures of `report --by policy` for the period (a policy
 * with no records in it still has its row, with no attainment), and the
 * change against the previous period in percentage points.
 */
export function toScorecard(sla: Sla, current: readonly Kpi[], previous: readonly Kpi[]): ScorecardRow[] {
  const find = (kpis: readonly Kpi[], policy: string, metric: string) => kpis.find((k) => k.group[0] === policy && k.metric === metric);
  return sla.policies.flatMap((policy) =>
    Object.entries(policy.targets).map(([metric, target]): ScorecardRow => {
      const now = find(current, policy.name, metric);
      const before = find(previous, policy.name, metric);
      const attainment = now?.attainment ?? null;
      const earlier = before?.attainment ?? null;
      const goal = now?.goal ?? goalFor(sla.goals, metric, policy.name) ?? null;
      return {
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
    }),
  );
}

function nullableMinutes(ms: number | null | undefined): number | null {
  return ms === null || ms === undefined ? null : minutes(ms);
}
