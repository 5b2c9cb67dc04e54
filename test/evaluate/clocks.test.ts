import { describe, expect, it } from 'vitest';
import { clockFor, isResolutionClock, metricClock } from '../../src/evaluate/clocks.js';
import { clipPauses, mergePauses } from '../../src/evaluate/pauses.js';
import { statusSet, ticketHistory } from '../../src/evaluate/ticket-history.js';
import type { Metric } from '../../src/sla/types.js';
import type { Ticket } from '../../src/tickets/types.js';
import { cph, eventLog, RESOLUTION, RESPONSE, ticket } from '../builders.js';

const DONE = statusSet(['Løst', 'Lukket']);
const AS_OF = cph('2027-01-05 12:00');

function clock(metric: Metric, t: Ticket, events: ReturnType<typeof eventLog>, asOf = AS_OF) {
  const history = ticketHistory(t, events.eventsFor(t.id), asOf, DONE);
  return clockFor(metricClock(metric), t, history, asOf, DONE);
}

describe('clocks', () => {
  it('start at the start field and stop at the earliest present stop field', () => {
    const t = ticket('A', { created: '2026-10-05 10:00', first_response: '2026-10-05 11:00', resolved: '2026-10-05 10:30' });
    expect(clock(RESPONSE, t, eventLog())).toEqual({ start: cph('2026-10-05 10:00'), stop: cph('2026-10-05 10:30'), pauses: [] });
  });

  it('take an agent reply in the history as the first response when it comes first', () => {
    const t = ticket('A', { created: '2026-10-05 10:00', first_response: '2026-10-05 11:00' });
    const events = eventLog({ A: [['2026-10-05 10:15', { reply: true }]] });
    expect(clock(RESPONSE, t, events)?.stop).toBe(cph('2026-10-05 10:15'));
  });

  it('run while no stop field is present, or the stop lies after the as-of instant', () => {
    const t = ticket('A', { created: '2026-10-05 10:00', resolved: '2026-10-07 10:00' });
    expect(clock(RESOLUTION, t, eventLog(), cph('2026-10-06 12:00'))?.stop).toBeUndefined();
    expect(clock(RESOLUTION, ticket('B', { created: '2026-10-05 10:00' }), eventLog())?.stop).toBeUndefined();
  });

  it('have no clock without a start time', () => {
    const metric: Metric = { ...RESPONSE, start: 'acknowledged' };
    expect(clock(metric, ticket('A', { created: '2026-10-05 10:00' }), eventLog())).toBeUndefined();
  });

  it('pause while the status is one of pause_when_status, compared trimmed and case-insensitively', () => {
    const t = ticket('A', { created: '2026-10-05 10:00', resolved: '2026-10-06 15:30' });
    const events = eventLog({
      A: [
        ['2026-10-05 10:00', { status: 'Ny' }],
        ['2026-10-05 11:00', { status: ' afventer KUNDE' }],
        ['2026-10-05 13:00', { status: 'Afventer tredjepart' }],
        ['2026-10-06 14:00', { status: 'I gang' }],
        ['2026-10-06 15:30', { status: 'Løst' }],
      ],
    });
    expect(clock(RESOLUTION, t, events)?.pauses).toEqual([
      { from: cph('2026-10-05 11:00'), to: cph('2026-10-05 13:00'), label: ' afventer KUNDE' },
      { from: cph('2026-10-05 13:00'), to: cph('2026-10-06 14:00'), label: 'Afventer tredjepart' },
    ]);
  });

  it('leave a pause that has not ended running (the judge cuts it at the as-of instant)', () => {
    const t = ticket('A', { created: '2026-12-21 09:00' });
    const events = eventLog({ A: [['2026-12-21 12:00', { status: 'Afventer kunde' }]] });
    expect(clock(RESOLUTION, t, events)?.pauses).toEqual([{ from: cph('2026-12-21 12:00'), to: Infinity, label: 'Afventer kunde' }]);
  });

  it('do not pause the response clock, which has no pause_when_status', () => {
    const t = ticket('A', { created: '2026-10-05 10:00' });
    const events = eventLog({ A: [['2026-10-05 11:00', { status: 'Afventer kunde' }]] });
    expect(clock(RESPONSE, t, events)?.pauses).toEqual([]);
  });

  describe('a reopened ticket (SPEC 5.3)', () => {
    // Resolved Wed 11:00, reopened Thu 10:00, resolved again Fri 14:00; the export kept the first resolution.
    const t = ticket('R', { created: '2026-10-06 09:00', first_response: '2026-10-06 09:30', resolved: '2026-10-07 11:00' });
    const events = eventLog({
      R: [
        ['2026-10-06 09:00', { status: 'Ny' }],
        ['2026-10-07 11:00', { status: 'Løst' }],
        ['2026-10-08 10:00', { status: 'I gang' }],
        ['2026-10-09 14:00', { status: 'Løst' }],
        ['2026-10-12 09:00', { status: 'Lukket' }],
      ],
    });

    it("stops the resolution clock at the last resolution, not at the export's first one", () => {
      expect(clock(RESOLUTION, t, events)?.stop).toBe(cph('2026-10-09 14:00'));
    });

    it('pauses the resolution clock while it was resolved before the reopen', () => {
      expect(clock(RESOLUTION, t, events)?.pauses).toEqual([{ from: cph('2026-10-07 11:00'), to: cph('2026-10-08 10:00'), label: 'Løst' }]);
    });

    it('runs again while reopened at the as-of instant', () => {
      expect(clock(RESOLUTION, t, events, cph('2026-10-08 12:00'))?.stop).toBeUndefined();
    });

    it('leaves the response clock answered', () => {
      expect(clock(RESPONSE, t, events)?.stop).toBe(cph('2026-10-06 09:30'));
    });

    it('treats only clocks stopped by resolved or closed as resolution clocks', () => {
      expect([isResolutionClock(RESOLUTION), isResolutionClock(RESPONSE)]).toEqual([true, false]);
    });
  });

  it("stop at the history's last resolution when the export has no resolved time", () => {
    const t = ticket('A', { created: '2026-10-05 10:00' });
    const events = eventLog({ A: [['2026-10-05 12:00', { status: 'Løst' }]] });
    expect(clock(RESOLUTION, t, events)?.stop).toBe(cph('2026-10-05 12:00'));
  });
});

describe('the history', () => {
  it('takes the latest priority and notices a change', () => {
    const t = ticket('A', { created: '2026-10-12 09:00' }, { priority: 'P2' });
    const events = eventLog({
      A: [
        ['2026-10-12 09:00', { priority: 'P3' }],
        ['2026-10-12 10:00', { priority: 'P2' }],
      ],
    });
    const history = ticketHistory(t, events.eventsFor('A'), AS_OF, DONE);
    expect([history.priority, history.priorityChanged]).toEqual(['P2', true]);
  });

  it('ignores events after the as-of instant', () => {
    const t = ticket('A', { created: '2026-10-12 09:00' }, { priority: 'P3' });
    const events = eventLog({ A: [['2026-10-12 10:00', { priority: 'P1', status: 'I gang' }]] });
    const history = ticketHistory(t, events.eventsFor('A'), cph('2026-10-12 09:59'), DONE);
    expect([history.priority, history.priorityChanged, history.statuses]).toEqual(['P3', false, []]);
  });

  it('counts a move between two done statuses as no reopen', () => {
    const t = ticket('A', { created: '2026-10-12 09:00' });
    const events = eventLog({
      A: [
        ['2026-10-12 10:00', { status: 'Løst' }],
        ['2026-10-13 10:00', { status: 'Lukket' }],
      ],
    });
    const history = ticketHistory(t, events.eventsFor('A'), AS_OF, DONE);
    expect([history.reopens, history.lastResolution]).toEqual([[], cph('2026-10-12 10:00')]);
  });
});

describe('pause intervals', () => {
  it('merge when they overlap and stay apart when they only touch with different labels', () => {
    expect(
      mergePauses([
        { from: 5, to: 9, label: 'b' },
        { from: 1, to: 6, label: 'a' },
        { from: 9, to: 12, label: 'c' },
      ]),
    ).toEqual([
      { from: 1, to: 9, label: 'a' },
      { from: 9, to: 12, label: 'c' },
    ]);
  });

  it('are cut to a span, and empty ones dropped', () => {
    expect(
      clipPauses(
        [
          { from: 1, to: Infinity, label: 'x' },
          { from: 20, to: 30 },
        ],
        5,
        15,
      ),
    ).toEqual([{ from: 5, to: 15, label: 'x' }]);
  });
});
