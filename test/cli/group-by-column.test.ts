import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Issue 22 item 9: `report --by` any ticket field or export column, and a
 * multi-value field (Jira writes Labels as one column per value) as a list.
 * Hand-worked, a 24x7 calendar and a 1h response target:
 *   SD-1 answered after 30 min: met;     labels vpn, network; team Alfa
 *   SD-2 answered after 2 h:    breached; labels vpn, vpn;   team Beta
 *   SD-3 answered after 10 min: met;     no labels;          team Alfa
 */
const SLA = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { all: 24x7 }
metrics: { response: { start: created, stop: first_response } }
policies: [{ name: all, calendar: all, targets: { response: 1h } }]
input: { preset: jira }
`;
const TICKETS = [
  'Summary,Issue key,Issue id,Status,Priority,Created,Custom field ([CHART] Date of First Response),Custom field (Team),Labels,Labels,Labels',
  'VPN nede,SD-1,1,Done,Highest,05/Oct/26 9:00 AM,05/Oct/26 9:30 AM,Alfa,vpn,network,',
  'VPN langsom,SD-2,2,Done,High,05/Oct/26 9:00 AM,05/Oct/26 11:00 AM,Beta,vpn,vpn,',
  'Printer,SD-3,3,Done,Medium,05/Oct/26 9:00 AM,05/Oct/26 9:10 AM,Alfa,,,',
  '',
].join('\n');

async function report(by: string) {
  const { code, out, err } = await runCli(
    ['report', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2026-11-01', '--by', by, '--format', 'json'],
    fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': TICKETS } }),
  );
  const kpis = code === 0 ? (JSON.parse(out).kpis as Record<string, unknown>[]) : [];
  return { code, err, rows: kpis.map((k) => [...Object.values(k).slice(0, by.split(',').length), k.count, k.met, k.breached]) };
}

describe('report --by any field or column (issue 22)', () => {
  it('groups by a custom column, named as the export writes it', async () => {
    expect((await report('Custom field (Team)')).rows).toEqual([
      ['Alfa', 2, 2, 0],
      ['Beta', 1, 0, 1],
    ]);
  });

  it('counts a ticket under each value of a multi-value field (repeated Labels columns), once per value', async () => {
    // vpn: SD-1 met and SD-2 breached (its second vpn is the same value); network: SD-1; no label: SD-3.
    const { rows, err } = await report('labels');
    expect(err).toContain('repeated column names: "Labels" (columns 9, 10, 11: --by reads every one)\n');
    expect(rows).toEqual([
      ['network', 1, 1, 0],
      ['vpn', 2, 1, 1],
      [null, 1, 1, 0],
    ]);
  });

  it('combines a list with another key: every pair of values', async () => {
    expect((await report('Labels,"Custom field (Team)"')).rows).toEqual([
      ['network', 'Alfa', 1, 1, 0],
      ['vpn', 'Alfa', 1, 1, 0],
      ['vpn', 'Beta', 1, 0, 1],
      [null, 'Alfa', 1, 1, 0],
    ]);
  });

  it('groups by a mapped field (status, through the preset) and a record key', async () => {
    expect((await report('status,policy')).rows).toEqual([['Done', 'all', 3, 2, 1]]);
  });

  it('refuses a column the export does not have, with the nearest one', async () => {
    const { code, err } = await report('Custom field (Teem)');
    expect(code).toBe(2);
    expect(err).toContain(
      'tickets.csv:1: --by Custom field (Teem): no column "Custom field (Teem)" in this file; did you mean "Custom field (Team)"?',
    );
  });

  it('warns when a ticket field has no column, and groups its tickets under no value', async () => {
    const { code, err, rows } = await report('category');
    expect(code).toBe(0);
    expect(err).toContain('warning: --by category: no column of this file holds category');
    expect(rows).toEqual([[null, 3, 2, 1]]);
  });
});
