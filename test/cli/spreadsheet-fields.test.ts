import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Issue 22: what a breach list and a workbook need without a join to the
 * export. A small generic export with every ticket field, hand-made: T-1
 * (P1, 30m target) answered after 45 min breaches; T-2 answered in 10 min
 * meets.
 */
const SLA = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { all: 24x7 }
metrics: { response: { start: created, stop: first_response } }
policies: [{ name: all, calendar: all, targets: { response: 30m } }]
`;
const TICKETS = [
  'id,created,first_response,priority,customer,group,service,title,Team',
  'T-1,2026-11-03T09:00:00+01:00,2026-11-03T09:45:00+01:00,P1,Bager Hansen ApS,Drift,Webshop,"Betaling afvist, igen",Alfa',
  'T-2,2026-11-04T09:00:00+01:00,2026-11-04T09:10:00+01:00,P2,Klinik Østerbro,,,Printer,Beta',
  '',
].join('\n');

function run(args: string[], tickets = TICKETS) {
  return runCli(
    ['check', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2026-12-01', ...args],
    fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': tickets } }),
  );
}

describe("check records carry the ticket's customer, group, service and title (issue 22)", () => {
  it('in json and ndjson, null where the ticket has none', async () => {
    const { code, out } = await run(['--all', '--format', 'json']);
    expect(code).toBe(0);
    const records = JSON.parse(out).records as Record<string, unknown>[];
    expect(records.map((r) => [r.ticket, r.customer, r.group, r.service, r.title])).toEqual([
      ['T-1', 'Bager Hansen ApS', 'Drift', 'Webshop', 'Betaling afvist, igen'],
      ['T-2', 'Klinik Østerbro', null, null, 'Printer'],
    ]);
    const lines = (await run(['--all', '--format', 'ndjson'])).out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title)).toEqual(['Betaling afvist, igen', 'Printer']);
  });

  it('in csv, every key as a column, also where no ticket has a value', async () => {
    const { out } = await run(['--format', 'csv'], TICKETS.replace(',service,', ',tjeneste,'));
    const [header, row] = out.split('\r\n');
    expect(header!.split(',').slice(-4)).toEqual(['customer', 'group', 'service', 'title']);
    expect(row!.endsWith(',Bager Hansen ApS,Drift,,"Betaling afvist, igen"')).toBe(true);
  });

  it('in table and markdown, the fields with a value in a listed record', async () => {
    const table = (await run([])).out.split('\n');
    expect(table[2]).toMatch(/│ customer +│ group │ service │ title +│$/);
    expect(table[3]).toContain('│ Bager Hansen ApS │ Drift │ Webshop │ Betaling afvist, igen │');
    // Without a service column the table has no service column; the csv keeps it (above).
    const without = (await run(['--format', 'markdown'], TICKETS.replace(',service,', ',tjeneste,'))).out.split('\n');
    expect(without[2]).toMatch(/\| customer \| group \| title \|$/);
  });
});
