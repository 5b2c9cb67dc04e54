import type { Instant } from '../calendar/types.js';
import { formatDate, instantToLocal } from '../calendar/wall-clock.js';
import { matchKey } from '../sla/normalize/match-key.js';
import type { Policy } from '../sla/types.js';
import { formatValidity, isValidAt } from '../sla/values/validity.js';

/** Why a policy matched: each `when` key, the ticket's value, and the values the policy accepts. */
export type MatchReason = { field: string; value: string; accepted: readonly string[] };

export type PolicyMatch = { policy: Policy; reasons: readonly MatchReason[] };

type Fields = Readonly<Record<string, string | undefined>>;

/**
 * The first policy whose `when` matches (SPEC 4) and that is valid for a
 * ticket created at `created` (SPEC 9: matching is first match on both): every
 * key must match, values compare trimmed and case-insensitively
 * (Policy.when is already normalised); an empty `when` matches every ticket.
 * Undefined: the ticket has no SLA. Without `created` dates are not looked at.
 */
export function matchPolicy(policies: readonly Policy[], fields: Fields, created?: Instant): PolicyMatch | undefined {
  return firstValid(whenMatches(policies, fields), created);
}

/** Every policy whose `when` matches, in file order: what a run memoises per distinct set of field values. */
export function whenMatches(policies: readonly Policy[], fields: Fields): PolicyMatch[] {
  const matches: PolicyMatch[] = [];
  for (const policy of policies) {
    const reasons = matchReasons(policy, fields);
    if (reasons !== undefined) matches.push({ policy, reasons });
  }
  return matches;
}

/** The first of `matches` whose validity holds the creation instant. */
export function firstValid(matches: readonly PolicyMatch[], created: Instant | undefined): PolicyMatch | undefined {
  if (created === undefined) return matches[0];
  for (const match of matches) if (isValidAt(match.policy.validity, created)) return match;
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

/** The ticket's creation date in the SLA's zone (`2026-07-01`): what SPEC 9's dates are compared with. */
export function createdDate(zone: string, created: Instant): string {
  return formatDate(instantToLocal(zone, created));
}

/** A match with its dates as one more reason (for explain): `created "2026-07-03"`, accepted `from 2026-07-01`. */
export function withValidityReason(match: PolicyMatch, zone: string, created: Instant): PolicyMatch {
  const { validity } = match.policy;
  if (validity === undefined) return match;
  return {
    ...match,
    reasons: [...match.reasons, { field: 'created', value: createdDate(zone, created), accepted: [formatValidity(validity)] }],
  };
}
