import { describe, expect, it } from 'vitest';
import { forEachEvaluation, type EvaluationInput, type TicketEvaluation } from '../../src/evaluate/evaluate.js';
import { monthPeriod } from '../../src/evaluate/periods.js';
import { addToVolume, emptyVolume } from '../../src/evaluate/volume.js';
import type { Ticket } from '../../src/tickets/types.js';
import { cph, eventLog, sla, ticket, ZONE } from '../builders.js';

function evaluate(tickets: Ticket[], options: Partial<EvaluationInput> = {}) {
  const evaluations: TicketEvaluation[] = [];
  const input: EvaluationInput = {
    sla: sla(),
    tickets,
    events: eventLog(),
    resolvedStatuses: ['Resolved', 'Closed'],
    asOf: cph('2026-11-02 12:00'),
    ...options,
  };
  const warnings = forEachEvaluation(input, (e) => evaluations.push(e));
  return { evaluations, warnings, records: evaluations.flatMap((e) => e.records) };
}

describe('evaluation of tickets', () => {
  it('makes one record per metric the policy targets', () => {
    const { records } = evaluate([ticket('A', { created: '2026-10-05 10:00', first_response: '2026-10-05 10:20' }, { priority: 'P2' })]);
    expect(records.map((r) => [r.metric, r.policy, r.calendar, r.status])).toEqual([
      ['response', 'P2', 'office', 'met'],
      ['resolution', 'P2', 'office', 'overdue'],
    ]);
  });

  it("leaves out a clock that stops before it starts, with a warning naming the ticket's line", () => {
    const t = ticket(
      'A',
      { created: '2026-10-05 10:00', first_response: '2026-10-05 09:50', resolved: '2026-10-05 11:00' },
      { priority: 'P2' },
      7,
    );
    const { records, warnings } = evaluate([t]);
    expect(records.map((r) => r.metric)).toEqual(['resolution']);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'evaluate.stop-before-start',
        message: 'ticket "A": response stops (2026-10-05T09:50:00+02:00) before it starts (2026-10-05T10:00:00+02:00); record left out',
        where: { file: 'tickets.csv', line: 7 },
      }),
    ]);
  });

  it('does not evaluate tickets created after the as-of instant, and says how many', () => {
    const { evaluations, warnings } = evaluate([
      ticket('A', { created: '2026-11-02 12:00' }, { priority: 'P2' }),
      ticket('B', { created: '2026-11-02 12:01' }, { priority: 'P2' }),
      ticket('C', { created: '2026-11-03 09:00' }, { priority: 'P2' }),
    ]);
    expect(evaluations.map((e) => e.ticket.id)).toEqual(['A']);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'evaluate.after-as-of',
        message: '2 tickets were created after the as-of instant 2026-11-02T12:00:00+01:00 and not evaluated',
      }),
    ]);
  });

  it('lists a ticket without SLA only when it was active in the period', () => {
    const period = monthPeriod(ZONE, 2026, 10);
    const { warnings } = evaluate(
      [
        ticket('old', { created: '2026-09-01 10:00', resolved: '2026-09-02 10:00' }, { priority: 'P9' }),
        ticket('new', { created: '2026-10-01 10:00' }, { priority: 'P9' }),
      ],
      { period },
    );
    expect(warnings.map((w) => w.message)).toEqual(['ticket "new" matches no policy (priority "P9"): it has no SLA']);
  });

  it("names the priority the match used in a no-SLA warning: the history's latest, not the export's", () => {
    // The export says P2 (a policy exists), the history moved it to P9 (none): no SLA, because of P9.
    const events = eventLog({ A: [['2026-10-05 11:00', { priority: 'P9' }]] });
    const { warnings } = evaluate([ticket('A', { created: '2026-10-05 10:00' }, { priority: 'P2' })], { events });
    expect(warnings.map((w) => w.message)).toEqual(['ticket "A" matches no policy (priority "P9"): it has no SLA']);
  });

  it("re-targets a ticket whose priority changed to the latest priority's policy", () => {
    const events = eventLog({
      A: [
        ['2026-10-05 10:00', { priority: 'P3' }],
        ['2026-10-05 11:00', { priority: 'P1' }],
      ],
    });
    const { records } = evaluate([ticket('A', { created: '2026-10-05 10:00' }, { priority: 'P3' })], { events });
    expect(records.map((r) => [r.policy, r.calendar, r.priority, r.priorityChanged])).toEqual([
      ['P1', 'oncall', 'P1', true],
      ['P1', 'oncall', 'P1', true],
    ]);
  });
});

describe('volume of a period', () => {
  it('counts created, resolved, backlog at the end, reopened and without SLA', () => {
    // October 2026. in: created and resolved in October. carried: created in September, resolved in October.
    // open: created in October, still open. reopened: resolved 6 Oct, reopened 7 Oct, resolved 8 Oct.
    // late: created in October, resolved exactly at the end (1 Nov 00:00): still open at the end. orphan: no SLA.
    const period = monthPeriod(ZONE, 2026, 10);
    const tickets = [
      ticket('in', { created: '2026-10-05 10:00', resolved: '2026-10-06 10:00' }, { priority: 'P2' }),
      ticket('carried', { created: '2026-09-28 10:00', resolved: '2026-10-02 10:00' }, { priority: 'P2' }),
      ticket('open', { created: '2026-10-20 10:00' }, { priority: 'P3' }),
      ticket('reopened', { created: '2026-10-05 10:00', resolved: '2026-10-06 10:00' }, { priority: 'P3' }),
      ticket('late', { created: '2026-10-30 10:00', resolved: '2026-11-01 00:00' }, { priority: 'P1' }),
      ticket('orphan', { created: '2026-10-12 10:00' }, { priority: 'P9' }),
      ticket('before', { created: '2026-09-01 10:00', resolved: '2026-09-02 10:00' }, { priority: 'P2' }),
    ];
    const events = eventLog({
      reopened: [
        ['2026-10-06 10:00', { status: 'Resolved' }],
        ['2026-10-07 10:00', { status: 'Open' }],
        ['2026-10-08 10:00', { status: 'Resolved' }],
      ],
    });
    const volume = emptyVolume();
    evaluate(tickets, { period, events, asOf: cph('2026-11-15 12:00') }).evaluations.forEach((e) => addToVolume(volume, e, period));
    // created: in, open, reopened, late, orphan = 5. resolved: in, carried, reopened (8 Oct, its last resolution) = 3.
    // backlog: open, late, orphan = 3. reopened: 1. without SLA: orphan = 1.
    expect(volume).toEqual({ created: 5, resolved: 3, backlog: 3, reopened: 1, withoutSla: 1 });
  });
});
