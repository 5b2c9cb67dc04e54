/**
 * The KPI catalogue (SPEC 13.1), pure and exact: goals with a direction,
 * ratings read as the vendor means them, per-ticket facts from a history or
 * from count columns, and one tally per KPI fed ticket by ticket. The KPI
 * kind (schema, columns, output) builds on this. Rules where SPEC is
 * silent: docs/kpi-rules.md.
 */
export { KPI_MEASURES, BEHIND_FIGURE, isRatio, parseMeasure, usualDirection, type KpiMeasure, type GoalDirection } from './measures.js';
export { parseKpiGoal, goalMet, type KpiGoal } from './goal.js';
export { ratingRules, readRating, type RatingRules, type RatingReading, type RatingOptions } from './rating.js';
export { VENDOR_RATING_WORDS, type RatingMeaning } from './vendor-ratings.js';
export { historyFacts, countFacts, readCount, type KpiFacts, type ResolutionFacts } from './facts.js';
export { kpiTally, addTicket, type KpiTally, type KpiTallyOptions } from './tally.js';
export { kpiFigures, type KpiFigure } from './figures.js';
