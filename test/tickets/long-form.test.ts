import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Issue 18: a long-form history (`ticket, at, field, value`) and a wide one
 * (`ticket, at, status, reply, …`) holding the same changes give the same
 * figures. An internal note (`comment,false`, as Zendesk audits mark it) is
 * no reply in either; a milestone on a column the history never changes is
 * the same error in either.
 */
const SLA = `sla: 1
name: forms
timezone: UTC
calendars: { always: 24x7 }
metrics:
  response: { start: created, stop: [reply] }
  escalation: { start: created, stop: [{ group: [Vagt] }] }
policies: [{ name: all, calendar: always, targets: { response: 1h } }]
`;
const TICKETS = 'id,created\nT1,2026-10-05 08:00\n';
// 08:15 an internal note, 13:00 the first public reply: the response takes 5 h (300 min), breached.
const WIDE = 'ticket,at,reply\nT1,2026-10-05 08:15,false\nT1,2026-10-05 13:00,true\n';
const LONG = 'ticket,at,field,value\nT1,2026-10-05 08:15,comment,false\nT1,2026-10-05 13:00,comment,true\n';

async function records(
  history: string,
  sla = SLA,
): Promise<{ code: number; err: string; records: { metric: string; status: string; elapsed_minutes: number }[] }> {
  const io = fakeIo({ files: { 'sla.yaml': sla, 't.csv': TICKETS, 'h.csv': history } });
  const { code, out, err } = await runCli(
    ['check', '--all', '--sla', 'sla.yaml', 't.csv', '--events', 'h.csv', '--as-of', '2026-11-01', '--format', 'json'],
    io,
  );
  return {
    code,
    err,
    records: code === 0 ? (JSON.parse(out) as { records: { metric: string; status: string; elapsed_minutes: number }[] }).records : [],
  };
}

describe('internal notes are not replies, in either form of history', () => {
  it('the wide form reads reply=false as no reply: breached at 5 h', async () => {
    const wide = await records(WIDE);
    expect(wide.records.map((r) => [r.metric, r.status, r.elapsed_minutes])).toEqual([['response', 'breached', 300]]);
  });

  it('the long form reads comment,false as an internal note, not a reply: the same 5 h', async () => {
    const long = await records(LONG);
    expect(long.records.map((r) => [r.metric, r.status, r.elapsed_minutes])).toEqual([['response', 'breached', 300]]);
  });

  it.each(['internal', 'private', 'no', '0', 'nej'])('the long form reads "%s" as internal, like the wide form', async (word) => {
    const long = await records(LONG.replace('comment,false', `comment,${word}`));
    const wide = await records(WIDE.replace('08:15,false', `08:15,${word}`));
    expect(long.records).toEqual(wide.records);
    expect(long.records.map((r) => [r.status, r.elapsed_minutes])).toEqual([['breached', 300]]);
  });
});

describe('a milestone on a column the history does not have', () => {
  const ESCALATION = SLA.replace('targets: { response: 1h }', 'targets: { escalation: 30m }');
  it('is an error in the wide form', async () => {
    const { code, err } = await records('ticket,at,status\nT1,2026-10-05 08:15,Open\n', ESCALATION);
    expect(code).toBe(2);
    expect(err).toContain('h.csv:1: no column for "group", which metric "escalation" reads');
  });

  it('is the same error in the long form, whose rows never change that field', async () => {
    const { code, err } = await records(
      'ticket,at,field,value\nT1,2026-10-05 08:15,status,Open\nT1,2026-10-05 08:20,assignee,Åse\n',
      ESCALATION,
    );
    expect(code).toBe(2);
    expect(err).toContain('h.csv:1: no row changes "group", which metric "escalation" reads');
    expect(err).toContain('fields in this history: status, assignee');
  });

  it('is no error when a long-form row changes it', async () => {
    const { code, records: r } = await records(
      'ticket,at,field,value\nT1,2026-10-05 08:15,status,Open\nT1,2026-10-05 08:20,group,Vagt\n',
      ESCALATION,
    );
    expect(code).toBe(0);
    expect(r.map((x) => [x.metric, x.status, x.elapsed_minutes])).toEqual([['escalation', 'met', 20]]);
  });
});
