import type { Instant } from '../calendar/types.js';
import type { Problem } from '../problem.js';
import type { Ticket } from '../tickets/types.js';
import type { Context } from './evaluation-context.js';
import { judgeClock, ticketClocks, ticketWalk, type EvaluationInput, type TicketClock, type TicketEvaluation } from './evaluate.js';
import { walkToEnd, type Walk } from './walk.js';
import { judgeAt, type Detail } from './records.js';
import type { Period, TicketRecord } from './types.js';

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
  return walkToEnd(evaluationInPeriodsWalk(input, periods, visit));
}

/** forEachEvaluationInPeriods as a walk that pauses every TICKETS_PER_PAUSE tickets (walk.ts). */
export function evaluationInPeriodsWalk(
  input: EvaluationInput,
  periods: readonly PeriodToJudge[],
  visit: (evaluation: TicketEvaluation, judged: readonly JudgedRecord[]) => void,
): Walk<Problem[]> {
  const judged: JudgedRecord[] = [];
  const evaluate = (context: Context, ticket: Ticket, warnings: Problem[]): TicketEvaluation => {
    judged.length = 0;
    return ticketClocks(context, ticket, warnings, (c) => judgeInPeriods(c, context.asOf, periods, judged));
  };
  return ticketWalk(input, evaluate, (evaluation) => visit(evaluation, judged));
}

/**
 * The clock judged in each period it belongs to. Judgements at the same
 * instant are shared: a record's verdict at an instant does not depend on
 * the period asking (a `full` one serves a `verdict` request too).
 */
function judgeInPeriods(c: TicketClock, asOf: Instant, periods: readonly PeriodToJudge[], judged: JudgedRecord[]): void {
  const made: TicketRecord[] = [];
  for (let i = 0; i < periods.length; i++) {
    const { period, detail } = periods[i]!;
    const at = judgeAt(c.clock, asOf, period);
    if (at === undefined) continue;
    let record = made.find(
      (r) => r.judgedAt === at.at && (r.stop !== undefined) === at.stopped && (detail === 'verdict' || !Number.isNaN(r.due)),
    );
    if (record === undefined) {
      record = judgeClock(c, at, detail);
      made.push(record);
    }
    judged.push({ period: i, record });
  }
}
