import type { Problem } from '../problem.js';
import { evaluationContext, evaluateTicket, type EvaluationInput, type TicketEvaluation } from './evaluate.js';
import { afterAsOf, noPolicy } from './warnings.js';
import { TICKETS_PER_PAUSE, walkToEnd, type Walk } from './walk.js';

/**
 * `compare` (SPEC 11.1): the same tickets judged under several SLA files.
 * One pass over the import: each ticket is built once and evaluated under
 * every file in turn, so N files cost N evaluations but one read. The inputs
 * differ only in `sla` (compare-import.ts checks that they read the exports
 * alike). `visit` gets the ticket's evaluation under each file, in file order.
 * Returns each file's warnings, as forEachEvaluation does for one.
 */
export function forEachComparison(
  inputs: readonly EvaluationInput[],
  visit: (evaluations: readonly TicketEvaluation[]) => void,
): Problem[][] {
  return walkToEnd(comparisonWalk(inputs, visit));
}

/** forEachComparison as a walk that pauses every TICKETS_PER_PAUSE tickets (walk.ts). */
export function* comparisonWalk(
  inputs: readonly EvaluationInput[],
  visit: (evaluations: readonly TicketEvaluation[]) => void,
): Walk<Problem[][]> {
  const first = inputs[0]!;
  const contexts = inputs.map(evaluationContext);
  const warnings = inputs.map((): Problem[] => []);
  let later = 0;
  let seen = 0;
  for (const ticket of first.tickets) {
    if (++seen % TICKETS_PER_PAUSE === 0) yield;
    if (ticket.times.created! > first.asOf) {
      later++;
      continue;
    }
    const evaluations = contexts.map((context, i) => {
      const evaluation = evaluateTicket(context, ticket, warnings[i]!);
      if (evaluation.match === undefined && evaluation.active) warnings[i]!.push(noPolicy(ticket, context.policyKeys, evaluation.fields));
      return evaluation;
    });
    visit(evaluations);
  }
  if (later > 0) for (let i = 0; i < inputs.length; i++) warnings[i]!.push(afterAsOf(later, inputs[i]!));
  return warnings;
}

/**
 * The warnings of a comparison as one list: a warning every file gives is
 * listed once; one that only some files give says which ("under
 * proposal.yaml"), so that a ticket without SLA in the proposal alone is not
 * mistaken for one without SLA in both.
 */
export function comparisonWarnings(perFile: readonly (readonly Problem[])[], files: readonly string[]): Problem[] {
  const key = (p: Problem) => JSON.stringify([p.code, p.where, p.message]);
  const seen = new Map<string, { problem: Problem; files: number[] }>();
  perFile.forEach((problems, i) => {
    for (const p of problems) {
      const k = key(p);
      const entry = seen.get(k);
      if (entry === undefined) seen.set(k, { problem: p, files: [i] });
      else if (entry.files[entry.files.length - 1] !== i) entry.files.push(i);
    }
  });
  return [...seen.values()].map(({ problem, files: which }) =>
    which.length === files.length
      ? problem
      : { ...problem, message: `${problem.message} (under ${which.map((i) => files[i]).join(', ')})` },
  );
}
