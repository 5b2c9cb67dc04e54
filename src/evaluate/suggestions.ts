import type { Duration, Sla } from '../sla/types.js';
import { goalFor } from './kpis.js';
import { addSample, emptySamples, nearestRank, sampleValues, type Samples } from './samples.js';
import { attainmentAt, minimalTarget, roundTargetUp } from './targets.js';
import { isStopped, type RecordStatus, type TicketRecord } from './types.js';

/**
 * `suggest` (SPEC 11.2): per policy x metric, the smallest target at which
 * the period's attainment would have reached the goal. Records are gathered
 * as they are evaluated, as business times in typed arrays (8 bytes a record,
 * not an object), split by whether their clock stopped; every record is
 * treated alike (an update-cadence record's business time is its longest
 * interval).
 */
type Gathered = { stopped: Samples; running: Samples; met: number; breached: number; overdue: number; open: number };

/** policy -> metric -> what its records measured. */
export type SuggestionTable = Map<string, Map<string, Gathered>>;

export function emptySuggestionTable(): SuggestionTable {
  return new Map();
}

export function addToSuggestions(table: SuggestionTable, record: TicketRecord): void {
  let metrics = table.get(record.policy);
  if (metrics === undefined) table.set(record.policy, (metrics = new Map()));
  let g = metrics.get(record.metric);
  if (g === undefined)
    metrics.set(record.metric, (g = { stopped: emptySamples(), running: emptySamples(), met: 0, breached: 0, overdue: 0, open: 0 }));
  addSample(isStopped(record) ? g.stopped : g.running, record.elapsedMs);
  g[record.status satisfies RecordStatus]++;
}

/** Why a suggestion is null, or what to know about it. */
export type SuggestionNote = 'no-records' | 'no-goal' | 'no-completed' | 'business-days';

/** Durations in ms of business time in the policy's calendar; percentages 0-100. */
export type Suggestion = {
  policy: string;
  metric: string;
  goal: number | null;
  currentTarget: Duration;
  /** Null for an `Nbd` target: its budget differs per ticket. */
  currentTargetMs: number | null;
  /** As the report gives it: met / (met + breached + overdue), the records' own verdicts. */
  currentAttainment: number | null;
  suggestedMs: number | null;
  roundedMs: number | null;
  roundedAttainment: number | null;
  p50Ms: number | null;
  p80Ms: number | null;
  p90Ms: number | null;
  notes: SuggestionNote[];
};

/**
 * One suggestion per policy and targeted metric, in file order (policies,
 * then metrics as `metrics:` lists them), also for those without records in
 * the period. `goalOverride` (--goal) replaces every goal of the file.
 */
export function suggestions(table: SuggestionTable, sla: Sla, goalOverride?: number): Suggestion[] {
  const metricOrder = [...sla.metrics.keys()];
  return sla.policies.flatMap((policy) =>
    metricOrder
      .filter((metric) => policy.targets[metric] !== undefined)
      .map((metric) =>
        suggestion(
          policy.name,
          metric,
          policy.targets[metric]!,
          table.get(policy.name)?.get(metric),
          goalOverride ?? goalFor(sla.goals, metric, policy.name),
        ),
      ),
  );
}

function suggestion(policy: string, metric: string, target: Duration, g: Gathered | undefined, goal: number | undefined): Suggestion {
  const samples =
    g === undefined
      ? { stopped: new Float64Array(0), running: new Float64Array(0) }
      : { stopped: sampleValues(g.stopped), running: sampleValues(g.running) };
  const judged = g === undefined ? 0 : g.met + g.breached + g.overdue;
  const notes: SuggestionNote[] = [];
  let suggestedMs: number | null = null;
  if (g === undefined) notes.push('no-records');
  else if (goal === undefined) notes.push('no-goal');
  else if (samples.stopped.length === 0) notes.push('no-completed');
  else suggestedMs = minimalTarget(samples, goal);
  if (target.kind === 'business-days') notes.push('business-days');
  const roundedMs = suggestedMs === null ? null : roundTargetUp(suggestedMs);
  // nearestRank reorders this array in place; the search and attainmentAt do not depend on its order.
  const completed = samples.stopped;
  return {
    policy,
    metric,
    goal: goal ?? null,
    currentTarget: target,
    currentTargetMs: target.kind === 'business-time' ? target.ms : null,
    currentAttainment: judged === 0 ? null : (g!.met * 100) / judged,
    suggestedMs,
    roundedMs,
    roundedAttainment: roundedMs === null ? null : attainmentAt(samples, roundedMs).attainment,
    p50Ms: nearestRank(completed, 50) ?? null,
    p80Ms: nearestRank(completed, 80) ?? null,
    p90Ms: nearestRank(completed, 90) ?? null,
    notes,
  };
}
