import { covers } from './reachable-policies.js';
import type { Rule } from './rule.js';
import { whenOf } from '../normalize/match-key.js';
import { dateOfDay, dayNumber, dayRange, isUnbounded, rangeGaps, rangesCover } from '../values/validity.js';

/** SPEC 9: policies valid for tickets created in a range of dates. */

export const validityOrder: Rule = ({ file, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    const from = policy.valid_from === undefined ? undefined : dayNumber(policy.valid_from);
    const until = policy.valid_until === undefined ? undefined : dayNumber(policy.valid_until);
    if (from === undefined || until === undefined || from <= until) return;
    report({
      code: 'sla.bad-validity',
      path: ['policies', i, 'valid_until'],
      message: `valid_until ${policy.valid_until} is before valid_from ${policy.valid_from}: the policy would apply to no ticket`,
      hint: 'both dates are inclusive: swap them, or correct the one that is wrong',
    });
  });
};

/**
 * SPEC 9: for the tickets a dated policy is for (its `when`), a date between
 * the earliest valid_from and the latest valid_until on which no policy that
 * takes those tickets is valid. A policy without dates whose `when` takes
 * them covers every date.
 */
export const validityCoverage: Rule = ({ file, complete, report }) => {
  if (!complete) return;
  const policies = file.policies ?? [];
  const whens = policies.map(whenOf);
  const ranges = policies.map(dayRange);
  const seen = new Set<string>();
  policies.forEach((policy, j) => {
    const key = JSON.stringify(Object.entries(whens[j]!).sort());
    if (isUnbounded(ranges[j]!) || seen.has(key)) return;
    seen.add(key);
    const taking = policies.flatMap((_, i) => (covers(whens[i]!, whens[j]!) ? [i] : []));
    if (taking.some((i) => isUnbounded(ranges[i]!))) return;
    for (const gap of rangeGaps(taking.map((i) => ranges[i]!))) {
      const before = taking.filter((i) => ranges[i]!.until === gap.from - 1).map((i) => policies[i]!.name);
      const after = taking.filter((i) => ranges[i]!.from === gap.until + 1).map((i) => policies[i]!.name);
      const days = gap.from === gap.until ? `on ${dateOfDay(gap.from)}` : `from ${dateOfDay(gap.from)} to ${dateOfDay(gap.until)}`;
      report({
        code: 'sla.uncovered-dates',
        severity: 'warning',
        path: ['policies', j],
        message: `${ticketsOf(policy.when)} created ${days} match no policy: none of theirs is valid then`,
        hint: `extend valid_until of "${before[0]}" to ${dateOfDay(gap.until)}, or move valid_from of "${after[0]}" to ${dateOfDay(gap.from)}`,
      });
    }
  });
};

/**
 * Two versions of a policy (an earlier one whose `when` takes every
 * ticket the later one would) whose dates overlap: on the shared dates the
 * first wins (SPEC 4), so the later version starts later than it says,
 * without a word. Both must have dates: an undated fallback after dated
 * versions is meant to take what they leave. A later version covered on all
 * its dates is unreachable-policy's to report.
 */
export const validityOverlap: Rule = ({ file, complete, report }) => {
  if (!complete) return;
  const policies = file.policies ?? [];
  const whens = policies.map(whenOf);
  const ranges = policies.map(dayRange);
  policies.forEach((later, j) => {
    if (isUnbounded(ranges[j]!)) return;
    for (let i = 0; i < j; i++) {
      const [a, b] = [ranges[i]!, ranges[j]!];
      if (isUnbounded(a) || !covers(whens[i]!, whens[j]!) || rangesCover([a], b)) continue;
      const from = Math.max(a.from, b.from);
      const until = Math.min(a.until, b.until);
      if (from > until) continue;
      const earlier = policies[i]!;
      const days = from === until ? `on ${dateOfDay(from)}` : `from ${dateOfDay(from)} to ${dateOfDay(until)}`;
      // Where the later version really takes over: after the shared dates when it starts inside them.
      const effect =
        b.from >= a.from ? `so "${later.name}" starts only on ${dateOfDay(until + 1)}` : `so "${later.name}" does not apply on those dates`;
      report({
        code: 'sla.overlapping-validity',
        severity: 'warning',
        path: ['policies', j],
        message: `${ticketsOf(later.when)} created ${days} match "${earlier.name}" and "${later.name}": the first one wins, ${effect}`,
        hint: `versions of an agreement follow each other: end valid_until of "${earlier.name}" on ${dateOfDay(from - 1)}, or start valid_from of "${later.name}" on ${dateOfDay(until + 1)}`,
      });
      return;
    }
  });
};

/** `tickets with priority P2`, `tickets with priority P2 or P3 and service Webshop`, `tickets`. */
function ticketsOf(when: Readonly<Record<string, unknown>> | null | undefined): string {
  const parts = Object.entries(when ?? {}).map(
    ([field, value]) => `${field} ${(Array.isArray(value) ? value : [value]).map(String).join(' or ')}`,
  );
  return parts.length === 0 ? 'tickets' : `tickets with ${parts.join(' and ')}`;
}
