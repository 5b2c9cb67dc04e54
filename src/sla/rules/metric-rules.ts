import { historyColumn, itemList, REPLY, type WrittenItem } from '../normalize/clock-items.js';
import { fieldSpelling, TIME_FIELDS } from './field-rules.js';
import type { Rule, RuleContext } from './rule.js';
import type { Path } from '../written/yaml-source.js';

/** Clocks that cannot run as written: what starts, stops and updates them (SPEC 8). */

const MILESTONE_EXAMPLE = '[{ group: [Vagt] }, { status: ["I gang"] }]';

export const metricItems: Rule = ({ file, report }) => {
  for (const [name, metric] of Object.entries(file.metrics ?? {})) {
    const base: Path = ['metrics', name];
    const stops = itemList(metric.stop);
    const at = (key: string, written: unknown, k: number): Path => (Array.isArray(written) ? [...base, key, k] : [...base, key]);
    if (typeof metric.start === 'string' && metric.start !== REPLY && stops.includes(metric.start)) {
      report({
        code: 'sla.bad-metric',
        path: [...base, 'stop'],
        message: `"${metric.start}" both starts and stops the clock`,
        hint: 'a clock stops at a later event than its start, e.g. first_response or resolved',
      });
    }
    if (stops.length === 0)
      report({
        code: 'sla.bad-metric',
        path: [...base, 'stop'],
        message: 'no field stops the clock',
        hint: 'name the field whose time stops it, e.g. resolved',
      });
    checkItem(report, [...base, 'start'], metric.start);
    stops.forEach((item, k) => checkItem(report, at('stop', metric.stop, k), item));
    if (metric.updates === undefined) continue;
    const updates = itemList(metric.updates);
    if (updates.length === 0)
      report({
        code: 'sla.bad-metric',
        path: [...base, 'updates'],
        message: 'nothing counts as an update',
        hint: 'list what counts: reply, or a milestone such as { status: ["Opdateret"] }',
      });
    updates.forEach((item, k) => {
      if (typeof item === 'string' && item.trim() !== REPLY) {
        const hint = 'updates are rows of the status history: reply, or a milestone such as { status: ["Opdateret"] }';
        report({
          code: 'sla.bad-metric',
          path: at('updates', metric.updates, k),
          message: `"${item}" is a ticket field: it holds one time, not a series of updates`,
          hint,
        });
      } else checkItem(report, at('updates', metric.updates, k), item);
    });
  }
};

/** A field name (a typo of a canonical one gets a warning), `reply`, or a milestone of one column with values. */
function checkItem(report: RuleContext['report'], path: Path, item: WrittenItem): void {
  if (typeof item === 'string') {
    if (item.trim() !== REPLY) fieldSpelling(report, path, item, TIME_FIELDS);
    return;
  }
  const entries = Object.entries(item);
  if (entries.length !== 1) {
    report({
      code: 'sla.bad-metric',
      path,
      message: `a milestone names one history column, found ${entries.length === 0 ? 'none' : entries.length}`,
      hint: `write one mapping per column; the earliest present one counts: ${MILESTONE_EXAMPLE}`,
    });
    return;
  }
  const [column, values] = entries[0]!;
  if (historyColumn(column) === REPLY) {
    report({
      code: 'sla.bad-metric',
      path: [...path, column],
      part: 'key',
      message: 'reply is not a column with values',
      hint: 'write reply as an item of its own, e.g. stop: [reply]',
    });
  } else if (Array.isArray(values) && values.length === 0) {
    report({
      code: 'sla.bad-metric',
      path: [...path, column],
      message: `the milestone lists no values of "${column}"`,
      hint: `list the values that mark it, e.g. ${MILESTONE_EXAMPLE}`,
    });
  }
}

/** SPEC 8.2: a cadence target is business time between updates; `Nbd` is a budget from one start, which a series of intervals does not have. */
export const cadenceTargets: Rule = ({ file, report }) => {
  const cadence = new Set(Object.entries(file.metrics ?? {}).flatMap(([name, m]) => (m.updates === undefined ? [] : [name])));
  (file.policies ?? []).forEach((policy, i) => {
    for (const [metric, target] of Object.entries(policy.targets)) {
      if (!cadence.has(metric) || typeof target !== 'string' || !/^\s*\d+bd\s*$/.test(target)) continue;
      report({
        code: 'sla.bad-duration',
        path: ['policies', i, 'targets', metric],
        message: `${metric} counts updates: its target is the business time allowed between two updates, not business days`,
        hint: 'write hours or minutes, e.g. 8h for one office day of 08:00-16:00',
      });
    }
  });
};
