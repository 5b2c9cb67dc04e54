import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSla } from '../../src/sla/parse-sla.js';
import { readHistoryPart, transferList } from '../../src/tickets/history/history-part.js';
import { importTickets } from '../../src/tickets/import-tickets.js';
import type { Sla } from '../../src/sla/types.js';
import type { ImportResult } from '../../src/tickets/types.js';
import { importSla, source } from './helpers.js';

/**
 * Histories read apart (as the CLI does in a worker thread) and handed over
 * through structured cloning with their buffers transferred must give exactly
 * what reading them after the tickets gives: the same events per ticket, the
 * same problems in the same order, the same counts.
 */
async function both(tickets: Record<string, string>, events: Record<string, string>, sla: Sla): Promise<[ImportResult, ImportResult]> {
  const ticketSources = () => Object.entries(tickets).map(([n, c]) => source(n, c));
  const eventSources = () => Object.entries(events).map(([n, c]) => source(n, c));
  const inThread = await importTickets({ tickets: ticketSources(), events: eventSources(), sla });
  const history = readHistoryPart({ events: eventSources(), sla, firstFile: Object.keys(tickets).length }).then((part) =>
    structuredClone(part, { transfer: transferList(part) }),
  );
  const apart = await importTickets({ tickets: ticketSources(), history, sla });
  return [inThread, apart];
}

function expectSame([a, b]: [ImportResult, ImportResult]): void {
  expect(b.problems).toEqual(a.problems);
  expect(b.counts).toEqual(a.counts);
  expect([...b.tickets]).toEqual([...a.tickets]);
  expect(b.events.size).toBe(a.events.size);
  for (const t of a.tickets) expect(b.events.eventsFor(t.id)).toEqual(a.events.eventsFor(t.id));
}

describe('status histories read apart from the tickets', () => {
  it('equal the histories read after the tickets on the bundled example (bad rows and an unknown ticket included)', async () => {
    const sla = parseSla(readFileSync('fixtures/example/sla.yaml', 'utf8'), 'sla.yaml').sla!;
    const pair = await both(
      { 'tickets.csv': readFileSync('fixtures/example/tickets.csv', 'utf8') },
      { 'events.csv': readFileSync('fixtures/example/events.csv', 'utf8') },
      sla,
    );
    expect(pair[0].events.size).toBeGreaterThan(400);
    expectSame(pair);
  });

  it('equal them with two history files, the long form, orphans, rejected rows and other fields', async () => {
    const sla = importSla({ map: { high: 'P2' } });
    const pair = await both(
      { 'a.csv': 'id,created\nT1,2026-01-05 08:00\nT2,2026-01-05 09:00\n', 'b.csv': 'id,created\nT3,2026-01-06 08:00\n' },
      {
        'wide.csv':
          'ticket,at,status,priority,reply\nT3,2026-01-06 09:00,Open,High,\nX9,2026-01-06 09:00,Open,,\nT1,31-02-2026,Open,,\nT1,2026-01-05 08:30,,,yes\n',
        'long.csv':
          'ticket,at,field,value\nT2,2026-01-05 10:00,status,Afventer kunde\nT2,2026-01-05 11:00,assignee,kim\nX8,2026-01-05 11:00,status,Open\nT1,2026-01-05 08:10,status,New\n',
      },
      sla,
    );
    expect(pair[0].counts?.orphanEvents).toBe(2);
    expect(pair[0].problems.map((p) => p.code)).toContain('tickets.unknown-ticket-events');
    expectSame(pair);
  });
});
