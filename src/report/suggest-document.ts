import { lazyMap } from './lazy-map.js';
import { formatInstant } from '../calendar/wall-clock.js';
import type { Suggestion, SuggestionNote } from '../evaluate/suggestions.js';
import { formatMinutes } from './cells.js';
import { minutes, round2, SCHEMA_VERSION, toPeriodDoc, toWarningDoc, type Common, type PeriodDoc, type WarningDoc } from './documents.js';

/**
 * `suggest --format json` (SPEC 11.2): the keys SPEC names, plus the current
 * target as written (`3bd` has no minutes) and a note that says why a
 * suggestion is null or how to read it.
 */
export type SuggestionDoc = {
  policy: string;
  metric: string;
  goal_percent: number | null;
  current_target: string;
  current_target_minutes: number | null;
  current_attainment_percent: number | null;
  suggested_target_minutes: number | null;
  rounded_target_minutes: number | null;
  rounded_attainment_percent: number | null;
  p50_minutes: number | null;
  p80_minutes: number | null;
  p90_minutes: number | null;
  note: string | null;
};

export type SuggestDocument = {
  schema_version: number;
  as_of: string;
  period: PeriodDoc;
  suggestions: SuggestionDoc[];
  warnings: Iterable<WarningDoc>;
};

export function toSuggestDocument(list: readonly Suggestion[], common: Common): SuggestDocument {
  return {
    schema_version: SCHEMA_VERSION,
    as_of: formatInstant(common.zone, common.asOf),
    period: toPeriodDoc(common.period, common.zone, common.asOf),
    suggestions: list.map(toSuggestionDoc),
    warnings: lazyMap(common.warnings, toWarningDoc),
  };
}

const nullableMinutes = (ms: number | null) => (ms === null ? null : minutes(ms));
const nullablePercent = (p: number | null) => (p === null ? null : round2(p));

function toSuggestionDoc(s: Suggestion): SuggestionDoc {
  return {
    policy: s.policy,
    metric: s.metric,
    goal_percent: s.goal,
    current_target: s.currentTarget.text,
    current_target_minutes: nullableMinutes(s.currentTargetMs),
    current_attainment_percent: nullablePercent(s.currentAttainment),
    suggested_target_minutes: nullableMinutes(s.suggestedMs),
    rounded_target_minutes: nullableMinutes(s.roundedMs),
    rounded_attainment_percent: nullablePercent(s.roundedAttainment),
    p50_minutes: nullableMinutes(s.p50Ms),
    p80_minutes: nullableMinutes(s.p80Ms),
    p90_minutes: nullableMinutes(s.p90Ms),
    note: s.notes.length === 0 ? null : s.notes.map((n) => noteText(n, s)).join('; '),
  };
}

function noteText(note: SuggestionNote, s: Suggestion): string {
  switch (note) {
    case 'no-records':
      return 'no records in the period';
    case 'no-goal':
      return 'no goal for this metric: set one under goals: or pass --goal';
    case 'no-completed':
      return 'no completed record: every record is still running';
    case 'business-days': {
      const hours = s.roundedMs === null ? '' : ` (${formatMinutes(minutes(s.roundedMs))})`;
      return `${s.currentTarget.text} counts business days (a budget that differs per ticket): suggested in business hours${hours}`;
    }
  }
}
