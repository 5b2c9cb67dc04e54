import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { problem, type Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import type { EventLog, Ticket } from '../tickets/types.js';
import { clockFor, metricClock, resolutionStop, type Clock, type MetricClock } from './clocks.js';
import { statusSet, ticketHistory, type StatusSet, type TicketHistory } from './history.js';
import { matchPolicy, type PolicyMatch } from './policy.js';
import { judge, judgeAt, type Detail } from './records.js';
import type { Period, TicketRecord } from './types.js';

/** Everything evaluation needs: pure data in, records out (SPEC 6). */
export type EvaluationInput = {
  sla: Sla;
  tickets: readonly Ticket[];
  events: EventLog;
  /** Statuses that mean "done" (ImportResult.resolvedStatuses). */
  resolvedStatuses: readonly string[];
  asOf: Instant;
  period?: Period | undefined;
  /** `full` (default) or `verdict`: only what the status and the KPIs need (see Detail). */
  detail?: Detail;
};

/** One ticket evaluated: its policy (after a priority change, the latest priority's), and its records in the period. */
export type TicketEvaluation = {
  ticket: Ticket;
  match: PolicyMatch | undefined;
  history: TicketHistory;
  /** When the ticket was (last) resolved, by the resolution-clock rule over `resolved` and `closed`. */
  resolvedAt: Instant | undefined;
  /** The ticket was open at some moment of the period (always, without a period). */
  active: boolean;
  records: TicketRecord[];
};

type Context = EvaluationInput & { done: StatusSet; clocks: ReadonlyMap<string, MetricClock>; policyFor: (fields: Fields) => PolicyMatch | undefined };

type Fields = Ticket['fields'];

/**
 * Evaluate every ticket created at or before the as-of instant, one at a time
 * (records are not kept here: `report` aggregates them as they come). Returns
 * the warnings: tickets without SLA that were active in the period, clocks
 * that stop before they start, and how many tickets came after the as-of.
 */
export function forEachEvaluation(input: EvaluationInput, visit: (evaluation: TicketEvaluation) => void): Problem[] {
  const context = evaluationContext(input);
  const warnings: Problem[] = [];
  let later = 0;
  for (const ticket of input.tickets) {
    if (ticket.times.created! > input.asOf) {
      later++;
      continue;
    }
    const evaluation = evaluateTicket(context, ticket, warnings);
    if (evaluation.match === undefined && evaluation.active) warnings.push(noPolicy(ticket, input.sla));
    visit(evaluation);
  }
  if (later > 0) warnings.push(afterAsOf(later, input));
  return warnings;
}

/** One ticket; problems with its clocks are pushed onto `warnings`. */
export function evaluateTicket(context: Context, ticket: Ticket, warnings: Problem[]): TicketEvaluation {
  const { sla, asOf, period, done } = context;
  const history = ticketHistory(ticket, context.events.eventsFor(ticket.id), asOf, done);
  const resolvedAt = resolutionStop(earliestField(ticket, ['resolved', 'closed'], asOf), history);
  const created = ticket.times.created!;
  const active = period === undefined || (created < period.to && (resolvedAt === undefined || resolvedAt >= period.from));
  const fields = history.priority === ticket.fields.priority ? ticket.fields : { ...ticket.fields, priority: history.priority };
  const match = context.policyFor(fields);
  const records: TicketRecord[] = [];
  if (match !== undefined) {
    const { policy } = match;
    const calendar = sla.calendars.get(policy.calendar)!.calendar;
    for (const metricName in policy.targets) {
      const clock = clockFor(context.clocks.get(metricName)!, ticket, history, asOf, done);
      if (clock === undefined) continue;
      if (clock.stop !== undefined && clock.stop < clock.start) {
        warnings.push(stopBeforeStart(ticket, metricName, clock, sla.timezone));
        continue;
      }
      const at = judgeAt(clock, asOf, period);
      if (at === undefined) continue;
      const j = judge(calendar, clock, policy.targets[metricName]!, at, context.detail);
      // Written out rather than spread: a million tickets make two million of these.
      records.push({
        ticket: ticket.id,
        metric: metricName,
        policy: policy.name,
        priority: fields.priority,
        calendar: policy.calendar,
        start: j.start,
        stop: j.stop,
        due: j.due,
        targetMs: j.targetMs,
        elapsedMs: j.elapsedMs,
        pausedMs: j.pausedMs,
        wallMs: j.wallMs,
        status: j.status,
        priorityChanged: history.priorityChanged,
        judgedAt: j.judgedAt,
        pauses: j.pauses,
        source: ticket.source,
      });
    }
  }
  return { ticket, match, history, resolvedAt, active, records };
}

/** Context for evaluateTicket outside forEachEvaluation (explain). */
export function evaluationContext(input: EvaluationInput): Context {
  const clocks = new Map([...input.sla.metrics].map(([name, metric]) => [name, metricClock(metric)]));
  return { ...input, done: statusSet(input.resolvedStatuses), clocks, policyFor: policyLookup(input.sla) };
}

/**
 * matchPolicy, memoised on the values of the fields that policies look at:
 * a million tickets share a handful of priorities.
 */
function policyLookup(sla: Sla): (fields: Fields) => PolicyMatch | undefined {
  const keys = [...new Set(sla.policies.flatMap((p) => Object.keys(p.when)))];
  const seen = new Map<string, PolicyMatch | undefined>();
  return (fields) => {
    const id = keys.length === 1 ? (fields[keys[0]!] ?? '\u0000') : keys.map((k) => fields[k] ?? '\u0000').join('\u0001');
    if (seen.has(id)) return seen.get(id);
    const match = matchPolicy(sla.policies, fields);
    seen.set(id, match);
    return match;
  };
}

function earliestField(ticket: Ticket, fields: readonly string[], asOf: Instant): Instant | undefined {
  let earliest: Instant | undefined;
  for (const field of fields) {
    const at = ticket.times[field];
    if (at !== undefined && at <= asOf && (earliest === undefined || at < earliest)) earliest = at;
  }
  return earliest;
}

function noPolicy(ticket: Ticket, sla: Sla): Problem {
  const keys = [...new Set(sla.policies.flatMap((p) => Object.keys(p.when)))];
  const values = keys.map((k) => `${k} ${ticket.fields[k] === undefined ? 'empty' : `"${ticket.fields[k]}"`}`).join(', ');
  return problem(
    'evaluate.no-policy',
    'warning',
    `ticket "${ticket.id}" matches no policy${values === '' ? '' : ` (${values})`}: it has no SLA`,
    { file: ticket.source.file, line: ticket.source.line },
    'add a policy for it, or map its value under priorities.map in the SLA file',
  );
}

function stopBeforeStart(ticket: Ticket, metric: string, clock: Clock, zone: string): Problem {
  return problem(
    'evaluate.stop-before-start',
    'warning',
    `ticket "${ticket.id}": ${metric} stops (${formatInstant(zone, clock.stop!)}) before it starts (${formatInstant(zone, clock.start)}); record left out`,
    { file: ticket.source.file, line: ticket.source.line },
    'correct the timestamps in the export',
  );
}

function afterAsOf(count: number, input: EvaluationInput): Problem {
  return problem(
    'evaluate.after-as-of',
    'warning',
    `${count} ticket${count === 1 ? ' was' : 's were'} created after the as-of instant ${formatInstant(input.sla.timezone, input.asOf)} and not evaluated`,
    {},
    'pass a later --as-of to include them',
  );
}
