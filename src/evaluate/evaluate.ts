import type { Instant } from '../calendar/types.js';
import type { Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import type { EventLog, Ticket } from '../tickets/types.js';
import type { Calendar } from '../calendar/index.js';
import { clockFor, earliestField, RESOLUTION_FIELDS, resolutionStop, type Clock } from './clocks.js';
import { evaluationContext, type Context, type PolicyPlan } from './evaluation-context.js';
import { ticketHistory, type TicketHistory } from './ticket-history.js';
import { createdDate, whenMatches, type PolicyMatch } from './policy.js';
import { judgeCadence } from './cadence.js';
import { activeInPeriod } from './volume.js';
import { judge, judgeAt, type Detail, type JudgeInstant, type RecordNames } from './records.js';
import type { Period, TicketRecord } from './types.js';
import { afterAsOf, noPolicy, runTally, stopBeforeStart } from './warnings.js';
import { TICKETS_PER_PAUSE, walkToEnd, type Walk } from './walk.js';

export { evaluationContext } from './evaluation-context.js';

/** Everything evaluation needs: pure data in, records out (SPEC 6). */
export type EvaluationInput = {
  sla: Sla;
  /** Read once, in order (an array, or the import's TicketList). */
  tickets: Iterable<Ticket> & { readonly length: number };
  events: EventLog;
  /** Statuses that mean "done" (ImportResult.resolvedStatuses). */
  resolvedStatuses: readonly string[];
  asOf: Instant;
  period?: Period | undefined;
  /** `full` (default) or `verdict`: only what the status and the KPIs need (see Detail). */
  detail?: Detail;
  /** The export labels the priority map in force names (the preset's and the SLA file's): an unmapped priority's no-SLA warning names the nearest. */
  priorityLabels?: readonly string[];
};

/** One ticket evaluated: its policy (after a priority change, the latest priority's), and its records in the period. */
export type TicketEvaluation = {
  ticket: Ticket;
  /** The ticket's fields as policies were matched on them: the export's, with the history's latest priority. */
  fields: Ticket['fields'];
  match: PolicyMatch | undefined;
  history: TicketHistory;
  /** When the ticket was (last) resolved, by the resolution-clock rule over `resolved` and `closed`. */
  resolvedAt: Instant | undefined;
  /** The ticket was open at some moment of the period (always, without a period). */
  active: boolean;
  records: TicketRecord[];
};

/**
 * Evaluate every ticket created at or before the as-of instant, one at a time
 * (records are not kept here: `report` aggregates them as they come). Returns
 * the warnings: tickets without SLA that were active in the period, clocks
 * that stop before they start, how many tickets came after the as-of, and
 * what the run as a whole shows (runTally: done without resolution, an
 * empty period).
 */
export function forEachEvaluation(input: EvaluationInput, visit: (evaluation: TicketEvaluation) => void): Problem[] {
  return walkToEnd(evaluationWalk(input, visit));
}

/** forEachEvaluation as a walk that pauses every TICKETS_PER_PAUSE tickets (walk.ts). */
export function evaluationWalk(input: EvaluationInput, visit: (evaluation: TicketEvaluation) => void): Walk<Problem[]> {
  return ticketWalk(input, evaluateTicket, visit);
}

/**
 * The walk over the tickets that forEachEvaluation and the review's
 * forEachEvaluationInPeriods share: `evaluate` says how one ticket's clocks
 * are judged, the warnings are the same whichever it is.
 */
export function* ticketWalk(
  input: EvaluationInput,
  evaluate: (context: Context, ticket: Ticket, warnings: Problem[]) => TicketEvaluation,
  visit: (evaluation: TicketEvaluation) => void,
): Walk<Problem[]> {
  const context = evaluationContext(input);
  const warnings: Problem[] = [];
  const tally = runTally(input, context.done);
  // The priorities policies accept: a ticket with one of them matched no policy for another reason.
  const accepted = input.sla.policies.flatMap((p) => p.when.priority ?? []);
  let later = 0;
  let seen = 0;
  for (const ticket of input.tickets) {
    if (++seen % TICKETS_PER_PAUSE === 0) yield;
    if (ticket.times.created! > input.asOf) {
      later++;
      continue;
    }
    const evaluation = evaluate(context, ticket, warnings);
    if (evaluation.match === undefined && evaluation.active)
      warnings.push(
        noPolicy(ticket, context.policyKeys, evaluation.fields, outsideDates(context, evaluation), input.priorityLabels, accepted),
      );
    tally.add(ticket, evaluation.fields, evaluation.resolvedAt, evaluation.active);
    visit(evaluation);
  }
  if (later > 0) warnings.push(afterAsOf(later, input));
  warnings.push(...tally.warnings());
  return warnings;
}

/** The creation date of a ticket without SLA whose `when` some dated policy takes (SPEC 9): the dates are why. */
function outsideDates(context: Context, evaluation: TicketEvaluation): string | undefined {
  if (!context.dated || whenMatches(context.sla.policies, evaluation.fields).length === 0) return undefined;
  return createdDate(context.sla.timezone, evaluation.ticket.times.created!);
}

/** One clock of a ticket, ready to be judged at an instant: what judge and judgeCadence take besides it. */
export type TicketClock = { calendar: Calendar; clock: Clock; metric: PolicyPlan['metrics'][number]; names: RecordNames };

/** One ticket; problems with its clocks are pushed onto `warnings`. */
export function evaluateTicket(context: Context, ticket: Ticket, warnings: Problem[]): TicketEvaluation {
  const { asOf, period } = context;
  const records: TicketRecord[] = [];
  const evaluation = ticketClocks(context, ticket, warnings, (c) => {
    const at = judgeAt(c.clock, asOf, period);
    if (at !== undefined) records.push(judgeClock(c, at, context.detail ?? 'full'));
  });
  return { ...evaluation, records };
}

/**
 * A ticket's history, its policy (matched on its latest priority and its
 * creation date), and each of its clocks handed to `onClock`, which judges
 * it (in the period, or in each of many). `records` is left empty for the
 * caller to fill.
 */
export function ticketClocks(context: Context, ticket: Ticket, warnings: Problem[], onClock: (c: TicketClock) => void): TicketEvaluation {
  const { sla, asOf, period, done } = context;
  const history = ticketHistory(ticket, context.events.eventsFor(ticket.id), asOf, done);
  const resolvedAt = resolutionStop(earliestField(ticket, RESOLUTION_FIELDS, asOf), history);
  const created = ticket.times.created!;
  const active = period === undefined || activeInPeriod(created, resolvedAt, period);
  const fields = history.priority === ticket.fields.priority ? ticket.fields : { ...ticket.fields, priority: history.priority };
  const match = context.policyFor(fields, created);
  if (match !== undefined) {
    const plan = context.plans.get(match.policy)!;
    const names: RecordNames = {
      ticket: ticket.id,
      policy: match.policy.name,
      priority: fields.priority,
      calendar: match.policy.calendar,
      priorityChanged: history.priorityChanged,
      source: ticket.source,
    };
    for (const metric of plan.metrics) {
      const clock = clockFor(metric.clock, ticket, history, asOf, done, context.pauses);
      if (clock === undefined) continue;
      if (clock.stop !== undefined && clock.stop < clock.start) {
        warnings.push(stopBeforeStart(ticket, metric.name, clock, sla.timezone));
        continue;
      }
      onClock({ calendar: plan.calendar, clock, metric, names });
    }
  }
  return { ticket, fields, match, history, resolvedAt, active, records: [] };
}

/** A clock judged at an instant: an update-cadence clock (SPEC 8.2) by its intervals, any other by its elapsed time. */
export function judgeClock(c: TicketClock, at: JudgeInstant, detail: Detail): TicketRecord {
  return (c.metric.clock.updates === undefined ? judge : judgeCadence)(c.calendar, c.clock, c.metric, at, detail, c.names);
}
