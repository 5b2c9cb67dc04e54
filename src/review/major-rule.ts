import { problem, type Problem } from '../problem.js';
import { matchKey } from '../sla/normalize/match-key.js';
import type { ReportSettings } from '../sla/types.js';
import { closestMatch } from '../did-you-mean.js';
import type { Ticket } from '../tickets/types.js';
import type { UnmatchedDoc } from './types.js';

/**
 * `report.major` that matches nothing. `major: { priority: Urgent }`
 * where priorities map to P1-P4, or a misspelt key, gives "0 major incidents"
 * in a month with seven P1 tickets. The values the exports hold for the
 * rule's fields are tallied over every ticket evaluated (not only the
 * period's: a quiet month is not a typo); a value of the rule that none has
 * is named, with the nearest that does occur.
 */
export type MajorTally = {
  add(fields: Ticket['fields']): void;
  readonly seen: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly fields: ReadonlySet<string>;
};

/** Distinct values kept per field: enough for a did-you-mean, bounded for a field of ids. */
const DISTINCT = 1000;

export function majorTally(major: NonNullable<ReportSettings['major']>): MajorTally {
  const keys = Object.keys(major.written);
  const seen = new Map(keys.map((k) => [k, new Map<string, string>()]));
  const fields = new Set<string>();
  return {
    seen,
    fields,
    add(ticketFields) {
      for (const [field, value] of Object.entries(ticketFields)) if (value !== undefined && fields.size < DISTINCT) fields.add(field);
      for (const key of keys) {
        const value = ticketFields[key];
        const values = seen.get(key)!;
        if (value !== undefined && values.size < DISTINCT && !values.has(matchKey(value))) values.set(matchKey(value), value);
      }
    },
  };
}

/**
 * The rule's values no ticket has, and a warning for each (stderr and the
 * document's warnings). `priorityOf` is the priority map in force (a label ->
 * its priority), for a rule written in the export's labels.
 */
export function unmatchedMajor(
  major: NonNullable<ReportSettings['major']>,
  tally: MajorTally,
  priorityOf: (label: string) => string | undefined,
): { unmatched: UnmatchedDoc[]; problems: Problem[] } {
  const unmatched: UnmatchedDoc[] = [];
  const problems: Problem[] = [];
  for (const [field, values] of Object.entries(major.written)) {
    const seen = tally.seen.get(field)!;
    if (seen.size === 0) {
      const nearest = closestMatch(field, tally.fields) ?? null;
      unmatched.push({ field, value: null, nearest });
      const hint = nearest === null ? `; the tickets have values for: ${[...tally.fields].join(', ')}` : `; did you mean "${nearest}"?`;
      problems.push(
        problem(
          'review.major-matches-nothing',
          'warning',
          `report.major: no ticket has a value for "${field}", so no ticket is a major incident${hint}`,
        ),
      );
      continue;
    }
    const missing = values.filter((value) => !seen.has(matchKey(value)));
    // One value of several that never occurs narrows the rule; all of them empty it.
    const effect = missing.length === values.length ? 'so no ticket is a major incident' : 'so that value makes no ticket a major incident';
    for (const value of missing) {
      const mapped = field === 'priority' ? priorityOf(value) : undefined;
      const byMap = mapped !== undefined && seen.has(matchKey(mapped));
      const nearest = byMap ? mapped! : (closestMatch(value, seen.values()) ?? null);
      unmatched.push({ field, value, nearest });
      const shown = [...seen.values()];
      const why = byMap
        ? `; the priority map turns "${value}" into "${mapped}": did you mean "${mapped}"?`
        : nearest !== null
          ? `; did you mean "${nearest}"?`
          : `; values seen: ${shown.slice(0, 10).join(', ')}${shown.length > 10 ? ', …' : ''}`;
      problems.push(problem('review.major-matches-nothing', 'warning', `report.major: no ticket has ${field} "${value}", ${effect}${why}`));
    }
  }
  return { unmatched, problems };
}
