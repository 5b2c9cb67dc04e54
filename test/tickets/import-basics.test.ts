import { describe, expect, it } from 'vitest';
import { codes, importSla, load, plain } from './helpers.js';

/** An SLA without metrics: no warning about stop columns a file lacks. */
const NO_METRICS = importSla({ metrics: [] });

describe('importTickets on a ticket table', () => {
  it('maps SPEC 5.1 columns by name, case-insensitively, and reads naive times in the SLA zone', async () => {
    const result = await load({
      't.csv': 'ID,Created,First Response,Resolved,Priority,Status\nT-1,2026-10-05 09:30,2026-10-05 10:00,2026-10-06 12:00,High,Resolved\n',
    });
    // Copenhagen is UTC+2 in early October (CEST): 09:30 local = 07:30Z. The generic preset's map reads High as P2.
    expect(plain(result.tickets)).toEqual([
      {
        id: 'T-1',
        times: { created: '2026-10-05T07:30:00.000Z', first_response: '2026-10-05T08:00:00.000Z', resolved: '2026-10-06T10:00:00.000Z' },
        fields: { priority: 'P2', status: 'Resolved' },
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ ticketRows: 1, tickets: 1, rejectedTicketRows: 0 });
  });

  it('normalises priorities through priorities.map, and impact x urgency when the priority is empty', async () => {
    const sla = importSla({ map: { '1 - Critical': 'P1', High: 'P2' }, matrix: { '1 - High': { '2 - Medium': 'P2' } } });
    const result = await load(
      {
        't.csv':
          'id,created,priority,impact,urgency\na,2026-01-05 08:00, 1 - critical ,,\nb,2026-01-05 08:00,,1 - High,2 - Medium\nc,2026-01-05 08:00,Odd,,\n',
      },
      { sla },
    );
    expect([...result.tickets].map((t) => t.fields.priority)).toEqual(['P1', 'P2', 'Odd']);
  });

  it('uses --map and input.columns, flags first', async () => {
    const sla = importSla({ input: { columns: { id: 'Sags-ID', created: 'Oprettet' } } });
    const result = await load(
      { 't.csv': 'Sags-ID;Oprettet;Åbnet\n7;13-01-2026 08:00;14-01-2026 09:00\n' },
      { sla, options: { map: { created: 'Åbnet' } } },
    );
    expect(plain(result.tickets)).toEqual([{ id: '7', times: { created: '2026-01-14T08:00:00.000Z' }, fields: {} }]);
  });

  it('keeps custom columns named by a metric or a when', async () => {
    const sla = importSla({
      metrics: [{ name: 'escalation', start: 'created', stop: ['escalated_at'], pauseWhenStatus: [] }],
      when: [{ kundetype: ['vip'] }],
    });
    const result = await load({ 't.csv': 'id,created,escalated_at,KundeType\n1,2026-01-05T08:00:00Z,2026-01-05T09:00:00Z,VIP\n' }, { sla });
    expect(plain(result.tickets)).toEqual([
      { id: '1', times: { created: '2026-01-05T08:00:00.000Z', escalated_at: '2026-01-05T09:00:00.000Z' }, fields: { kundetype: 'VIP' } },
    ]);
  });

  it('reads null tokens as empty cells', async () => {
    const result = await load({ 't.csv': 'id,created,resolved,priority\n1,2026-01-05 08:00,?,N/A\n' });
    expect(plain(result.tickets)).toEqual([{ id: '1', times: { created: '2026-01-05T07:00:00.000Z' }, fields: {} }]);
  });

  it('takes the resolved statuses from the SLA file, else from the preset', async () => {
    const text = { 't.csv': 'id,created\n1,2026-01-05 08:00\n' };
    expect(
      (await load(text, { options: { preset: 'zendesk' }, sla: importSla({ input: { columns: { id: 'id', created: 'created' } } }) }))
        .resolvedStatuses,
    ).toEqual(['Solved', 'Closed']);
    expect((await load(text, { sla: importSla({ resolved: ['Løst'] }) })).resolvedStatuses).toEqual(['Løst']);
  });
});

describe('bad rows', () => {
  it('rejects each bad row with its file, line, row, column and reason, and keeps the rest', async () => {
    const result = await load({
      't.csv':
        [
          'id,created,resolved,first_response',
          ',05-03-2026 10:00,,', // line 2: missing id
          'b,31-02-2026 10:00,,', // line 3: impossible date
          'c,05-03-2026 10:00,04-03-2026 10:00,', // line 4: resolved before created
          'd,05-03-2026 10:00,,05-03-2026 09:00', // line 5: response before created
          'e,yesterday,,', // line 6: unparseable
          'f,,,', // line 7: no created
          'g,13-03-2026 10:00,,',
        ].join('\n') + '\n',
    });
    expect([...result.tickets].map((t) => t.id)).toEqual(['g']);
    expect(result.problems.map((p) => [p.code, p.where.line, p.where.row, p.where.field])).toEqual([
      ['tickets.missing-id', 2, 1, 'id'],
      ['tickets.impossible-date', 3, 2, 'created'],
      ['tickets.resolved-before-created', 4, 3, 'resolved'],
      ['tickets.response-before-created', 5, 4, 'first_response'],
      ['tickets.bad-timestamp', 6, 5, 'created'],
      ['tickets.missing-created', 7, 6, 'created'],
    ]);
    expect(result.problems[1]!.message).toBe(
      'row 2, column "created": "31-02-2026 10:00" is not a real date or time (format d-M-yyyy H:mm)',
    );
    expect(result.counts).toMatchObject({ ticketRows: 7, tickets: 1, rejectedTicketRows: 6 });
  });

  it('gives one error for a missing required column, with the headers and the closest one', async () => {
    const result = await load({ 't.csv': 'id,Creatd,status\n1,2026-01-05 08:00,New\n' });
    expect([...result.tickets]).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'tickets.missing-column',
      severity: 'error',
      message: 'no column for "created"',
      where: { file: 't.csv', line: 1 },
    });
    expect(result.problems[0]!.hint).toContain('columns in this file: id, Creatd, status');
    expect(result.problems[0]!.hint).toContain('closest match: "Creatd"');
  });

  it('gives one clear error for an empty file, a binary file and JSON; a header-only file is a warning (issue 8)', async () => {
    const result = await load({
      'empty.csv': '',
      'header.csv': 'id,created\n',
      'bin.csv': Buffer.from([0x01, 0x00, 0x02, 0xff, 0x00]),
      'j.csv': '{"id": 1}',
    });
    expect(result.problems.map((p) => [p.where.file, p.code, p.severity])).toEqual([
      ['empty.csv', 'tickets.empty-file', 'error'],
      ['header.csv', 'tickets.no-rows', 'warning'],
      ['bin.csv', 'tickets.not-csv', 'error'],
      ['j.csv', 'tickets.not-csv', 'error'],
    ]);
  });

  it('refuses dates that read both day-first and month-first, telling the user to set date_format', async () => {
    const result = await load({ 't.csv': 'id,created\n1,03/04/2026 10:00\n2,04/05/2026 10:00\n' });
    expect(codes(result)).toEqual(['tickets.ambiguous-date-format']);
    expect(result.problems[0]!.message).toBe(
      'cannot tell whether dates are day-first or month-first: "03/04/2026 10:00" in column "created" reads both ways',
    );
    const settled = await load(
      { 't.csv': 'id,created\n1,03/04/2026 10:00\n2,04/05/2026 10:00\n' },
      { options: { dateFormat: 'MM/dd/yyyy HH:mm' } },
    );
    expect([...settled.tickets].map((t) => new Date(t.times.created!).toISOString())).toEqual([
      '2026-03-04T09:00:00.000Z',
      '2026-04-05T08:00:00.000Z',
    ]);
  });

  it('decides day-first from a later value, holding the earlier rows back', async () => {
    const rows = ['id,created', '1,03/04/2026 10:00', '2,04/05/2026 10:00', '3,29/02/2024 10:00'];
    const result = await load({ 't.csv': rows.join('\n') + '\n' }, { sla: NO_METRICS });
    expect(result.problems).toEqual([]);
    expect([...result.tickets].map((t) => new Date(t.times.created!).toISOString())).toEqual([
      '2026-04-03T08:00:00.000Z',
      '2026-05-04T08:00:00.000Z',
      '2024-02-29T09:00:00.000Z',
    ]);
  });

  it('counts a naive time in a DST gap or overlap as a warning, resolved by SPEC 3', async () => {
    // Copenhagen 2026: spring forward 29 March 02:00 -> 03:00; fall back 25 October 03:00 -> 02:00.
    const result = await load({ 't.csv': 'id,created\n1,2026-03-29 02:30\n2,2026-10-25 02:30\n' }, { sla: NO_METRICS });
    expect(codes(result)).toEqual(['tickets.dst-gap', 'tickets.dst-overlap']);
    // gap: the transition instant 01:00Z; overlap: the earlier 02:30 (CEST, +02:00) = 00:30Z
    expect([...result.tickets].map((t) => new Date(t.times.created!).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T00:30:00.000Z',
    ]);
  });
});

describe('several files', () => {
  it('keeps the row with the latest updated, else the later file, and counts the merges', async () => {
    const result = await load(
      {
        'a.csv': 'id,created,updated,status\n1,2026-01-05 08:00,2026-01-07 08:00,Open\n2,2026-01-05 08:00,,Open\n',
        'b.csv': 'id,created,updated,status\n1,2026-01-05 08:00,2026-01-06 08:00,Stale\n2,2026-01-05 08:00,,Closed\n',
      },
      { sla: NO_METRICS },
    );
    expect([...result.tickets].map((t) => [t.id, t.fields.status, t.source.file])).toEqual([
      ['1', 'Open', 'a.csv'],
      ['2', 'Closed', 'b.csv'],
    ]);
    expect(codes(result)).toEqual(['tickets.merged-duplicates']);
    // Issue 8: the warning names the file and line of the first repeat, in JSON too.
    expect(result.problems[0]).toMatchObject({
      where: { file: 'b.csv', line: 2 },
      message:
        '2 rows repeat ticket ids seen before ("1" on line 2, first at a.csv:2; "2" on line 3, first at a.csv:3); kept the row with the latest "updated", else the later row',
    });
    expect(result.counts).toMatchObject({ ticketRows: 4, tickets: 2, mergedRows: 2 });
  });

  it('suggests input.event_log when most rows repeat an id (an event log read as tickets)', async () => {
    // QA: a ServiceNow event log without input.event_log lost its Awaiting User Info pauses with no pointer to the fix.
    const rows = [
      'number,opened_at,sys_updated_at,incident_state',
      ...[1, 2].flatMap((n) =>
        ['New', 'Active', 'Awaiting User Info', 'Resolved'].map((s, i) => `INC${n},2026-01-05 08:00,2026-01-0${5 + i} 08:00,${s}`),
      ),
    ];
    const result = await load({ 'log.csv': rows.join('\n') }, { sla: NO_METRICS, options: { preset: 'servicenow' } });
    const merged = result.problems.find((p) => p.code === 'tickets.merged-duplicates');
    expect(merged?.hint).toBe(
      'if the file is an event log (a row per change of a ticket), read it as one, with its statuses as the history: input: { event_log: {} } in the SLA file (the servicenow preset knows its columns); see "Event logs" in the README',
    );
  });
});
