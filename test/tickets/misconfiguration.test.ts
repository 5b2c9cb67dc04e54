import { describe, expect, it } from 'vitest';
import { codes, importSla, load, RESOLUTION_ONLY } from './helpers.js';

/** Issue 8: a setting that silently gives wrong figures gets one warning, with what to do. */
describe('silent misconfiguration', () => {
  it('a metric whose stop columns are all missing: every clock would run on (TOPdesk export with Dutch headers)', async () => {
    const topdesk = 'Incidentnummer;Aanmelddatum;Afgemeld;Status\nI-1;2026-05-04 09:00;2026-05-04 12:00;Gereed\n';
    const result = await load({ 'topdesk.csv': topdesk }, { options: { preset: 'topdesk' } });
    expect(result.problems).toEqual([
      {
        code: 'tickets.no-stop-column',
        severity: 'warning',
        message:
          'no column for "first_response" or "resolved", where metrics "response" and "resolution" stop: without a status history their clocks never stop, and every ticket ends up overdue',
        where: { file: 'topdesk.csv', line: 1 },
        hint: 'columns in this file: Incidentnummer, Aanmelddatum, Afgemeld, Status\nmap it with input.columns.first_response in the SLA file or --map first_response=COLUMN',
      },
    ]);
  });

  it('… but not when a status history is read, whose done statuses can stop them', async () => {
    const result = await load(
      { 't.csv': 'id,created\n1,2026-05-04 09:00\n' },
      { events: { 'e.csv': 'ticket,at,status\n1,2026-05-04 10:00,Resolved\n' } },
    );
    expect(result.problems).toEqual([]);
  });

  it('the ticket export given as --events: one row per ticket and ticket columns', async () => {
    const tickets = 'id,created,resolved,status\n1,2026-05-04 09:00,,Afventer kunde\n2,2026-05-04 10:00,2026-05-05 10:00,Resolved\n';
    const result = await load(
      { 't.csv': tickets },
      { sla: importSla({ metrics: RESOLUTION_ONLY }), events: { 'tickets-again.csv': tickets } },
    );
    expect(codes(result)).toEqual(['tickets.events-look-like-tickets']);
    expect(result.problems[0]).toMatchObject({
      where: { file: 'tickets-again.csv', line: 1 },
      message:
        'this status history has one row per ticket and ticket columns ("resolved"): it looks like the ticket export; each row was read as a status change at "created", so a waiting status pauses its ticket for good',
    });
  });

  it('… not for a real history, nor for an event log with ticket columns (ids repeat)', async () => {
    const tickets = 'id,created,resolved\n1,2026-05-04 09:00,\n2,2026-05-04 10:00,\n';
    const history = 'ticket,at,status\n1,2026-05-04 09:30,Afventer kunde\n2,2026-05-04 10:30,Open\n';
    const log =
      'ticket,at,status,resolved\n1,2026-05-04 09:30,Open,\n1,2026-05-04 11:30,Resolved,2026-05-04 11:30\n2,2026-05-04 10:30,Open,\n';
    const sla = importSla({ metrics: RESOLUTION_ONLY });
    expect((await load({ 't.csv': tickets }, { sla, events: { 'h.csv': history } })).problems).toEqual([]);
    expect((await load({ 't.csv': tickets }, { sla, events: { 'log.csv': log } })).problems).toEqual([]);
  });

  it('--map and input.columns with a field nothing reads, with the nearest field', async () => {
    const sla = importSla({ input: { columns: { statsu: 'Tilstand' } }, metrics: [] });
    const result = await load(
      { 't.csv': 'id,Oprettet,Tilstand\n1,2026-05-04 09:00,Open\n' },
      { sla, options: { map: { creted: 'Oprettet', created: 'Oprettet' } } },
    );
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'tickets.unknown-field',
        'input.columns: "statsu" is not a field slacheck reads, so column "Tilstand" is not used; did you mean "status"?',
      ],
      ['tickets.unknown-field', '--map: "creted" is not a field slacheck reads, so column "Oprettet" is not used; did you mean "created"?'],
    ]);
    expect(result.tickets).toHaveLength(1);
  });

  it("--encoding utf-8 on bytes that are not UTF-8 (Excel's Windows-1252)", async () => {
    const latin = Buffer.from('id,created,title\n1,2026-05-04 09:00,Kunde i K\xf8ge\n', 'latin1');
    const given = await load({ 't.csv': latin }, { sla: importSla({ metrics: [] }), options: { encoding: 'utf-8' } });
    expect(given.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'tickets.not-utf8',
        'the encoding is set to UTF-8, but the bytes are not UTF-8 (near byte 45): they read as the replacement character \uFFFD',
      ],
    ]);
    const guessed = await load({ 't.csv': latin }, { sla: importSla({ metrics: [] }) });
    expect([...guessed.tickets][0]!.fields.title).toBe('Kunde i Køge');
  });
});
