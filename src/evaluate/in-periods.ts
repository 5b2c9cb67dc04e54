import type { Calendar } from '../calendar/index.js';
import type { Instant } from '../calendar/types.js';
import type { Problem } from '../problem.js';
import type { Ticket } from '../tickets/types.js';
import { clockFor, earliestField, RESOLUTION_FIELDS, resolutionStop, type Clock } from './clocks.js';
import { evaluationContext, type Context, type PolicyPlan } from './context.js';
import type { EvaluationInput, TicketEvaluation } from './evaluate.js';
import { ticketHistory } from './history.js';
import { judge, judgeAt, type Detail, type RecordNames } from './records.js';
import type { Period, TicketRecord } from './types.js';
import { afterAsOf, noPolicy, stopBeforeStart } from './warnings.js';

/**
 * One pass over the tickets for many periods at once (the review's trend:
 * twelve months, the quarter, the periods before it). Each ticket's history
 * and clocks are worked out once; each clock is then judged in every period
 * it belongs to (SPEC 6: stopped in it, or started before its end and still
 * running there, judged as of the end). Evaluating the import once per
 * period would give the same records at many times the cost.
 */

/** A period to judge records in, and how much of each record to work out there. */
export type PeriodToJudge = { period: Period; detail: Detail };

/** A record and the index (into the periods asked for) of the period it was judged in. */
export type JudgedRecord = { period: number; record: TicketRecord };

/**
 * `input.period` plays the part it plays in forEachEvaluation: the ticket's
 * `active` flag and the no-policy warnings are about it, so the warnings are
 * the ones `report` gives for that period. `evaluation.records` is empty: the
 * records come in `judged`, which is reused for the next ticket (read it
 * during the visit). A record judged at the same instant in two periods (a
 * December stop, in December and in Q4) is one object listed twice.
 */
export function forEachEvaluationInPeriods(
  input: EvaluationInput,
  periods: readonly PeriodToJudge[],
  visit: (evaluation: TicketEvaluation, judged: readonly JudgedRecord[]) => void,
): Problem[] {
  const context = evaluationContext(input);
  const warnings: Problem[] = [];
  const judged: JudgedRecord[] = [];
  let later = 0;
  for (const ticket of input.tickets) {
    if (ticket.times.created! > input.asOf) {
      later++;
      continue;
    }
    judged.length = 0;
    const evaluation = judgeTicket(context, ticket, periods, judged, warnings);
    if (evaluation.match === undefined && evaluation.active) warnings.push(noPolicy(ticket, context.policyKeys, evaluation.fields));
    visit(evaluation, judged);
  }
  if (later > 0) warnings.push(afterAsOf(later, input));
  return warnings;
}

/** evaluateTicket's steps, with each clock judged in every period instead of one. */
function judgeTicket(context: Context, ticket: Ticket, periods: readonly PeriodToJudge[], judged: JudgedRecord[], warnings: Problem[]): TicketEvaluation {
  const { sla, asOf, period, done } = context;
  const history = ticketHistory(ticket, context.events.eventsFor(ticket.id), asOf, done);
  const resolvedAt = resolutionStop(earliestField(ticket, RESOLUTION_FIELDS, asOf), history);
  const created = ticket.times.created!;
  const active = period === undefined || (created < period.to && (resolvedAt === undefined || resolvedAt >= period.from));
  const fields = history.priority === ticket.fields.priority ? ticket.fields : { ...ticket.fields, priority: history.priority };
  const match = context.policyFor(fields);
  if (match !== undefined) {
    const plan = context.plans.get(match.policy)!;
    const names: RecordNames = { ticket: ticket.id, policy: match.policy.name, priority: fields.priority, calendar: match.policy.calendar, priorityChanged: history.priorityChanged, source: ticket.source };
    for (const metric of plan.metrics) {
      const clock = clockFor(metric.clock, ticket, history, asOf, done);
      if (clock === undefined) continue;
      if (clock.stop !== undefined && clock.stop < clock.start) {
        warnings.push(stopBeforeStart(ticket, metric.name, clock, sla.timezone));
        continue;
      }
      judgeInPeriods({ calendar: plan.calendar, clock, metric, names, asOf }, periods, judged);
    }
  }
  return { ticket, fields, match, history, resolvedAt, active, records: [] };
}

type OneClock = { calendar: Calendar; clock: Clock; metric: PolicyPlan['metrics'][number]; names: RecordNames; asOf: Instant };

/**
 * The clock judged in each period it belongs to. Judgements at the same
 * instant are shared: a record's verdict at an instant does not depend on
 * the period asking (a `full` one serves a `verdict` request too).
 */
function judgeInPeriods(c: OneClock, periods: readonly PeriodToJudge[], judged: JudgedRecord[]): void {
  const made: TicketRecord[] = [];
  for (let i = 0; i < periods.length; i++) {
    const { period, detail } = periods[i]!;
    const at = judgeAt(c.clock, c.asOf, period);
    if (at === undefined) continue;
    let record = made.find((r) => r.judgedAt === at.at && (r.stop !== undefined) === at.stopped && (detail === 'verdict' || !Number.isNaN(r.due)));
    if (record === undefined) {
      record = judge(c.calendar, c.clock, c.metric, at, detail, c.names);
      made.push(record);
    }
    judged.push({ period: i, record });
  }
}
