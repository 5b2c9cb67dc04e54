import { describeValue, type Parsed } from '../../sla/values/duration.js';
import { closestMatch } from '../../did-you-mean.js';

/**
 * The measures of the KPI catalogue (SPEC 13.1), in SPEC's order. Three are
 * ratios (a percent of a denominator that may be 0), three are counts.
 */
export const KPI_MEASURES = [
  'satisfaction',
  'reopen_rate',
  'first_contact',
  'backlog_older_than',
  'created_count',
  'resolved_count',
] as const;

export type KpiMeasure = (typeof KPI_MEASURES)[number];

export type GoalDirection = '>=' | '<=';

export function isRatio(measure: KpiMeasure): boolean {
  return measure === 'satisfaction' || measure === 'reopen_rate' || measure === 'first_contact';
}

/** The way a measure's figure is better, for a hint only (a goal always states its own direction); none for the plain counts. */
export function usualDirection(measure: KpiMeasure): GoalDirection | undefined {
  if (measure === 'satisfaction' || measure === 'first_contact') return '>=';
  if (measure === 'reopen_rate' || measure === 'backlog_older_than') return '<=';
  return undefined;
}

/**
 * The tickets behind each measure's figure, as `check --kpi NAME` lists them:
 * the ones a reader asks about, which for a ratio is not always its numerator.
 */
export const BEHIND_FIGURE: Readonly<Record<KpiMeasure, string>> = {
  satisfaction: 'the tickets whose rating in the period counts as not satisfied',
  reopen_rate: 'the tickets resolved in the period that were reopened before that resolution',
  first_contact: 'the tickets resolved in the period with more than one agent reply (not resolved at first contact)',
  backlog_older_than: 'the tickets open at the end of the period and older than the days',
  created_count: 'the tickets created in the period',
  resolved_count: 'the tickets resolved in the period',
};

/** A measure's name as written in the SLA file; a misspelt one gets the nearest name. */
export function parseMeasure(value: unknown): Parsed<KpiMeasure> {
  const names = KPI_MEASURES.join(', ');
  if (typeof value !== 'string')
    return { ok: false, message: `expected a measure, found ${describeValue(value)}`, hint: `measures: ${names}` };
  const text = value.trim();
  const found = KPI_MEASURES.find((m) => m === text.toLowerCase());
  if (found !== undefined) return { ok: true, value: found };
  const near = closestMatch(text, KPI_MEASURES);
  return {
    ok: false,
    message: `unknown measure "${text}"${near === undefined ? '' : `; did you mean "${near}"?`}`,
    hint: `measures: ${names}`,
  };
}
