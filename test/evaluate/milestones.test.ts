import { describe, expect, it } from 'vitest';
import { evaluateTicket, evaluationContext, forEachEvaluation } from '../../src/evaluate/evaluate.js';
import { explainTicket } from '../../src/evaluate/explain.js';
import type { TicketRecord } from '../../src/evaluate/types.js';
import type { Metric, Sla } from '../../src/sla/types.js';
import { validityOf } from '../../src/sla/values/validity.js';
import type { EventLog, Ticket } from '../../src/tickets/types.js';
import { cph, eventLog, policy, RESOLUTION, sla, ticket, time, ZONE } from '../builders.js';

/** Single situations of SPEC 8 and 9 on the default SLA (P1 on 24x7, P2 on office hours Mon-Fri 08:00-16:00). */

const AS_OF = cph('2026-10-30 12:00');
const DONE = ['Løst'];

function records(s: Sla, t: Ticket, events: EventLog, asOf = AS_OF): Map<string, TicketRecord> {
  const context = evaluationContext({ sla: s, tickets: [t], events, resolvedStatuses: DONE, asOf });
  return new Map(evaluateTicket(context, t, []).records.map((r) => [r.metric, r]));
}

function withMetric(metric: Metric, target = time('1h')): Sla {
  return sla({ metrics: new Map([[metric.name, metric]]), policies: [policy('P1', 0, {}, 'oncall', { [metric.name]: target })] });
}

const minutes = (r: TicketRecord | undefined) => (r === undefined ? undefined : r.elapsedMs / 60_000);

describe('milestone clocks (SPEC 8.1)', () => {
  const t = ticket('A', { created: '2026-10-05 10:00', resolved: '2026-10-05 14:00' });

  it('have no record when their start milestone never happens', () => {
    const metric: Metric = { name: 'handover', start: { column: 'group', values: ['Vagt'] }, stop: ['resolved'], pauseWhenStatus: [] };
    expect(records(withMetric(metric), t, eventLog({ A: [['2026-10-05 10:30', { status: 'I gang' }]] })).size).toBe(0);
    // With the hand-over at 11:00 the clock runs from there to the resolution: 3h.
    const handed = eventLog({ A: [['2026-10-05 11:00', { fields: { group: 'vagt' } }]] });
    expect(minutes(records(withMetric(metric), t, handed).get('handover'))).toBe(180);
  });

  it('stay stopped once stopped: a reopen after the workaround does not restart the clock', () => {
    const metric: Metric = {
      name: 'workaround',
      start: 'created',
      stop: [{ column: 'status', values: ['Workaround leveret'] }, 'resolved'],
      pauseWhenStatus: [],
    };
    const events = eventLog({
      A: [
        ['2026-10-05 10:40', { status: 'Workaround leveret' }],
        ['2026-10-05 12:00', { status: 'Løst' }],
        ['2026-10-05 13:00', { status: 'I gang' }],
      ],
    });
    // The workaround at 10:40 stops it: 40m (a resolution clock would have run on to the last resolution).
    expect(records(withMetric(metric), t, events).get('workaround')).toMatchObject({
      stop: cph('2026-10-05 10:40'),
      elapsedMs: 40 * 60_000,
      status: 'met',
    });
  });

  it('match a priority milestone on the normalised priority and another history column by its name', () => {
    const metric: Metric = {
      name: 'raised',
      start: 'created',
      stop: [
        { column: 'priority', values: ['P1'] },
        { column: 'team', values: ['Net'] },
      ],
      pauseWhenStatus: [],
    };
    const events = eventLog({
      A: [
        ['2026-10-05 10:20', { fields: { team: 'Desk' } }],
        ['2026-10-05 10:50', { priority: 'P1' }],
        ['2026-10-05 11:10', { fields: { team: 'net' } }],
      ],
    });
    expect(minutes(records(withMetric(metric), t, events).get('raised'))).toBe(50);
  });
});

describe('update-cadence clocks (SPEC 8.2)', () => {
  const metric: Metric = {
    name: 'status_update',
    start: 'created',
    stop: ['resolved'],
    updates: ['reply', { column: 'status', values: ['Opdateret'] }],
    pauseWhenStatus: [],
  };

  it('count a row that is a reply and a milestone once; updates at the start or the stop are no updates', () => {
    const t = ticket('A', { created: '2026-10-05 10:00', resolved: '2026-10-05 12:00' });
    const events = eventLog({
      A: [
        ['2026-10-05 10:00', { reply: true }],
        ['2026-10-05 10:45', { reply: true, status: 'Opdateret' }],
        ['2026-10-05 12:00', { reply: true }],
      ],
    });
    // Intervals 45m and 75m: one update, one late.
    expect(records(withMetric(metric), t, events).get('status_update')).toMatchObject({
      updates: 1,
      lateUpdates: 1,
      elapsedMs: 75 * 60_000,
      status: 'breached',
    });
  });

  it('follow the reopen rule when they stop at resolved: time in a done status before a reopen is paused', () => {
    const t = ticket('A', { created: '2026-10-05 10:00', resolved: '2026-10-05 11:00' });
    const events = eventLog({
      A: [
        ['2026-10-05 10:30', { reply: true }],
        ['2026-10-05 11:00', { status: 'Løst' }],
        ['2026-10-05 15:00', { status: 'I gang' }],
        ['2026-10-05 15:20', { reply: true }],
        ['2026-10-05 15:50', { status: 'Løst' }],
      ],
    });
    // Stops at the last resolution, 15:50. [10:00, 10:30) 30m; [10:30, 15:20): 10:30-11:00 30m, 11:00-15:00 resolved
    // (paused), 15:00-15:20 20m = 50m; [15:20, 15:50) 30m. Without the reopen rule the middle one would be 4h50m.
    expect(records(withMetric(metric), t, events).get('status_update')).toMatchObject({
      stop: cph('2026-10-05 15:50'),
      updates: 2,
      lateUpdates: 0,
      elapsedMs: 50 * 60_000,
      pausedMs: 240 * 60_000,
      status: 'met',
    });
  });

  it('give the same verdict when only verdicts are asked for', () => {
    const t = ticket('A', { created: '2026-10-05 10:00' });
    const events = eventLog({
      A: [
        ['2026-10-05 10:30', { reply: true }],
        ['2026-10-05 12:00', { reply: true }],
      ],
    });
    const context = evaluationContext({
      sla: withMetric(metric),
      tickets: [t],
      events,
      resolvedStatuses: DONE,
      asOf: cph('2026-10-05 12:30'),
      detail: 'verdict',
    });
    const [r] = evaluateTicket(context, t, []).records;
    expect([r?.status, r?.elapsedMs, r?.updates, r?.lateUpdates, r?.intervals]).toEqual(['overdue', 90 * 60_000, 2, 1, undefined]);
  });
});

describe('policy validity in evaluation (SPEC 9)', () => {
  const dated = (): Sla => {
    const [p1, , p3] = sla().policies;
    return sla({
      policies: [
        p1!,
        {
          ...policy('P2 old', 1, { priority: ['P2'] }, 'office', { resolution: time('8h') }),
          validity: validityOf({ valid_until: '2026-06-30' }, ZONE)!,
        },
        {
          ...policy('P2 new', 2, { priority: ['P2'] }, 'office', { resolution: time('6h') }),
          validity: validityOf({ valid_from: '2026-07-15' }, ZONE)!,
        },
        { ...p3!, index: 3 },
      ],
      metrics: new Map([['resolution', RESOLUTION]]),
    });
  };

  it('a priority change keeps the creation instant: raised to P2 in July, created as P3 in June, the old P2 version', () => {
    const t = ticket('A', { created: '2026-06-30 15:00' }, { priority: 'P3' });
    const events = eventLog({ A: [['2026-07-20 09:00', { priority: 'P2' }]] });
    expect(records(dated(), t, events).get('resolution')).toMatchObject({ policy: 'P2 old', priorityChanged: true });
  });

  it('names the creation date when the dates leave a ticket without SLA', () => {
    const t = ticket('A', { created: '2026-07-03 09:00' }, { priority: 'P2' });
    const warnings = forEachEvaluation(
      { sla: dated(), tickets: [t], events: eventLog(), resolvedStatuses: DONE, asOf: AS_OF },
      () => undefined,
    );
    expect(warnings.map((w) => [w.message, w.hint])).toEqual([
      [
        'ticket "A" matches no policy (priority "P2", created 2026-07-03): it has no SLA',
        'add a policy for it, or map its value under priorities.map in the SLA file; policies with valid_from or valid_until take only tickets created in their dates',
      ],
    ]);
  });

  it('explain gives the creation date as a reason of a dated policy', () => {
    const t = ticket('A', { created: '2026-07-20 09:00' }, { priority: 'P2' });
    const { evaluation } = explainTicket({ sla: dated(), tickets: [t], events: eventLog(), resolvedStatuses: DONE, asOf: AS_OF }, t);
    expect(evaluation.match?.reasons).toEqual([
      { field: 'priority', value: 'P2', accepted: ['p2'] },
      { field: 'created', value: '2026-07-20', accepted: ['from 2026-07-15'] },
    ]);
  });
});
