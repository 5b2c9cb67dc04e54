import { whenOf } from './match-key.js';
import type { Rule } from './rules.js';

/** SPEC 4: first match wins, so a policy covered by an earlier one is dead text in the contract. */
export const reachablePolicies: Rule = ({ file, complete, report }) => {
  // A pruned `when` could make a broken policy look like a catch-all.
  if (!complete) return;
  const policies = file.policies ?? [];
  const whens = policies.map(whenOf);
  policies.forEach((policy, j) => {
    const when = whens[j]!;
    const emptyList = Object.entries(when).find(([, values]) => values.length === 0);
    if (emptyList !== undefined) {
      report({ code: 'sla.unreachable-policy', path: ['policies', j, 'when', emptyList[0]], message: `policy "${policy.name}" can never match: when.${emptyList[0]} lists no values`, hint: 'list the values to match, or remove the key to match any' });
      return;
    }
    const i = whens.slice(0, j).findIndex((earlier) => covers(earlier, when));
    if (i < 0) return;
    report({
      code: 'sla.unreachable-policy',
      path: ['policies', j],
      message: `policy "${policy.name}" can never match: policies[${i}] ("${policies[i]!.name}") matches every ticket it would`,
      hint: `the first matching policy wins: move this one above policies[${i}], or narrow the when: of policies[${i}]`,
    });
  });
};

/** Every ticket matching `later` matches `earlier`: each of earlier's keys is in later, with fewer or equal values. */
function covers(earlier: Readonly<Record<string, readonly string[]>>, later: Readonly<Record<string, readonly string[]>>): boolean {
  return Object.entries(earlier).every(([field, accepted]) => {
    const values = later[field];
    return values !== undefined && values.every((v) => accepted.includes(v));
  });
}
