import { closestMatch } from '../../did-you-mean.js';
import type { Rule } from './rule.js';

/** Names that refer to each other: policies to calendars, targets and goals to metrics and policies. */

export const policyNames: Rule = ({ file, report }) => {
  const seen = new Map<string, number>();
  (file.policies ?? []).forEach((policy, i) => {
    const first = seen.get(policy.name);
    if (policy.name.trim().toLowerCase() === 'default') {
      report({
        code: 'sla.reserved-name',
        path: ['policies', i, 'name'],
        message: '"default" is reserved: goals use it for the policies they do not name',
        hint: 'give the policy another name',
      });
    } else if (first !== undefined) {
      report({
        code: 'sla.duplicate-policy',
        path: ['policies', i, 'name'],
        message: `policy name "${policy.name}" is used twice`,
        hint: `policies[${first}] has the same name; goals and reports tell policies apart by name`,
      });
    }
    if (first === undefined) seen.set(policy.name, i);
  });
};

export const policyCalendars: Rule = ({ file, names: { calendars: names }, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    if (names.includes(policy.calendar)) return;
    report({
      code: 'sla.unknown-calendar',
      path: ['policies', i, 'calendar'],
      message: unknown('calendar', policy.calendar, names, 'value'),
      hint: defined('calendars', names),
    });
  });
};

export const targetMetrics: Rule = ({ file, complete, names: { metrics: names }, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    const targets = Object.keys(policy.targets);
    // In a pruned file a policy may have lost its broken targets, not be without them.
    if (targets.length === 0 && complete)
      report({
        code: 'sla.no-targets',
        severity: 'warning',
        path: ['policies', i, 'targets'],
        message: 'policy has no targets: its tickets get no records',
        hint: `add targets, e.g. ${names[0] ?? 'response'}: 4h`,
      });
    for (const metric of targets) {
      if (names.includes(metric)) continue;
      report({
        code: 'sla.unknown-metric',
        path: ['policies', i, 'targets', metric],
        part: 'key',
        message: unknown('metric', metric, names),
        hint: defined('metrics', names),
      });
    }
  });
};

export const goalReferences: Rule = ({ file, complete, names, report }) => {
  const policies = file.policies ?? [];
  for (const [metric, goal] of Object.entries(file.goals ?? {})) {
    if (!names.metrics.includes(metric)) {
      report({
        code: 'sla.unknown-metric',
        path: ['goals', metric],
        part: 'key',
        message: unknown('metric', metric, names.metrics),
        hint: defined('metrics', names.metrics),
      });
      continue;
    }
    const targeting = policies.filter((p) => Object.hasOwn(p.targets, metric)).map((p) => p.name);
    if (targeting.length === 0 && complete)
      report({
        code: 'sla.goal-without-target',
        severity: 'warning',
        path: ['goals', metric],
        part: 'key',
        message: `no policy has a ${metric} target, so this goal measures nothing`,
      });
    if (typeof goal === 'string') continue;
    for (const name of Object.keys(goal)) {
      if (name === 'default') continue;
      if (!names.policies.includes(name))
        report({
          code: 'sla.unknown-policy',
          path: ['goals', metric, name],
          part: 'key',
          message: unknown('policy', name, names.policies),
          hint: `${defined('policies', names.policies)}; "default" stands for the policies not named`,
        });
      else if (!targeting.includes(name) && complete)
        report({
          code: 'sla.goal-without-target',
          severity: 'warning',
          path: ['goals', metric, name],
          part: 'key',
          message: `policy "${name}" has no ${metric} target, so this goal measures nothing`,
        });
    }
  }
};

/** `unknown metric; did you mean "response"?`; the name is repeated only when the path does not end in it (a value). */
export function unknown(kind: string, name: string, names: readonly string[], part: 'key' | 'value' = 'key'): string {
  const near = closestMatch(name, names);
  const head = part === 'key' ? `unknown ${kind}` : `unknown ${kind} "${name}"`;
  return near === undefined ? head : `${head}; did you mean "${near}"?`;
}

export function defined(kind: string, names: readonly string[]): string {
  return names.length === 0 ? `no ${kind} are defined` : `${kind} defined: ${names.join(', ')}`;
}
