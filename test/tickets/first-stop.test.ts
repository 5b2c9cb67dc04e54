import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Issue 18, item 5: a response clock that nothing but the resolution can
 * stop. Zendesk's standard export has no first-reply timestamp, only
 * `First reply time in minutes` (calendar minutes since creation): the
 * zendesk preset derives first_response from it and says so; without it, a
 * metric whose first stop has no column gets a warning.
 */
const SLA = `sla: 1
name: zendesk
timezone: Europe/Copenhagen
calendars: { always: 24x7 }
metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved }
policies: [{ name: all, calendar: always, targets: { response: 30m, resolution: 8h } }]
input: { preset: zendesk }
`;
const ZENDESK = readFileSync('fixtures/helpdesks/zendesk/tickets.csv', 'utf8');
type Rec = { ticket: string; metric: string; stop: string | null; status: string };

async function check(csv: string): Promise<{ code: number; err: string; records: Rec[]; warnings: { code: string; message: string }[] }> {
  const io = fakeIo({ files: { 'sla.yaml': SLA, 't.csv': csv } });
  const { code, out, err } = await runCli(
    ['check', '--all', '--sla', 'sla.yaml', 't.csv', '--as-of', '2026-11-01', '--format', 'json'],
    io,
  );
  const doc = JSON.parse(out) as { records: Rec[]; warnings: { code: string; message: string }[] };
  return { code, err, records: doc.records, warnings: doc.warnings };
}

describe('Zendesk: first_response from "First reply time in minutes"', () => {
  it('stops the response clock at created + the minutes, not at the resolution', async () => {
    const { records } = await check(ZENDESK);
    const response = records.filter((r) => r.metric === 'response').map((r) => [r.ticket, r.stop, r.status]);
    // 1: 09:30 + 25 min; 2: 13:05 + 15 min; 3: no reply yet, resolved 15 Oct 16:45 (31 h 45 min: breached);
    // 4: 27 Oct 15:45 + 985 min (16 h 25 min) = 28 Oct 08:10, winter time.
    expect(response).toEqual([
      ['1', '2026-10-05T09:55:00+02:00', 'met'],
      ['2', '2026-10-06T13:20:00+02:00', 'met'],
      ['3', '2026-10-15T16:45:00+02:00', 'breached'],
      ['4', '2026-10-28T08:10:00+01:00', 'breached'],
    ]);
  });

  it('names the source of the derived time once per file', async () => {
    const { warnings, err } = await check(ZENDESK);
    expect(warnings.filter((w) => w.code === 'tickets.derived-time').map((w) => w.message)).toEqual([
      'first_response is read as "Created at" plus "First reply time in minutes" (calendar minutes since creation, as Zendesk counts them): the export has no first_response column',
    ]);
    expect(err).toContain('t.csv:1: warning: first_response is read as "Created at" plus "First reply time in minutes"');
  });

  it('rejects a row whose minutes are not a number, naming the cell', async () => {
    const { warnings } = await check(ZENDESK.replace(',1,25,25\n', ',1,soon,25\n'));
    expect(warnings.filter((w) => w.code === 'tickets.bad-minutes').map((w) => w.message)).toEqual([
      'row 1, column "First reply time in minutes": cannot read "soon" as a number of minutes',
    ]);
  });
});

describe('a metric whose first stop has no column', () => {
  const WITHOUT = ZENDESK.replace(',First reply time in minutes,', ',Replies at,');

  it('warns that only a later stop can stop it: response equals resolution', async () => {
    const { warnings } = await check(WITHOUT);
    const found = warnings.filter((w) => w.code === 'tickets.no-first-stop-column');
    expect(found.map((w) => w.message)).toEqual([
      'no column for "first_response", the first stop of metric "response": only "resolved" can stop its clock, so it stops at the resolution on every ticket',
    ]);
  });

  it('says nothing when a status history with replies can stop it', async () => {
    const io = fakeIo({
      files: { 'sla.yaml': SLA, 't.csv': WITHOUT, 'h.csv': 'ticket_id,created_at,field_name,value\n1,2026-10-05 09:40:00,comment,true\n' },
    });
    const { out } = await runCli(
      ['check', '--all', '--sla', 'sla.yaml', 't.csv', '--events', 'h.csv', '--as-of', '2026-11-01', '--format', 'json'],
      io,
    );
    const doc = JSON.parse(out) as { warnings: { code: string }[] };
    expect(doc.warnings.map((w) => w.code)).not.toContain('tickets.no-first-stop-column');
  });
});
