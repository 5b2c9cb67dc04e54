import { describe, expect, it } from 'vitest';
import { codes, importSla, load } from './helpers.js';

const TICKETS = 'id,created\nT1,2026-01-05 08:00\nT2,2026-01-05 09:00\n';

const iso = (at: number) => new Date(at).toISOString();

describe('status history (SPEC 5.3)', () => {
  it('reads the wide form in any order, sorted per ticket by time, ties in file order', async () => {
    const result = await load(
      { 't.csv': TICKETS },
      {
        sla: importSla({ map: { high: 'P2' } }),
        events: {
          'e.csv':
            [
              'ticket,at,status,priority,reply',
              'T1,2026-01-05 10:00,Afventer kunde,,',
              'T1,2026-01-05 08:30,,,yes',
              'T2,2026-01-05 09:15,Open,High,',
              'T1,2026-01-05 10:00,Open,,',
              'T1,2026-01-05 08:10,New,,no',
            ].join('\n') + '\n',
        },
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.events.size).toBe(5);
    const t1 = result.events.eventsFor('T1').map((e) => [iso(e.at), e.status, e.reply, e.source.line]);
    // 10:00 twice: file order (line 2 before line 5)
    expect(t1).toEqual([
      ['2026-01-05T07:10:00.000Z', 'New', undefined, 6],
      ['2026-01-05T07:30:00.000Z', undefined, true, 3],
      ['2026-01-05T09:00:00.000Z', 'Afventer kunde', undefined, 2],
      ['2026-01-05T09:00:00.000Z', 'Open', undefined, 5],
    ]);
    expect(result.events.eventsFor('T2')).toEqual([
      { at: Date.UTC(2026, 0, 5, 8, 15), status: 'Open', priority: 'P2', source: { file: 'e.csv', line: 4 } },
    ]);
    expect(result.events.eventsFor('nope')).toEqual([]);
  });

  it('reads the long form (field, value) and counts rows about other fields', async () => {
    const result = await load(
      { 't.csv': TICKETS },
      {
        events: {
          'log.csv':
            'issuekey,created,field,toString\nT1,2026-01-05T09:24:59.366+0100,status,In Progress\nT1,2026-01-05T09:30:00+0100,assignee,alice\nT1,2026-01-05T10:00:00+0100,priority,Highest\n',
        },
      },
    );
    expect(result.events.eventsFor('T1').map((e) => [iso(e.at), e.status, e.priority])).toEqual([
      ['2026-01-05T08:24:59.366Z', 'In Progress', undefined],
      ['2026-01-05T09:00:00.000Z', undefined, 'Highest'],
    ]);
    expect(codes(result)).toEqual(['tickets.other-fields']);
    expect(result.counts).toMatchObject({ eventRows: 3, events: 2, ignoredRows: 1 });
  });

  it('counts and reports events for unknown tickets, without failing', async () => {
    const result = await load(
      { 't.csv': TICKETS },
      { events: { 'e.csv': 'ticket,at,status\nT9,2026-01-05 10:00,Open\nT9,2026-01-05 11:00,Closed\nT1,2026-01-05 10:00,Open\n' } },
    );
    expect(result.events.size).toBe(1);
    expect(result.counts).toMatchObject({ eventRows: 3, events: 1, orphanEvents: 2 });
    expect(result.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['tickets.unknown-ticket-events', 'warning', '2 events belong to 1 tickets that are not in the ticket files (T9); they are not used'],
    ]);
  });

  it('rejects history rows without ticket or readable time, with their place', async () => {
    const result = await load(
      { 't.csv': TICKETS },
      { events: { 'e.csv': 'ticket,at,status\n,2026-01-05 10:00,Open\nT1,soon,Open\nT1,2026-01-05 10:00,Open\n' } },
    );
    expect(result.problems.map((p) => [p.code, p.where.line])).toEqual([
      ['tickets.missing-id', 2],
      ['tickets.bad-timestamp', 3],
    ]);
    expect(result.counts).toMatchObject({ eventRows: 3, events: 1, rejectedEventRows: 2 });
  });
});

describe('event logs with no ticket table', () => {
  // ServiceNow's incident event log (UCI shape): one row per update, the ticket is its latest row.
  const servicenow =
    [
      'number,incident_state,sys_mod_count,opened_at,sys_updated_at,priority,resolved_at,closed_at',
      'INC1,New,0,29/2/2016 01:16,29/2/2016 01:23,3 - Moderate,?,?',
      'INC1,Active,1,29/2/2016 01:16,29/2/2016 08:53,2 - High,?,?',
      'INC2,New,0,1/3/2016 04:40,1/3/2016 04:57,4 - Low,?,?',
      'INC1,Awaiting User Info,2,29/2/2016 01:16,1/3/2016 09:00,2 - High,?,?',
      'INC1,Resolved,3,29/2/2016 01:16,2/3/2016 12:00,2 - High,2/3/2016 12:00,?',
      'INC2,Resolved,1,1/3/2016 04:40,1/3/2016 05:00,4 - Low,1/3/2016 05:00,?',
      'INC3,New,0,?,1/3/2016 06:00,4 - Low,?,?',
    ].join('\n') + '\n';
  const slaServiceNow = importSla({
    input: { preset: 'servicenow', timezone: 'UTC', event_log: {} },
    map: { '2 - high': 'P2', '4 - low': 'P4' },
  });

  it('ServiceNow: ticket = latest row by sys_mod_count, history = incident_state per row; every row accounted for', async () => {
    const result = await load({ 'log.csv': servicenow }, { sla: slaServiceNow });
    expect(
      [...result.tickets].map((t) => [
        t.id,
        t.fields.status,
        t.fields.priority,
        iso(t.times.created!),
        t.times.resolved === undefined ? null : iso(t.times.resolved),
      ]),
    ).toEqual([
      ['INC1', 'Resolved', 'P2', '2016-02-29T01:16:00.000Z', '2016-03-02T12:00:00.000Z'],
      ['INC2', 'Resolved', 'P4', '2016-03-01T04:40:00.000Z', '2016-03-01T05:00:00.000Z'],
    ]);
    expect(result.events.eventsFor('INC1').map((e) => e.status)).toEqual(['New', 'Active', 'Awaiting User Info', 'Resolved']);
    expect(result.events.eventsFor('INC1').map((e) => e.priority)).toEqual(['P3', 'P2', 'P2', 'P2']);
    // INC3 has no opened_at: rejected, its one event is an orphan
    expect(codes(result)).toEqual(['tickets.missing-created', 'tickets.unknown-ticket-events']);
    const c = result.counts!;
    expect(c).toMatchObject({ eventRows: 7, events: 6, orphanEvents: 1, rejectedEventRows: 0, tickets: 2, rejectedTickets: 1 });
    expect(c.events + c.orphanEvents + c.rejectedEventRows + c.ignoredRows).toBe(c.eventRows);
  });

  it('reads the same file once when it is passed as tickets and as events', async () => {
    const result = await load({ 'log.csv': servicenow }, { sla: slaServiceNow, events: { 'log.csv': servicenow } });
    expect(result.events.size).toBe(6);
    expect(codes(result)).toContain('tickets.events-already-read');
  });

  // The Italian help desk's activity log: created = first activity, first response = first
  // "Take in charge ticket", resolved = last "Resolve ticket", status = activity.
  const italian =
    [
      'Case ID,Activity,Resource,Complete Timestamp,Variant,Variant index,Variant,seriousness_2,customer',
      'Case 1,Assign seriousness,Value 1,2012/10/09 14:50:17.000,Variant 1,1,Variant 1,Value 1,Value 1',
      'Case 1,Take in charge ticket,Value 1,2012/10/09 14:51:01.000,Variant 1,1,Variant 1,Value 1,Value 1',
      'Case 1,Wait,Value 1,2012/10/10 09:00:00.000,Variant 1,1,Variant 1,Value 1,Value 1',
      'Case 1,Resolve ticket,Value 1,2012/10/12 10:00:00.000,Variant 1,1,Variant 1,Value 1,Value 1',
      'Case 1,Take in charge ticket,Value 1,2012/10/13 10:00:00.000,Variant 1,1,Variant 1,Value 1,Value 1',
      'Case 1,Resolve ticket,Value 1,2012/10/14 10:00:00.000,Variant 1,1,Variant 1,Value 2,Value 1',
      'Case 1,Closed,Value 3,2012/11/13 10:00:00.000,Variant 1,1,Variant 1,Value 2,Value 1',
      'Case 2,Insert ticket,Value 2,2013/01/02 08:00:00.000,Variant 2,2,Variant 2,Value 3,Value 4',
    ].join('\n') + '\n';
  const slaItalian = importSla({
    timezone: 'Europe/Rome',
    input: {
      columns: { priority: 'seriousness_2' },
      event_log: {
        ticket: 'Case ID',
        at: 'Complete Timestamp',
        status: 'Activity',
        times: {
          created: 'first',
          first_response: { first: 'Take in charge ticket' },
          resolved: { last: 'Resolve ticket' },
          closed: { last: 'Closed' },
        },
      },
    },
  });

  it('Italian log: times from activities, status history from activities, duplicate header reported', async () => {
    const result = await load({ 'finale.csv': italian }, { sla: slaItalian });
    // Rome is UTC+2 in October 2012 (CEST), UTC+1 in January
    expect(
      [...result.tickets].map((t) => ({
        id: t.id,
        created: iso(t.times.created!),
        response: t.times.first_response && iso(t.times.first_response),
        resolved: t.times.resolved && iso(t.times.resolved),
        status: t.fields.status,
        priority: t.fields.priority,
      })),
    ).toEqual([
      {
        id: 'Case 1',
        created: '2012-10-09T12:50:17.000Z',
        response: '2012-10-09T12:51:01.000Z',
        resolved: '2012-10-14T08:00:00.000Z',
        status: 'Closed',
        priority: 'Value 2',
      },
      {
        id: 'Case 2',
        created: '2013-01-02T07:00:00.000Z',
        response: undefined,
        resolved: undefined,
        status: 'Insert ticket',
        priority: 'Value 3',
      },
    ]);
    expect(result.events.eventsFor('Case 1').map((e) => e.status)).toEqual([
      'Assign seriousness',
      'Take in charge ticket',
      'Wait',
      'Resolve ticket',
      'Take in charge ticket',
      'Resolve ticket',
      'Closed',
    ]);
    expect(codes(result)).toEqual(['tickets.duplicate-header']);
    expect(result.problems[0]!.message).toBe('repeated column names: "Variant" (columns 5, 7); the first of each is used');
    expect(result.counts).toMatchObject({ eventRows: 8, events: 8, tickets: 2 });
  });
});
