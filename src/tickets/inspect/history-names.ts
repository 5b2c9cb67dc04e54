import { problem, type Problem } from '../../problem.js';
import { isMilestone, metricItems, REPLY } from '../../sla/normalize/clock-items.js';
import { matchKey } from '../../sla/normalize/match-key.js';
import type { Sla } from '../../sla/types.js';
import { isWaitingWord } from '../../sla/normalize/waiting.js';
import { closestMatch } from '../../did-you-mean.js';
import type { HistoryInspection } from './inspect-history.js';

/**
 * `inspect --events FILE --sla FILE`: every status, group or other
 * value the SLA file's pauses, milestones, done statuses and report.major
 * name, looked up in the history's tallies. One that never occurs is a
 * warning with the nearest value that does: a misspelt `Afventer kunde`
 * pauses nothing, a milestone on `Vagten` never stops its clock, and
 * `major: { priority: Urgent }` finds no incident, all without a word.
 */
export type NameCheck = {
  /** Where the SLA file names it: `metrics.resolution.pause_when_status`, `report.major`, … */
  where: string;
  field: string;
  value: string;
  /** History rows with the value; 0: it never occurs. */
  rows: number;
  nearest: string | null;
  /**
   * Whether a value that never occurs is a mistake: a pause's, a
   * milestone's or a done status's must occur in the history to do anything;
   * report.major matches the tickets' fields, which the export holds too (the
   * review warns when no ticket has it), so here it is only shown.
   */
  history_only: boolean;
};

/** What the SLA file's words stand for once the preset is known: the waiting statuses in force, the priority map. */
export type Terms = { waiting: readonly string[]; priorityOf: (label: string) => string | undefined };

export function historyNameChecks(sla: Sla, x: HistoryInspection, terms: Terms): { checks: NameCheck[]; problems: Problem[] } {
  const checks: NameCheck[] = [];
  const count = (field: string, value: string): number =>
    (x.values[field] ?? [])
      .filter(
        (t) =>
          matchKey(t.value) === matchKey(value) || (field === 'priority' && matchKey(terms.priorityOf(t.value) ?? '') === matchKey(value)),
      )
      .reduce((n, t) => n + t.count, 0);
  const check = (where: string, field: string, value: string, rows = count(field, value), historyOnly = true) => {
    const seen = (x.values[field] ?? []).map((t) => t.value).filter((v) => v !== '');
    checks.push({ where, field, value, rows, nearest: rows > 0 ? null : (closestMatch(value, seen) ?? null), history_only: historyOnly });
  };
  for (const metric of sla.metrics.values()) {
    for (const status of metric.pauseWhenStatus) {
      if (!isWaitingWord(status)) check(`metrics.${metric.name}.pause_when_status`, 'status', status);
      // `waiting` stands for a list: it pauses when any of them occurs.
      else
        check(
          `metrics.${metric.name}.pause_when_status`,
          'status',
          `waiting (${terms.waiting.join(', ')})`,
          [...terms.waiting, status].reduce((n, s) => n + count('status', s), 0),
        );
    }
    for (const item of metricItems(metric)) {
      if (isMilestone(item)) for (const value of item.values) check(`metrics.${metric.name}`, item.column, value);
      else if (item === REPLY)
        check(
          `metrics.${metric.name}`,
          'reply',
          'public',
          x.replies.filter((r) => r.public).reduce((n, r) => n + r.count, 0),
        );
    }
  }
  for (const status of sla.resolvedStatuses ?? []) check('statuses.resolved', 'status', status);
  // Only the fields a history carries: report.major may also name ticket fields (service, customer) no history has.
  for (const [field, values] of Object.entries(sla.report?.major?.written ?? {}))
    if (x.values[field] !== undefined) for (const value of values) check('report.major', field, value, count(field, value), false);
  const list = unique(checks);
  return { checks: list, problems: list.filter((c) => c.rows === 0 && c.history_only).map((c) => notInHistory(x.file, c)) };
}

function unique(checks: readonly NameCheck[]): NameCheck[] {
  const seen = new Set<string>();
  return checks.filter((c) => {
    const key = JSON.stringify([c.where, c.field, matchKey(c.value)]);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

function notInHistory(file: string, c: NameCheck): Problem {
  const hint =
    'a name that never occurs pauses, stops or marks nothing: correct it in the SLA file, or check that the history is the one the SLA file is for';
  if (c.field === 'reply')
    return problem(
      'inspect.not-in-history',
      'warning',
      `${c.where} counts public replies, but no row of this history is one`,
      { file },
      hint,
    );
  const none = c.nearest === null ? `; the history has no ${c.field} like it` : `; did you mean "${c.nearest}"?`;
  return problem(
    'inspect.not-in-history',
    'warning',
    `${c.where} names ${c.field} "${c.value}", which no row of this history has${none}`,
    { file },
    hint,
  );
}
