import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { problem, type Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import type { Ticket } from '../tickets/types.js';
import type { Clock } from './clocks.js';

/** The evaluation's warnings: each names the ticket's file and line, and says what to do. */

/** `keys`: every field a policy's `when` looks at; `fields`: the values they were matched on; `created`: its date, when policies have dates (SPEC 9). */
export function noPolicy(ticket: Ticket, keys: readonly string[], fields: Ticket['fields'], created?: string): Problem {
  const values = [...keys.map((k) => `${k} ${fields[k] === undefined ? 'empty' : `"${fields[k]}"`}`), ...(created === undefined ? [] : [`created ${created}`])].join(', ');
  return problem(
    'evaluate.no-policy',
    'warning',
    `ticket "${ticket.id}" matches no policy${values === '' ? '' : ` (${values})`}: it has no SLA`,
    { file: ticket.source.file, line: ticket.source.line },
    `add a policy for it, or map its value under priorities.map in the SLA file${created === undefined ? '' : '; policies with valid_from or valid_until take only tickets created in their dates'}`,
  );
}

export function stopBeforeStart(ticket: Ticket, metric: string, clock: Clock, zone: string): Problem {
  return problem(
    'evaluate.stop-before-start',
    'warning',
    `ticket "${ticket.id}": ${metric} stops (${formatInstant(zone, clock.stop!)}) before it starts (${formatInstant(zone, clock.start)}); record left out`,
    { file: ticket.source.file, line: ticket.source.line },
    'correct the timestamps in the export',
  );
}

export function afterAsOf(count: number, input: { sla: Sla; asOf: Instant }): Problem {
  return problem(
    'evaluate.after-as-of',
    'warning',
    `${count} ticket${count === 1 ? ' was' : 's were'} created after the as-of instant ${formatInstant(input.sla.timezone, input.asOf)} and not evaluated`,
    {},
    'pass a later --as-of to include them',
  );
}
