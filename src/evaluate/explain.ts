import { afterAsOf } from './warnings.js';
import { segments } from '../calendar/index.js';
import type { Segment } from '../calendar/types.js';
import type { Problem } from '../problem.js';
import type { Ticket } from '../tickets/types.js';
import { evaluateTicket, evaluationContext, type EvaluationInput, type TicketEvaluation } from './evaluate.js';
import { withValidityReason } from './policy.js';
import type { TicketRecord } from './types.js';

/** One metric of an explained ticket: its record and the timeline from start to stop (or to the as-of instant). */
export type ExplainedRecord = { record: TicketRecord; timeline: Segment[] };

export type Explanation = { evaluation: TicketEvaluation; records: ExplainedRecord[]; warnings: Problem[] };

/**
 * Why a ticket's clocks say what they say: the evaluation of that one ticket
 * as of the as-of instant (no period), with each record's segments: counted,
 * outside hours, holiday (its name), paused (the status).
 */
export function explainTicket(input: EvaluationInput, ticket: Ticket): Explanation {
  const warnings: Problem[] = [];
  // A ticket created after the as-of instant has no records yet: say so, rather than print empty tables.
  if (ticket.times.created! > input.asOf) warnings.push(afterAsOf(1, input));
  const evaluated = evaluateTicket(evaluationContext({ ...input, period: undefined }), ticket, warnings);
  // SPEC 9: a dated policy matched on the creation date too; explain says so.
  const match = evaluated.match === undefined ? undefined : withValidityReason(evaluated.match, input.sla.timezone, ticket.times.created!);
  const evaluation = { ...evaluated, match };
  const records = evaluation.records.map((record) => {
    const calendar = input.sla.calendars.get(record.calendar)!.calendar;
    const timeline = record.judgedAt > record.start ? segments(calendar, record.start, record.judgedAt, record.pauses) : [];
    return { record, timeline };
  });
  return { evaluation, records, warnings };
}
