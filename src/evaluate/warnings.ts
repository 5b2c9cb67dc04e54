import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { problem, type Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import { closestMatch } from '../did-you-mean.js';
import type { Ticket } from '../tickets/types.js';
import { isResolutionClock, type Clock } from './clocks.js';
import type { StatusSet } from './ticket-history.js';
import type { Period } from './types.js';

/** The evaluation's warnings: each names the ticket's file and line, and says what to do. */

/**
 * `keys`: every field a policy's `when` looks at; `fields`: the values they
 * were matched on; `created`: its date, when policies have dates (SPEC 9);
 * `labels`: the export labels the priority map in force names: a priority
 * none of them names (a localized label the preset lacks) gets the
 * nearest as a did-you-mean.
 */
export function noPolicy(
  ticket: Ticket,
  keys: readonly string[],
  fields: Ticket['fields'],
  created?: string,
  labels: readonly string[] = [],
  accepted: readonly string[] = [],
): Problem {
  const values = [
    ...keys.map((k) => `${k} ${fields[k] === undefined ? 'empty' : `"${fields[k]}"`}`),
    ...(created === undefined ? [] : [`created ${created}`]),
  ].join(', ');
  const near = keys.includes('priority') ? unmappedPriority(fields.priority, labels, accepted) : undefined;
  return problem(
    'evaluate.no-policy',
    'warning',
    `ticket "${ticket.id}" matches no policy${values === '' ? '' : ` (${values})`}: it has no SLA${near === undefined ? '' : `; priority "${fields.priority}" is not a label the priority map knows: did you mean "${near}"?`}`,
    { file: ticket.source.file, line: ticket.source.line },
    `${near === undefined ? 'add a policy for it, or map its value under priorities.map in the SLA file' : `map it under priorities.map in the SLA file, e.g. priorities: { map: { "${fields.priority}": P1 } }, or add a policy for it`}${created === undefined ? '' : '; policies with valid_from or valid_until take only tickets created in their dates'}`,
  );
}

/** The label nearest to a priority that no label of the map names and no policy accepts (it stayed as written), or undefined. */
function unmappedPriority(priority: string | undefined, labels: readonly string[], accepted: readonly string[]): string | undefined {
  if (priority === undefined || labels.length === 0) return undefined;
  const value = priority.trim().toLowerCase();
  if ([...labels, ...accepted].some((l) => l.trim().toLowerCase() === value)) return undefined;
  return closestMatch(priority, labels);
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

/**
 * Configurations that give wrong figures without a word. Each is one
 * warning for the run, naming what to do.
 */

/** pause_when_status without any status history to use: the pauses cannot happen. `historyRows`: rows the history files had. */
export function pausesWithoutHistory(sla: Sla, events: number, historyRows = 0): Problem | undefined {
  if (events > 0) return undefined;
  const pausing = [...sla.metrics.values()].filter((m) => m.pauseWhenStatus.length > 0);
  if (pausing.length === 0) return undefined;
  const what = pausing.map((m) => `"${m.name}" (${m.pauseWhenStatus.map((s) => `"${s}"`).join(', ')})`).join(', ');
  return problem(
    'evaluate.pauses-without-history',
    'warning',
    `${pausing.length === 1 ? 'metric' : 'metrics'} ${what} ${pausing.length === 1 ? 'pauses' : 'pause'} while a ticket has a status, but ${historyRows === 0 ? 'no status history was given' : `none of the status history's ${historyRows} rows was used`}: nothing is paused`,
    {},
    historyRows === 0
      ? 'give the status history (one row per status change) with --events FILE, or input.events.file in the SLA file'
      : 'check that the history belongs to these tickets (the warnings above say why its rows were not used)',
  );
}

/**
 * What the evaluation of a whole run shows about its input, gathered ticket by
 * ticket: tickets in a done status without a resolution (their resolution
 * clocks run on), and a period in which no ticket was active.
 */
export type RunTally = {
  add(ticket: Ticket, fields: Ticket['fields'], resolvedAt: Instant | undefined, active: boolean): void;
  warnings(): Problem[];
};

export function runTally(input: { sla: Sla; asOf: Instant; period?: Period | undefined }, done: StatusSet): RunTally {
  const resolving = [...input.sla.metrics.values()].some(isResolutionClock);
  const unresolved: Ticket[] = [];
  let unresolvedCount = 0;
  let active = 0;
  let first = Infinity;
  let last = -Infinity;
  return {
    add(ticket, fields, resolvedAt, isActive) {
      const created = ticket.times.created!;
      if (created < first) first = created;
      if (created > last) last = created;
      if (!isActive) return;
      active++;
      const status = fields.status;
      if (
        resolving &&
        resolvedAt === undefined &&
        status !== undefined &&
        ticket.times.resolved === undefined &&
        ticket.times.closed === undefined &&
        done.has(status)
      ) {
        unresolvedCount++;
        if (unresolved.length < 3) unresolved.push(ticket);
      }
    },
    warnings() {
      const out: Problem[] = [];
      if (unresolvedCount > 0) out.push(doneWithoutResolution(unresolvedCount, unresolved));
      if (input.period !== undefined && active === 0) out.push(emptyPeriod(input.sla.timezone, input.period, first, last));
      return out;
    },
  };
}

function doneWithoutResolution(count: number, shown: readonly Ticket[]): Problem {
  const list = shown.map((t) => `"${t.id}" (${t.fields.status})`).join(', ') + (count > shown.length ? ', …' : '');
  return problem(
    'evaluate.done-without-resolved',
    'warning',
    `${count} ${count === 1 ? 'ticket has' : 'tickets have'} a done status but no resolved or closed time (${list}): ${count === 1 ? 'its resolution clock runs' : 'their resolution clocks run'} on`,
    { file: shown[0]!.source.file, line: shown[0]!.source.line },
    'map the column that holds the resolution time with --map resolved=COLUMN, or give the status history with --events',
  );
}

function emptyPeriod(zone: string, period: Period, first: Instant, last: Instant): Problem {
  const span =
    first === Infinity
      ? 'no ticket was read'
      : `the tickets were created from ${formatInstant(zone, first).slice(0, 10)} to ${formatInstant(zone, last).slice(0, 10)}`;
  return problem(
    'evaluate.empty-period',
    'warning',
    `no ticket was active in the period ${period.label} [${formatInstant(zone, period.from)}, ${formatInstant(zone, period.to)}): nothing to report`,
    {},
    `${span}; check the period, or whether the export covers it`,
  );
}
