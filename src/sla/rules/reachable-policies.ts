import { whenOf } from '../normalize/match-key.js';
import type { Rule } from './rule.js';
import { dayRange, rangesCover } from '../values/validity.js';

/**
 * SPEC 4: first match wins, so a policy covered by earlier ones is dead text
 * in the contract. With SPEC 9's dates, earlier policies cover a later one
 * when their `when`s take every ticket it would and their validity, together,
 * holds every date it is valid on: the same `when` with disjoint dates is two
 * versions of one agreement, both reachable.
 */
export const reachablePolicies: Rule = ({ file, complete, report }) => {
  // A pruned `when` could make a broken policy look like a catch-all.
  if (!complete) return;
  const policies = file.policies ?? [];
  const whens = policies.map(whenOf);
  const ranges = policies.map(dayRange);
  policies.forEach((policy, j) => {
    const when = whens[j]!;
    const emptyList = Object.entries(when).find(([, values]) => values.length === 0);
    if (emptyList !== undefined) {
      report({
        code: 'sla.unreachable-policy',
        path: ['policies', j, 'when', emptyList[0]],
        message: `policy "${policy.name}" can never match: when.${emptyList[0]} lists no values`,
        hint: 'list the values to match, or remove the key to match any',
      });
      return;
    }
    const earlier = whens.slice(0, j).flatMap((w, i) => (covers(w, when) ? [i] : []));
    if (
      !rangesCover(
        earlier.map((i) => ranges[i]!),
        ranges[j]!,
      )
    )
      return;
    // One earlier policy that covers it alone is the one to name; else every one that takes part.
    const alone = earlier.find((i) => rangesCover([ranges[i]!], ranges[j]!));
    const named =
      alone === undefined ? earlier.filter((i) => ranges[i]!.from <= ranges[j]!.until && ranges[j]!.from <= ranges[i]!.until) : [alone];
    const list = named.map((i) => `policies[${i}] ("${policies[i]!.name}")`).join(' and ');
    const first = named[0]!;
    const dated = [j, ...named].some((i) => policies[i]!.valid_from !== undefined || policies[i]!.valid_until !== undefined);
    report({
      code: 'sla.unreachable-policy',
      path: ['policies', j],
      message: `policy "${policy.name}" can never match: ${list} ${named.length === 1 ? 'matches' : 'match'} every ticket it would${dated ? ' on the dates it is valid' : ''}`,
      hint: `the first matching policy wins: move this one above policies[${first}], or narrow the when:${dated ? ' or the dates' : ''} of policies[${first}]`,
    });
  });
};

/** Every ticket matching `later` matches `earlier`: each of earlier's keys is in later, with fewer or equal values. */
export function covers(earlier: Readonly<Record<string, readonly string[]>>, later: Readonly<Record<string, readonly string[]>>): boolean {
  return Object.entries(earlier).every(([field, accepted]) => {
    const values = later[field];
    return values !== undefined && values.every((v) => accepted.includes(v));
  });
}
