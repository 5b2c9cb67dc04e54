import { editDistance } from '../../did-you-mean.js';
import { matchKey } from '../normalize/match-key.js';
import type { Rule, RuleContext } from './rule.js';
import type { Path } from '../written/yaml-source.js';

/** Field and value names: typos of canonical fields, clocks that cannot run, ambiguous priority values. */

/** Timestamp fields of a canonical ticket (SPEC 5.1); other names are custom columns. */
export const TIME_FIELDS = ['created', 'first_response', 'resolved', 'closed', 'updated'];
/** Text fields of a canonical ticket that a `when` usually names. */
export const TEXT_FIELDS = [
  'id',
  'priority',
  'status',
  'service',
  'category',
  'type',
  'group',
  'assignee',
  'customer',
  'title',
  'impact',
  'urgency',
];

export const whenFields: Rule = ({ file, report }) => {
  (file.policies ?? []).forEach((policy, i) => {
    for (const field of Object.keys(policy.when ?? {})) fieldSpelling(report, ['policies', i, 'when', field], field, TEXT_FIELDS, 'key');
  });
};

/** A name an edit or two away from a canonical field is a typo more often than a custom column: warn (one edit for short names: `vip` is not `id`). */
export function fieldSpelling(
  report: RuleContext['report'],
  path: Path,
  field: string,
  canonical: readonly string[],
  part: 'key' | 'value' = 'value',
): void {
  if (canonical.includes(field)) return;
  const near = canonical.find((c) => editDistance(c, field.toLowerCase()) <= (field.length <= 4 ? 1 : 2));
  if (near === undefined) return;
  report({
    code: 'sla.unknown-field',
    severity: 'warning',
    path,
    part,
    message: `"${field}" is not a canonical ticket field; did you mean "${near}"?`,
    hint: 'a custom column of that name works too; then ignore this warning',
  });
}

export const pausedWhileResolved: Rule = ({ file, report }) => {
  const resolved = new Set((file.statuses?.resolved ?? []).map(matchKey));
  for (const [name, metric] of Object.entries(file.metrics ?? {})) {
    (metric.pause_when_status ?? []).forEach((status, k) => {
      if (resolved.has(matchKey(status)))
        report({
          code: 'sla.pause-on-resolved',
          severity: 'warning',
          path: ['metrics', name, 'pause_when_status', k],
          message: `status "${status}" also means resolved, which stops the clock`,
          hint: 'remove it from pause_when_status',
        });
    });
  }
};

/** SPEC 4 compares export values trimmed and case-insensitively: `High` and `high` must not map apart. */
export const prioritiesUnambiguous: Rule = ({ file, report }) => {
  const check = (map: Readonly<Record<string, unknown>>, path: Path) => {
    const seen = new Map<string, string>();
    for (const key of Object.keys(map)) {
      const first = seen.get(matchKey(key));
      if (first !== undefined)
        report({
          code: 'sla.duplicate-value',
          path: [...path, key],
          part: 'key',
          message: `"${key}" is the same value as "${first}" (compared trimmed, case-insensitive)`,
          hint: 'keep one of them',
        });
      else seen.set(matchKey(key), key);
    }
  };
  const { map, matrix } = file.priorities ?? {};
  if (map !== undefined) check(map, ['priorities', 'map']);
  if (matrix !== undefined) {
    check(matrix, ['priorities', 'matrix']);
    for (const [impact, row] of Object.entries(matrix)) check(row, ['priorities', 'matrix', impact]);
  }
};
