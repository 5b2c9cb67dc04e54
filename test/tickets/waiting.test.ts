import { describe, expect, it } from 'vitest';
import { expandWaiting } from '../../src/sla/normalize/waiting.js';
import { fakeIo, runCli } from '../fake-io.js';

const sla = (input: string, statuses = '') =>
  [
    'sla: 1',
    'name: t',
    'timezone: Europe/Copenhagen',
    'calendars: { always: 24x7 }',
    'metrics:',
    '  resolution: { start: created, stop: resolved, pause_when_status: [waiting, "Blocked by vendor"] }',
    'policies: [{ name: all, calendar: always, targets: { resolution: 8h } }]',
    statuses,
    input,
    '',
  ].join('\n');

// One Jira ticket, 08:00-16:00; waiting for the customer 10:00-12:00 and pending 13:00-14:00: 3 hours paused.
const TICKETS = 'Issue key,Created,Resolved,Status,Priority\nSD-1,05/Oct/26 8:00 AM,05/Oct/26 4:00 PM,Done,High\n';
const EVENTS = [
  'issuekey,created,field,toString',
  'SD-1,2026-10-05T10:00:00+02:00,status,Waiting for customer',
  'SD-1,2026-10-05T12:00:00+02:00,status,In Progress',
  'SD-1,2026-10-05T13:00:00+02:00,status,Pending',
  'SD-1,2026-10-05T14:00:00+02:00,status,In Progress',
  'SD-1,2026-10-05T16:00:00+02:00,status,Done',
].join('\n');

async function check(text: string, args: string[] = []) {
  const io = fakeIo({ files: { 'sla.yaml': text, 't.csv': TICKETS, 'e.csv': EVENTS } });
  return runCli(
    ['check', '--sla', 'sla.yaml', 't.csv', '--events', 'e.csv', '--all', '--format', 'json', '--as-of', '2026-11-01', ...args],
    io,
  );
}

const paused = (out: string) => (JSON.parse(out) as { records: { paused_minutes: number }[] }).records.map((r) => r.paused_minutes);

describe('pause_when_status: [waiting]', () => {
  it('expands to the waiting list in place, keeps the other statuses, and keeps a literal "waiting"', () => {
    expect(expandWaiting(['Blocked', 'waiting', 'pending'], ['Pending', 'On-hold'])).toEqual(['Blocked', 'Pending', 'On-hold', 'waiting']);
    expect(expandWaiting(['Blocked'], ['Pending'])).toEqual(['Blocked']);
  });

  it("pauses on the named preset's waiting statuses", async () => {
    const { code, out } = await check(sla('input: { preset: jira }'));
    expect(code).toBe(0);
    expect(paused(out)).toEqual([180]);
  });

  it('pauses on the waiting statuses of the preset chosen from the header row', async () => {
    const { code, out, err } = await check(sla(''));
    expect(code).toBe(0);
    expect(paused(out)).toEqual([180]);
    expect(err).toContain('read with the jira preset');
  });

  it('pauses on statuses.waiting instead when the SLA file lists them', async () => {
    const { code, out } = await check(sla('input: { preset: jira }', 'statuses: { waiting: [Pending] }'));
    expect(code).toBe(0);
    expect(paused(out)).toEqual([60]);
  });

  it('is shown by validate with the list it stands for', async () => {
    const io = fakeIo({ files: { 'sla.yaml': sla('input: { preset: jira }') } });
    const { code, out } = await runCli(['validate', 'sla.yaml', '--year', '2026'], io);
    expect(code).toBe(0);
    expect(out).toContain('resolution  starts at created, stops at resolved; paused while status is waiting, "Blocked by vendor"');
    expect(out).toContain("statuses that mean waiting:  Waiting for customer, Pending (the jira preset's)");
    expect(out).toMatch(/\n  Highest +-> +P1 +jira preset\n/);
  });
});
