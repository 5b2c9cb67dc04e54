import { parseDuration } from './duration.js';
import type { Rule } from './rules.js';

/**
 * Issue 8: a `0m` target is valid (SPEC 3.1: a zero target is due at the
 * start) but almost never meant: every record that does not stop at the very
 * instant it starts breaches. A warning, so a real zero target still works.
 */
export const zeroTargets: Rule = ({ file, complete, report }) => {
  // A pruned file has neutral 0m values where its bad durations were (usable-sections.ts).
  if (!complete) return;
  (file.policies ?? []).forEach((policy, i) => {
    for (const [metric, written] of Object.entries(policy.targets)) {
      const parsed = parseDuration(written);
      if (!parsed.ok || parsed.value.kind !== 'business-time' || parsed.value.ms !== 0) continue;
      report({
        code: 'sla.zero-target',
        severity: 'warning',
        path: ['policies', i, 'targets', metric],
        message: `a target of ${String(written).trim()} is due the moment the clock starts: every record that does not stop at once breaches`,
        hint: 'write the agreed time (e.g. 30m or 4h); to measure a metric without a target, leave it out of targets',
      });
    }
  });
};
