import { describe, expect, it } from 'vitest';
import { readHistoryPart } from '../../src/tickets/history/history-part.js';
import { codes, importSla, load, source } from './helpers.js';

/**
 * Dates per file (issue 9): input.date_format is the ticket export's; a
 * status history has its own input.events.date_format (default auto), and
 * reads ISO 8601 whatever it says.
 */
const TICKETS = 'Sags-ID;Oprettet\nDK-1;05-10-2026 09:30\nDK-2;06-10-2026 13:05\nDK-3;27-10-2026 16:45\n';

const atOf = (result: Awaited<ReturnType<typeof load>>, id: string) => result.events.eventsFor(id).map((e) => new Date(e.at).toISOString());

describe('status history dates', () => {
  it("are not forced into the ticket export's format: a Danish export with an ISO history", async () => {
    const sla = importSla({ input: { date_format: 'dd-MM-yyyy HH:mm' } });
    const events = 'ticket,at,status\nDK-1,2026-10-05T10:00:00+02:00,Afventer kunde\nDK-1,2026-10-05 12:00,I gang\n';
    const result = await load({ 't.csv': TICKETS }, { sla, events: { 'e.csv': events } });
    expect(codes(result)).toEqual([]);
    expect(atOf(result, 'DK-1')).toEqual(['2026-10-05T08:00:00.000Z', '2026-10-05T10:00:00.000Z']);
  });

  it('follow input.events.date_format, and read ISO 8601 rows as well', async () => {
    const sla = importSla({ input: { events: { date_format: 'MM/dd/yyyy h:mm a' } } });
    const events =
      'ticket,at,status\nDK-1,10/05/2026 10:00 AM,Afventer kunde\nDK-1,2026-10-05T12:00:00Z,I gang\nDK-1,13/05/2026 1:00 PM,Løst\n';
    const result = await load({ 't.csv': TICKETS }, { sla, events: { 'e.csv': events } });
    // 13/05 is no month-first date: that row alone is rejected, with the format it was read in.
    expect(codes(result)).toEqual(['tickets.impossible-date']);
    expect(result.problems[0]!.message).toContain('(format MM/dd/yyyy h:mm a or ISO 8601)');
    expect(atOf(result, 'DK-1')).toEqual(['2026-10-05T08:00:00.000Z', '2026-10-05T12:00:00.000Z']);
  });

  it("settle a day-first/month-first tie by the ticket export's explicit format", async () => {
    // 05-10 and 06-10 read both ways; the tickets' dd-MM-yyyy decides.
    const events = 'ticket,at,status\nDK-1,05-10-2026 10:00,Afventer kunde\nDK-2,06-10-2026 14:00,I gang\n';
    const decided = await load(
      { 't.csv': TICKETS },
      { sla: importSla({ input: { date_format: 'dd-MM-yyyy HH:mm' } }), events: { 'e.csv': events } },
    );
    expect(codes(decided)).toEqual([]);
    expect(atOf(decided, 'DK-1')).toEqual(['2026-10-05T08:00:00.000Z']);
    // Without one, the history is refused, and the hint names the history's own setting.
    const refused = await load({ 't.csv': TICKETS }, { events: { 'e.csv': events } });
    // The refused history leaves the resolution clock nothing to stop at: the export's missing resolved column is named too.
    expect(codes(refused)).toEqual(['tickets.ambiguous-date-format', 'tickets.no-stop-column']);
    expect(refused.problems[0]!.hint).toBe('set input.events.date_format in the SLA file (e.g. dd/MM/yyyy HH:mm or MM/dd/yyyy HH:mm)');
  });

  it("are read the same way by a history read apart (the CLI's worker thread)", async () => {
    const sla = importSla({ input: { date_format: 'dd-MM-yyyy HH:mm', events: { date_format: 'iso' } } });
    const part = await readHistoryPart({
      events: [source('e.csv', 'ticket,at,status\nDK-1,2026-10-05 10:00,Afventer kunde\n')],
      sla,
      firstFile: 1,
    });
    expect(part.problems).toEqual([]);
    expect(part.counts.eventRows).toBe(1);
  });

  it('refuse a bad input.events.date_format before any file is read', async () => {
    const result = await load({ 't.csv': TICKETS }, { sla: importSla({ input: { events: { date_format: 'dd-QQ' } } }) });
    expect(result.problems.map((p) => [p.code, p.where.field])).toEqual([['tickets.bad-date-format', 'input.events.date_format']]);
  });
});
