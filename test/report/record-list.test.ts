import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TicketRecord } from '../../src/evaluate/types.js';
import { recordList } from '../../src/report/record-list.js';

const record = fc.record({
  ticket: fc.constantFrom('A-1', 'A-2', 'B-1', 'a-1', 'Z'),
  metric: fc.constantFrom('response', 'resolution'),
  policy: fc.constantFrom('P1', 'P2'),
  priority: fc.option(fc.constantFrom('P1', 'p2', ''), { nil: undefined }),
  calendar: fc.constantFrom('office', 'oncall'),
  start: fc.integer({ min: 0, max: 1e12 }),
  stop: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
  due: fc.integer({ min: 0, max: 50 }).map((n) => n * 60_000),
  targetMs: fc.double({ min: 0, max: 1e9, noNaN: true }),
  elapsedMs: fc.double({ min: 0, max: 1e9, noNaN: true }),
  pausedMs: fc.double({ min: 0, max: 1e9, noNaN: true }),
  wallMs: fc.double({ min: 0, max: 1e9, noNaN: true }),
  status: fc.constantFrom('met', 'breached', 'open', 'overdue' as const),
  priorityChanged: fc.boolean(),
  judgedAt: fc.constant(0),
  pauses: fc.constant([]),
  source: fc.constant({ file: 'tickets.csv', line: 2 }),
}) as fc.Arbitrary<TicketRecord>;

const listed = ({ pauses: _p, source: _s, judgedAt: _j, ...rest }: TicketRecord) => rest;

describe('the record list of check', () => {
  it('gives back each record as added, sorted by due, then ticket, then the order added (a stable sort of the objects)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const list = recordList();
        for (const r of records) list.add(r);
        list.sortByDueThenTicket();
        const oracle = [...records].sort((a, b) => a.due - b.due || (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0)).map(listed);
        expect([...list]).toEqual(oracle);
        expect([...list]).toEqual(oracle); // readable more than once
        expect(list.length).toBe(records.length);
      }),
    );
  });

  it('keeps fields it does not know (a later optional field of a record), only where set', () => {
    const list = recordList();
    const base = fc.sample(record, { numRuns: 1, seed: 1 })[0]!;
    list.add({ ...base, ticket: 'X-1', laterField: 3 } as TicketRecord);
    list.add({ ...base, ticket: 'X-2' });
    const [a, b] = [...list] as (Record<string, unknown> & { ticket: string })[];
    expect(a!.laterField).toBe(3);
    expect('laterField' in b!).toBe(false);
  });

  it('keeps the update counts of cadence records, undefined on the others', () => {
    const list = recordList();
    const base = fc.sample(record, { numRuns: 1, seed: 1 })[0]!;
    list.add({ ...base, ticket: 'X-1', updates: 3, lateUpdates: 1, intervals: [] });
    list.add({ ...base, ticket: 'X-2', updates: undefined, lateUpdates: undefined, intervals: undefined });
    const [a, b] = [...list];
    expect([a!.updates, a!.lateUpdates]).toEqual([3, 1]);
    expect([b!.updates, b!.lateUpdates]).toEqual([undefined, undefined]);
  });

  it("keeps its ticket's customer, group, service and title, absent where the ticket has none", () => {
    const list = recordList();
    const base = fc.sample(record, { numRuns: 1, seed: 3 })[0]!;
    list.add(
      { ...base, ticket: 'X-1' },
      { fields: { customer: 'Bager Hansen ApS', group: 'Drift', service: 'Webshop', title: 'Betaling afvist', status: 'Open' } },
    );
    list.add({ ...base, ticket: 'X-2' }, { fields: { customer: 'Bager Hansen ApS' } });
    list.add({ ...base, ticket: 'X-3' });
    const [a, b, c] = [...list];
    expect([a!.customer, a!.group, a!.service, a!.title]).toEqual(['Bager Hansen ApS', 'Drift', 'Webshop', 'Betaling afvist']);
    expect(b).toEqual({ ...listed({ ...base, ticket: 'X-2' }), customer: 'Bager Hansen ApS' });
    expect(c).toEqual(listed({ ...base, ticket: 'X-3' }));
  });

  it('grows past its first capacity', () => {
    const list = recordList();
    const base = fc.sample(record, { numRuns: 1, seed: 2 })[0]!;
    for (let i = 0; i < 5000; i++) list.add({ ...base, ticket: `T-${i}`, due: 5000 - i });
    list.sortByDueThenTicket();
    const out = [...list];
    expect(out).toHaveLength(5000);
    expect(out[0]!.ticket).toBe('T-4999');
    expect(out[4999]!.due).toBe(5000);
  });
});
