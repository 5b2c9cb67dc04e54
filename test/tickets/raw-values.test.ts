import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawForm } from '../../src/tickets/columns/presets/raw-values.js';
import { servicenow } from '../../src/tickets/columns/presets/servicenow.js';
import { fakeIo, runCli } from '../fake-io.js';
import { codes, importSla, load } from './helpers.js';

/**
 * Issue 22: ServiceNow's raw-value export (sysparm_display_value=false) writes
 * states and priorities as codes, references as sys_ids, and its times in UTC
 * (ServiceNowDocs "Field types affected by export controls"). Read in the
 * agreement's zone, every instant moved by an hour without a word.
 */
const RAW = [
  'number,opened_at,priority,state,assignment_group,caller_id,resolved_at,sys_updated_on',
  'INC0010001,2026-11-12 07:30:00,2,2,8a5055c9c61122780043563ef53438e3,681ccaf9c0a8016400b98a06818d57c7,,2026-11-12 09:00:00',
  'INC0010002,2026-11-12 09:05:00,3,6,287ebd7da9fe198100f92cc8d1d2154e,,2026-11-12 12:00:00,2026-11-12 12:00:00',
  '',
].join('\n');
const DISPLAY = readFileSync('fixtures/helpdesks/servicenow/tickets.csv');

const SLA = [
  'sla: 1',
  'name: x',
  'timezone: Europe/Copenhagen',
  'calendars:',
  '  office:',
  '    hours: { mon-fri: ["08:00-16:00"] }',
  'metrics:',
  '  resolution: { start: created, stop: resolved }',
  'policies:',
  '  - { name: All, calendar: office, targets: { resolution: 8h } }',
  'input:',
  '  preset: servicenow',
  '',
].join('\n');

const check = (files: Record<string, string | Buffer>, ...args: string[]) =>
  runCli(
    ['check', '--sla', 'sla.yaml', ...Object.keys(files), '--all', '--as-of', '2026-11-13T12:00', '--format', 'json', ...args],
    fakeIo({ files: { 'sla.yaml': SLA, ...files } }),
  );

describe('a raw-value ServiceNow export', () => {
  it('is read with its times in UTC, so that a due is where ServiceNow has it', async () => {
    const { code, out } = await check({ 'raw.csv': RAW });
    expect(code).toBe(0);
    const records = (JSON.parse(out) as { records: { ticket: string; start: string; due: string }[] }).records;
    // Opened 07:30 UTC = Thu 08:30 in Copenhagen; 8 business hours: 7h30 on Thursday, 30 min on Friday: Fri 08:30.
    // Read as Copenhagen time (before the fix) it opened at 07:30, before the office: 08:00 + 8h = Thu 16:00.
    expect(records.find((r) => r.ticket === 'INC0010001')).toMatchObject({
      start: '2026-11-12T08:30:00+01:00',
      due: '2026-11-13T08:30:00+01:00',
    });
  });

  it('says so, naming the rule and what gave the export away', async () => {
    const { err } = await check({ 'raw.csv': RAW });
    expect(err).toContain(
      'slacheck: raw.csv:2: warning: a raw-value ServiceNow export: state "2", priority "2", record id 8a5055c9… in assignment_group; its times are read as UTC, the zone such an export writes them in\n  references are record ids, not names',
    );
  });

  it('reads the status history in UTC too (the same export settings write both)', async () => {
    const history = 'number,sys_updated_on,state\nINC0010001,2026-11-12 08:00:00,3\n';
    const result = await load({ 'raw.csv': RAW }, { sla: importSla({ input: { preset: 'servicenow' } }), events: { 'h.csv': history } });
    expect(new Date(result.events.eventsFor('INC0010001')[0]!.at).toISOString()).toBe('2026-11-12T08:00:00.000Z');
  });

  it('needs no notice with --input-timezone UTC, and is refused with another zone set, with the fix', async () => {
    const utc = await check({ 'raw.csv': RAW }, '--input-timezone', 'UTC');
    expect(utc.code).toBe(0);
    expect(utc.err).not.toContain('raw-value');
    const local = await check({ 'raw.csv': RAW }, '--input-timezone', 'Europe/Copenhagen');
    expect(local.code).toBe(2);
    expect(local.out).toBe('');
    expect(local.err).toBe(
      'slacheck: raw.csv:2: this is a raw-value ServiceNow export (state "2", priority "2", record id 8a5055c9… in assignment_group), whose times are in UTC, but --input-timezone says Europe/Copenhagen: every time would be read in the wrong zone\n' +
        '  pass --input-timezone UTC (or drop --input-timezone) to read this export, or export with display values (sysparm_display_value=true) for names and your own time zone\n',
    );
  });

  it('is refused beside a display-value export: one zone cannot read both', async () => {
    const { code, err } = await check({ 'raw.csv': RAW, 'display.csv': DISPLAY });
    expect(code).toBe(2);
    expect(err).toContain(
      'slacheck: raw.csv:2: raw.csv is a raw-value ServiceNow export (state "2", priority "2", record id 8a5055c9… in assignment_group, times in UTC) and display.csv is not',
    );
  });

  it("leaves a display-value export as it was: read in the agreement's zone, no notice", async () => {
    const result = await load({ 'display.csv': DISPLAY }, { sla: importSla({ input: { preset: 'servicenow' } }) });
    expect(codes(result).filter((c) => c.startsWith('tickets.raw-values'))).toEqual([]);
    // INC0010001 opened 2026-10-05 09:30 in Copenhagen (CEST, +02:00).
    expect(new Date(result.tickets.get('INC0010001')!.times.created!).toISOString()).toBe('2026-10-05T07:30:00.000Z');
  });

  it('shows in inspect: the zone its times are read in, and the notice', async () => {
    const { out, err } = await runCli(['inspect', '--sla', 'sla.yaml', 'raw.csv'], fakeIo({ files: { 'sla.yaml': SLA, 'raw.csv': RAW } }));
    expect(out).toContain('time zone  UTC (for times without an offset)');
    expect(`${out}${err}`).toContain('its times are read as UTC');
  });
});

describe('rawForm: which cells of the first rows are codes and record ids', () => {
  it("sorts the cells of the preset's columns, and follows the user's mapping", () => {
    const records = {
      rows: [
        ['number', 'state', 'Team'],
        ['INC1', '6', '8a5055c9c61122780043563ef53438e3'],
        ['INC2', 'Resolved', 'Service Desk'],
      ],
      lines: [1, 2, 4],
    };
    expect(rawForm(records, servicenow, {})).toEqual({
      raw: [{ column: 'state', value: '6', line: 2 }],
      display: [{ column: 'state', value: 'Resolved', line: 4 }],
    });
    expect(rawForm(records, servicenow, { group: 'Team' }).raw).toContainEqual({
      column: 'Team',
      value: '8a5055c9c61122780043563ef53438e3',
      line: 2,
    });
  });

  it('finds nothing in a file without those columns', () => {
    expect(
      rawForm(
        {
          rows: [
            ['number', 'opened_at'],
            ['INC1', '2026-11-12 07:30:00'],
          ],
          lines: [1, 2],
        },
        servicenow,
        {},
      ),
    ).toEqual({ raw: [], display: [] });
  });
});
