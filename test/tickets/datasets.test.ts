import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slaFileSchema, type SlaFile } from '../../src/sla/written/schema.js';
import type { ImportResult } from '../../src/tickets/types.js';
import { codes, importSla, load } from './helpers.js';

/**
 * The SLA files for the two real datasets (fixtures/datasets/) are valid SLA
 * files, and their `input` sections read hand-written excerpts in the
 * datasets' shape so that every row is accounted for: an event, an orphan
 * event of a rejected ticket, or a rejected row with its reason.
 */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/datasets/${name}`, import.meta.url));

function slaOf(name: string) {
  const parsed = slaFileSchema.safeParse(parse(fixture(name).toString('utf8')));
  expect(parsed.error?.issues ?? []).toEqual([]);
  const file = parsed.data as SlaFile;
  return importSla({
    timezone: file.timezone,
    input: file.input ?? {},
    map: file.priorities?.map ?? {},
    resolved: file.statuses?.resolved,
    metrics: Object.entries(file.metrics).map(([n, m]) => ({
      name: n,
      start: m.start as string,
      stop: (typeof m.stop === 'string' ? [m.stop] : m.stop) as string[],
      pauseWhenStatus: m.pause_when_status ?? [],
    })),
    when: file.policies.map((p) =>
      Object.fromEntries(Object.entries(p.when ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)])),
    ),
  });
}

/** Every data row is an event, an orphan event or a rejected row. */
function expectReconciled(result: ImportResult): void {
  const c = result.counts!;
  expect(c.events + c.orphanEvents + c.rejectedEventRows + c.ignoredRows).toBe(c.eventRows);
  expect(
    result.problems.filter(
      (p) => p.code.startsWith('tickets.') && p.severity === 'warning' && p.where.row !== undefined && !p.code.startsWith('tickets.dst-'),
    ).length,
  ).toBe(c.rejectedEventRows + c.rejectedTickets);
}

describe('real dataset SLA files on excerpts', () => {
  it('ServiceNow UCI: tickets from the latest row, reopen and priority change in the history, `?` as missing', async () => {
    const result = await load(
      { 'servicenow-uci-excerpt.csv': fixture('servicenow-uci-excerpt.csv') },
      { sla: slaOf('servicenow-uci.sla.yaml') },
    );
    expect(
      [...result.tickets].map((t) => [
        t.id,
        t.fields.priority,
        t.fields.status,
        new Date(t.times.created!).toISOString(),
        t.times.resolved && new Date(t.times.resolved).toISOString(),
      ]),
    ).toEqual([
      ['INC0000101', 'P3', 'Closed', '2016-03-03T09:12:00.000Z', '2016-03-04T10:00:00.000Z'],
      // reopened: resolved_at is the final one, priority the latest (2 - High)
      ['INC0000102', 'P2', 'Closed', '2016-03-13T22:40:00.000Z', '2016-03-15T12:00:00.000Z'],
      // its first row has an impossible date (31/2) and is rejected; the second makes the ticket
      ['INC0000104', 'P4', 'Active', '2016-03-22T10:00:00.000Z', undefined],
    ]);
    expect(result.events.eventsFor('INC0000102').map((e) => `${e.status}/${e.priority}`)).toEqual([
      'New/P1',
      'Active/P1',
      'Active/P2',
      'Resolved/P2',
      'Active/P2',
      'Resolved/P2',
      'Closed/P2',
    ]);
    expect(codes(result)).toEqual(['tickets.impossible-date', 'tickets.missing-created', 'tickets.unknown-ticket-events']);
    // INC0000103 has no opened_at: the ticket is rejected and its one event is an orphan
    expect(result.counts).toMatchObject({
      eventRows: 15,
      events: 13,
      rejectedEventRows: 1,
      orphanEvents: 1,
      tickets: 3,
      rejectedTickets: 1,
    });
    expectReconciled(result);
  });

  it('Italian help desk: times from activities, Wait in the history, a time in the DST gap counted', async () => {
    const result = await load(
      { 'helpdesk-italian-excerpt.csv': fixture('helpdesk-italian-excerpt.csv') },
      { sla: slaOf('helpdesk-italian.sla.yaml') },
    );
    expect(
      [...result.tickets].map((t) => ({
        id: t.id,
        priority: t.fields.priority,
        level: t.fields.service_level,
        created: new Date(t.times.created!).toISOString(),
        response: t.times.first_response && new Date(t.times.first_response).toISOString(),
        resolved: t.times.resolved && new Date(t.times.resolved).toISOString(),
      })),
    ).toEqual([
      {
        id: 'Case 1',
        priority: 'P1',
        level: 'Value 1',
        created: '2012-10-09T12:50:17.000Z',
        response: '2012-10-09T12:51:01.000Z',
        resolved: '2012-10-12T13:02:56.000Z',
      },
      // service_level changed during the case: the ticket has its last value
      {
        id: 'Case 2',
        priority: 'P2',
        level: 'Value 1',
        created: '2011-03-28T07:20:11.000Z',
        response: '2011-03-28T07:21:40.000Z',
        resolved: '2011-03-30T14:00:00.000Z',
      },
      // 02:30 on 31 March 2013 does not exist in Rome: the end of the gap, 01:00Z
      { id: 'Case 3', priority: 'P4', level: 'Value 3', created: '2013-03-31T01:00:00.000Z', response: undefined, resolved: undefined },
      {
        id: 'Case 4',
        priority: 'P3',
        level: 'Value 3',
        created: '2013-04-02T07:00:00.000Z',
        response: '2013-04-02T07:00:00.000Z',
        resolved: undefined,
      },
    ]);
    expect(result.events.eventsFor('Case 2').map((e) => e.status)).toEqual([
      'Assign seriousness',
      'Take in charge ticket',
      'Wait',
      'Take in charge ticket',
      'Resolve ticket',
      'Closed',
    ]);
    expect(codes(result)).toEqual(['tickets.duplicate-header', 'tickets.dst-gap', 'tickets.bad-timestamp', 'tickets.missing-id']);
    expect(result.counts).toMatchObject({ eventRows: 15, events: 13, rejectedEventRows: 2, orphanEvents: 0, tickets: 4 });
    expectReconciled(result);
  });
});
