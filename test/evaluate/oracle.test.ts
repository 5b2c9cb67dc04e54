import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTicket, evaluationContext } from '../../src/evaluate/evaluate.js';
import type { Metric, Sla } from '../../src/sla/types.js';
import type { Ticket, TicketEvent } from '../../src/tickets/types.js';
import { MINUTE, policy, sla, slaCalendar } from '../builders.js';

/**
 * Records on a 24x7 calendar against a minute-by-minute oracle that shares no
 * code with src/evaluate: it reads the status at each minute and decides from
 * that alone whether the minute counts (SPEC 5.3 and 6).
 */
const T0 = Date.UTC(2026, 9, 20, 8, 0);
const STATUSES = ['New', 'Work', 'Wait', 'Done'] as const;
const RESOLUTION: Metric = { name: 'resolution', start: 'created', stop: ['resolved'], pauseWhenStatus: ['Wait'] };

type Case = { targetMinutes: number; resolved: number | undefined; asOf: number; events: [number, (typeof STATUSES)[number]][] };

function oracle(c: Case) {
  const events = c.events.filter(([at]) => at <= c.asOf).sort((a, b) => a[0] - b[0]);
  const statusAt = (m: number) => {
    let s: string | undefined;
    for (const [at, status] of events) if (at <= m) s = status;
    return s;
  };
  // Reopens: a minute at which the status stops being Done.
  const reopens = events
    .filter(([at, s], i) => s !== 'Done' && events.slice(0, i).some(([, p]) => p === 'Done') && statusAt(at - 1) === 'Done')
    .map(([at]) => at);
  const last = events.length === 0 ? undefined : statusAt(c.asOf);
  let finalDoneFrom: number | undefined;
  if (last === 'Done') for (let m = c.asOf; m >= 0 && statusAt(m) === 'Done'; m--) finalDoneFrom = m;
  const fieldStop = c.resolved !== undefined && c.resolved <= c.asOf ? c.resolved : undefined;
  const stop = fieldStop === undefined ? finalDoneFrom : reopens.some((r) => r >= fieldStop) ? finalDoneFrom : fieldStop;
  const end = stop ?? c.asOf;
  const paused = (m: number) => {
    if (m >= end) return false;
    const s = statusAt(m);
    return s === 'Wait' || (s === 'Done' && reopens.some((r) => r > m));
  };
  let elapsed = 0;
  for (let m = 0; m < end; m++) if (!paused(m)) elapsed++;
  let due = 0;
  for (let m = 0, counted = 0; counted < c.targetMinutes; m++) if (!paused(m) && ++counted === c.targetMinutes) due = m + 1;
  const over = elapsed > c.targetMinutes;
  const status = stop !== undefined ? (over ? 'breached' : 'met') : over ? 'overdue' : 'open';
  return { stop, due, elapsed, status };
}

function fromCase(c: Case): { sla: Sla; ticket: Ticket; events: TicketEvent[] } {
  const base = sla();
  const s: Sla = {
    ...base,
    calendars: new Map([['always', slaCalendar('always', { timezone: 'Europe/Copenhagen', hours: '24x7' })]]),
    metrics: new Map([['resolution', RESOLUTION]]),
    policies: [
      policy('All', 0, {}, 'always', { resolution: { kind: 'business-time', ms: c.targetMinutes * MINUTE, text: `${c.targetMinutes}m` } }),
    ],
  };
  const at = (m: number) => T0 + m * MINUTE;
  const ticket: Ticket = {
    id: 'X',
    source: { file: 't.csv', line: 2 },
    times: { created: at(0), resolved: c.resolved === undefined ? undefined : at(c.resolved) },
    fields: {},
  };
  const events = [...c.events]
    .sort((a, b) => a[0] - b[0])
    .map(([m, status]) => ({ at: at(m), status, source: { file: 'e.csv', line: 2 } }));
  return { sla: s, ticket, events };
}

describe('records on a 24x7 calendar agree with a minute-by-minute oracle', () => {
  it('for random status histories, pauses, reopens and as-of instants (property)', () => {
    const minute = fc.integer({ min: 0, max: 400 });
    const kase = fc.record({
      targetMinutes: fc.integer({ min: 0, max: 300 }),
      resolved: fc.option(minute, { nil: undefined }),
      asOf: fc.integer({ min: 0, max: 500 }),
      events: fc.array(fc.tuple(minute, fc.constantFrom(...STATUSES)), { maxLength: 8 }).map((list) => {
        // One status per minute: two changes at the same minute would make "the status at m" depend on file order.
        const seen = new Set<number>();
        return list.filter(([m]) => !seen.has(m) && seen.add(m) !== undefined);
      }),
    });
    fc.assert(
      fc.property(kase, (c) => {
        const { sla: s, ticket, events } = fromCase(c);
        const context = evaluationContext({
          sla: s,
          tickets: [ticket],
          events: { eventsFor: () => events, size: events.length },
          resolvedStatuses: ['Done'],
          asOf: T0 + c.asOf * MINUTE,
        });
        const [record] = evaluateTicket(context, ticket, []).records;
        const expected = oracle(c);
        const got = {
          stop: record!.stop === undefined ? undefined : (record!.stop - T0) / MINUTE,
          due: (record!.due - T0) / MINUTE,
          elapsed: record!.elapsedMs / MINUTE,
          status: record!.status,
        };
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
