import type { Calendar } from '../calendar/index.js';
import type { Instant } from '../calendar/types.js';
import type { Duration, Policy, Sla } from '../sla/types.js';
import type { Ticket } from '../tickets/types.js';
import { metricClock, type MetricClock } from './clocks.js';
import { pauseMemo, type PauseMemo } from './pauses.js';
import { matchKey } from '../sla/normalize/match-key.js';
import type { EvaluationInput } from './evaluate.js';
import { statusSet, type StatusSet } from './ticket-history.js';
import { firstValid, whenMatches, type PolicyMatch } from './policy.js';

/**
 * What one run works out once, before the first ticket: each policy's
 * calendar and metrics, the done statuses, and a memoised policy match.
 */

/** A policy ready to judge: its compiled calendar and its targeted metrics in file order. */
export type PolicyPlan = { calendar: Calendar; metrics: { name: string; clock: MetricClock; target: Duration }[] };

export type Context = EvaluationInput & {
  done: StatusSet;
  plans: ReadonlyMap<Policy, PolicyPlan>;
  /** Every field a policy's `when` looks at. */
  policyKeys: readonly string[];
  /** SPEC 4 and 9: the first policy whose `when` matches and that is valid on the creation date. */
  policyFor: (fields: Fields, created: Instant) => PolicyMatch | undefined;
  /** Some policy has validity dates. */
  dated: boolean;
  /** Reused from ticket to ticket (see clockFor). */
  pauses: PauseMemo;
};

type Fields = Ticket['fields'];

/** The per-run context (forEachEvaluation, explain, tests). */
export function evaluationContext(input: EvaluationInput): Context {
  const { sla } = input;
  const statuses = statusSets();
  const clocks = new Map([...sla.metrics].map(([name, metric]) => [name, metricClock(metric, statuses)]));
  const plans = new Map(
    sla.policies.map((policy) => [
      policy,
      {
        calendar: sla.calendars.get(policy.calendar)!.calendar,
        metrics: Object.entries(policy.targets).map(([name, target]) => ({ name, clock: clocks.get(name)!, target })),
      },
    ]),
  );
  const policyKeys = [...new Set(sla.policies.flatMap((p) => Object.keys(p.when)))];
  const dated = sla.policies.some((p) => p.validity !== undefined);
  return {
    ...input,
    done: statusSet(input.resolvedStatuses),
    plans,
    policyKeys,
    policyFor: policyLookup(sla, policyKeys, dated),
    dated,
    pauses: pauseMemo(),
  };
}

/** One StatusSet per list of statuses (compared as matched): metrics that pause alike share one, and their pauses per ticket. */
function statusSets(): (list: readonly string[]) => StatusSet {
  const known = new Map<string, StatusSet>();
  return (list) => {
    const key = JSON.stringify([...new Set(list.map(matchKey))].sort());
    let set = known.get(key);
    if (set === undefined) known.set(key, (set = statusSet(list)));
    return set;
  };
}

/**
 * matchPolicy, with the `when` part memoised on the values of the fields that
 * policies look at (a million tickets share a handful of priorities); the
 * dates are then a comparison of instants per ticket.
 */
function policyLookup(sla: Sla, keys: readonly string[], dated: boolean): (fields: Fields, created: Instant) => PolicyMatch | undefined {
  const seen = new Map<string, PolicyMatch[]>();
  return (fields, created) => {
    const id = keys.length === 1 ? (fields[keys[0]!] ?? '\u0000') : keys.map((k) => fields[k] ?? '\u0000').join('\u0001');
    let matches = seen.get(id);
    if (matches === undefined) seen.set(id, (matches = whenMatches(sla.policies, fields)));
    return dated ? firstValid(matches, created) : matches[0];
  };
}
