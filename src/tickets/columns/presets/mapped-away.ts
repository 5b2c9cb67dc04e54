import { problem, type Problem } from '../../../problem.js';
import type { Policy, Priorities } from '../../../sla/types.js';
import type { Preset } from './preset.js';

/**
 * A policy that names an export label the map in force turns into something
 * else (`when: { priority: High }` with Jira's High -> P2) can never match:
 * priorities are mapped before policies are. One warning per policy and
 * label, naming what to write instead. A label that is also a target of the
 * map (`P2: P2`) is left alone.
 */
export function mappedAwayPriorities(policies: readonly Policy[], priorities: Priorities, preset: Preset): Problem[] {
  const targets = new Set([...priorities.map.values()].map((p) => p.toLowerCase()));
  const out: Problem[] = [];
  for (const policy of policies) {
    for (const value of policy.when.priority ?? []) {
      const to = priorities.map.get(value);
      if (to === undefined || to.toLowerCase() === value || targets.has(value)) continue;
      out.push(
        problem(
          'tickets.priority-mapped',
          'warning',
          `policy "${policy.name}" matches priority "${value}", but the ${preset.name} preset and priorities.map turn "${value}" into ${to} before policies are matched`,
          { field: `policies[${policy.index}].when.priority` },
          `write ${to} in the policy's when, or keep the label as it is with priorities.map: { "${value}": "${value}" }`,
        ),
      );
    }
  }
  return out;
}
