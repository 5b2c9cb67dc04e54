import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFacts, historyFacts, readCount } from '../../../src/evaluate/catalogue/index.js';
import { statusSet, ticketHistory } from '../../../src/evaluate/ticket-history.js';
import type { TicketEvent } from '../../../src/tickets/types.js';
import { cph, eventLog, ticket } from '../../builders.js';

/**
 * The last resolution, reopened and replies of a ticket from its status
 * history (SPEC 5.3, 13.1.1), through the same ticketHistory the clocks
 * use, against an oracle that reads the raw events plainly.
 */

const DONE = ['Resolved', 'Closed'];
const done = statusSet(DONE);

function factsOf(id: string, resolved: string | undefined, events: Parameters<typeof eventLog>[0], asOf: string) {
  const t = ticket(id, { created: '2026-10-01 08:00', resolved });
  const log = eventLog(events);
  return historyFacts(t.times.resolved, ticketHistory(t, log.eventsFor(id), cph(asOf), done), cph(asOf));
}

describe('historyFacts: hand-worked', () => {
  it('counts a reopen before the last resolution and the replies up to it', () => {
    // Resolved 5 Oct, reopened 6 Oct, resolved again 7 Oct; replies on 2, 6 and 8 Oct: the one after the last resolution does not count.
    const f = factsOf(
      '1',
      '2026-10-05 10:00',
      {
        '1': [
          ['2026-10-01 08:00', { status: 'New' }],
          ['2026-10-02 09:00', { reply: true }],
          ['2026-10-05 10:00', { status: 'Resolved' }],
          ['2026-10-06 09:00', { status: 'Open', reply: true }],
          ['2026-10-07 12:00', { status: 'Resolved' }],
          ['2026-10-07 15:00', { status: 'Closed' }],
          ['2026-10-08 09:00', { reply: true }],
        ],
      },
      '2026-10-31 00:00',
    );
    // The export's resolved (5 Oct) is the first resolution: the reopen on 6 Oct follows it, so the history's 7 Oct wins.
    expect(f).toEqual({ lastResolution: cph('2026-10-07 12:00'), reopened: true, replies: 2 });
  });
  it('sees only what happened by the as-of instant', () => {
    // As of 6 Oct 12:00 the ticket is open again: no resolution, so not "reopened before it"; replies so far: 2.
    const events = {
      '1': [
        ['2026-10-02 09:00', { reply: true }],
        ['2026-10-05 10:00', { status: 'Resolved' }],
        ['2026-10-06 09:00', { status: 'Open', reply: true }],
        ['2026-10-07 12:00', { status: 'Resolved' }],
      ] as [string, Omit<TicketEvent, 'at' | 'source'>][],
    };
    expect(factsOf('1', undefined, events, '2026-10-06 12:00')).toEqual({ lastResolution: undefined, reopened: false, replies: 2 });
    // As of 5 Oct 10:00 exactly, the resolution at that instant has happened.
    expect(factsOf('1', undefined, events, '2026-10-05 10:00')).toEqual({
      lastResolution: cph('2026-10-05 10:00'),
      reopened: false,
      replies: 1,
    });
  });
  it('gives a ticket without history rows no reopen and no reply, and the export its resolution', () => {
    expect(factsOf('2', '2026-10-03 10:00', {}, '2026-10-31 00:00')).toEqual({
      lastResolution: cph('2026-10-03 10:00'),
      reopened: false,
      replies: 0,
    });
  });
  it('keeps the export resolution when no reopen follows it', () => {
    // The history never reaches a done status, but the export says resolved on 4 Oct: the clocks stop there, and so does the KPI.
    const f = factsOf(
      '3',
      '2026-10-04 10:00',
      {
        '3': [
          ['2026-10-01 09:00', { status: 'Open' }],
          ['2026-10-03 09:00', { reply: true }],
        ],
      },
      '2026-10-31 00:00',
    );
    expect(f).toEqual({ lastResolution: cph('2026-10-04 10:00'), reopened: false, replies: 1 });
  });
  it('counts a reopen resolved again at the same instant', () => {
    const f = factsOf(
      '4',
      undefined,
      {
        '4': [
          ['2026-10-02 09:00', { status: 'Resolved' }],
          ['2026-10-03 09:00', { status: 'Open' }],
          ['2026-10-03 09:00', { status: 'Closed' }],
        ],
      },
      '2026-10-31 00:00',
    );
    expect(f).toEqual({ lastResolution: cph('2026-10-03 09:00'), reopened: true, replies: 0 });
  });
});

describe("countFacts and readCount: the export's count columns", () => {
  it('reads Zendesk Reopens and Replies', () => {
    expect(countFacts(cph('2026-10-05 10:00'), { reopens: 2, replies: 1 }, cph('2026-10-31 00:00'))).toEqual({
      lastResolution: cph('2026-10-05 10:00'),
      reopened: true,
      replies: 1,
    });
    expect(countFacts(cph('2026-10-05 10:00'), { reopens: 0, replies: 3 }, cph('2026-10-31 00:00'))).toMatchObject({
      reopened: false,
      replies: 3,
    });
    // An empty cell is unknown, not 0.
    expect(countFacts(cph('2026-10-05 10:00'), {}, cph('2026-10-31 00:00'))).toEqual({
      lastResolution: cph('2026-10-05 10:00'),
      reopened: undefined,
      replies: undefined,
    });
    // Resolved after the as-of instant: open then.
    expect(countFacts(cph('2026-11-05 10:00'), { reopens: 0 }, cph('2026-10-31 00:00')).lastResolution).toBeUndefined();
  });
  it('reads whole numbers and refuses anything else', () => {
    expect(readCount('3')).toEqual({ ok: true, value: 3 });
    expect(readCount(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(readCount('2.0')).toEqual({ ok: true, value: 2 });
    expect(readCount('2,00')).toEqual({ ok: true, value: 2 });
    expect(readCount('')).toEqual({ ok: true, value: undefined });
    expect(readCount(undefined)).toEqual({ ok: true, value: undefined });
    expect(readCount('1.5')).toEqual({
      ok: false,
      message: 'cannot read "1.5" as a count',
      hint: 'a count is a whole number, 0 or more; an empty cell means unknown',
    });
    expect(readCount('-1').ok).toBe(false);
    expect(readCount('two').ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// The oracle: SPEC 5.3 and 13.1.1 read off the raw events, without ticketHistory.

const T0 = Date.UTC(2026, 9, 1);
const MIN = 60_000;

type RawEvent = { at: number; status?: string; reply?: boolean };

function oracle(events: readonly RawEvent[], resolved: number | undefined, asOf: number) {
  const isDone = (s: string): boolean => DONE.some((d) => d.toLowerCase() === s.trim().toLowerCase());
  const known = events.filter((e) => e.at <= asOf);
  // The status changes: a status row equal to the current status (trimmed, any case) changes nothing.
  const changes: { at: number; done: boolean }[] = [];
  let current: string | undefined;
  for (const e of known) {
    if (e.status === undefined) continue;
    if (current !== undefined && current.trim().toLowerCase() === e.status.trim().toLowerCase()) continue;
    current = e.status;
    changes.push({ at: e.at, done: isDone(e.status) });
  }
  const reopens = changes.filter((c, i) => i > 0 && changes[i - 1]!.done && !c.done).map((c) => c.at);
  // The final stretch of done statuses, if the ticket ends in one.
  let historyResolution: number | undefined;
  for (let i = changes.length - 1; i >= 0 && changes[i]!.done; i--) historyResolution = changes[i]!.at;
  // The history beats the export's resolved time when a reopen follows it.
  const exported = resolved !== undefined && resolved <= asOf ? resolved : undefined;
  const lastResolution = exported === undefined || reopens.some((r) => r >= exported) ? historyResolution : exported;
  const reopened = lastResolution !== undefined && reopens.some((r) => r <= lastResolution);
  const replies = known.filter((e) => e.reply === true && e.at <= (lastResolution ?? asOf)).length;
  return { lastResolution, reopened, replies };
}

const rawEvent: fc.Arbitrary<RawEvent> = fc.record(
  {
    at: fc.integer({ min: 0, max: 40 }).map((m) => T0 + m * 60 * MIN),
    status: fc.constantFrom('New', 'Open', 'Resolved', 'Closed', ' resolved ', 'Afventer kunde'),
    reply: fc.boolean(),
  },
  { requiredKeys: ['at'] },
);

describe('historyFacts against the oracle', () => {
  it('agrees on random histories, export resolutions and as-of instants', () => {
    fc.assert(
      fc.property(
        fc.array(rawEvent, { maxLength: 12 }),
        fc.option(
          fc.integer({ min: 0, max: 40 }).map((m) => T0 + m * 60 * MIN),
          { nil: undefined },
        ),
        fc.integer({ min: 0, max: 42 }).map((m) => T0 + m * 60 * MIN),
        (raw, resolved, asOf) => {
          // The event store sorts by time, ties in file order.
          const events: TicketEvent[] = raw
            .map((e, i) => ({ ...e, source: { file: 'events.csv', line: i + 2 } }))
            .sort((a, b) => a.at - b.at);
          const t = { id: '1', source: { file: 'tickets.csv', line: 2 }, times: { created: T0, resolved }, fields: {} };
          const got = historyFacts(resolved, ticketHistory(t, events, asOf, done), asOf);
          expect(got).toEqual(oracle(events, resolved, asOf));
        },
      ),
      { numRuns: 500 },
    );
  });
});
