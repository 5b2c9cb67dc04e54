import { calendarDefinitions, inputTimezone } from './calendar-rules.js';
import { pausedWhileResolved, prioritiesUnambiguous, whenFields } from './field-rules.js';
import { cadenceTargets, metricItems } from './metric-rules.js';
import { goalReferences, policyCalendars, policyNames, targetMetrics } from './name-rules.js';
import { reachablePolicies } from './reachable-policies.js';
import { reportReferences } from './report-rules.js';
import { reachableTargets, zeroTargets } from './target-rules.js';
import { validityCoverage, validityOrder, validityOverlap } from './validity-rules.js';
import type { Rule } from './rule.js';

/** Every rule, run in this order: findings on one spot of the file keep it (parse-sla.ts sorts them stably). */
export const rules: readonly Rule[] = [
  calendarDefinitions,
  inputTimezone,
  policyNames,
  policyCalendars,
  targetMetrics,
  validityOrder,
  zeroTargets,
  reachableTargets,
  reachablePolicies,
  validityCoverage,
  validityOverlap,
  goalReferences,
  metricItems,
  cadenceTargets,
  whenFields,
  pausedWhileResolved,
  prioritiesUnambiguous,
  reportReferences,
];
