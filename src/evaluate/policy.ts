import { matchKey } from '../sla/match-key.js';
import type { Policy } from '../sla/types.js';

/** Why a policy matched: each `when` key, the ticket's value, and the values the policy accepts. */
export type MatchReason = { field: string; value: string; accepted: readonly string[] };

export type PolicyMatch = { policy: Policy; reasons: readonly MatchReason[] };

type Fields = Readonly<Record<string, string | undefined>>;

/**
 * The first policy whose `when` matches (SPEC 4): every key must match, values
 * compare trimmed and case-insensitively (Policy.when is already normalised);
 * an empty `when` matches every ticket. Undefined: the ticket has no SLA.
 */
export function matchPolicy(policies: readonly Policy[], fields: Fields): PolicyMatch | undefined {
  for (const policy of policies) {
    const reasons = matchReasons(policy, fields);
    if (reasons !== undefined) return { policy, reasons };
  }
  return undefined;
}

function matchReasons(policy: Policy, fields: Fields): MatchReason[] | undefined {
  const reasons: MatchReason[] = [];
  for (const field in policy.when) {
    const accepted = policy.when[field]!;
    const value = fields[field]?.trim();
    if (value === undefined || !accepted.includes(matchKey(value))) return undefined;
    reasons.push({ field, value, accepted });
  }
  return reasons;
}
