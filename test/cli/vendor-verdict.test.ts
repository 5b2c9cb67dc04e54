import { describe, expect, it } from 'vitest';
import { parseRemainingTime } from '../../src/tickets/columns/vendor-verdict.js';
import { fakeIo, runCli } from '../fake-io.js';

describe("Jira Service Management's remaining time, read as its verdict (issue 22)", () => {
  it.each([
    ['1:05', 'within'],
    ['-2:40', 'breached'],
    ['-02:40', 'breached'],
    ['0:00', 'within'],
    ['-0:00', 'within'],
    ['78:00', 'within'],
    ['1.25', 'within'],
    ['-2,5', 'breached'],
    ['-2h 40m', 'breached'],
    ['2h 40m', 'within'],
    ['1d 26h', 'within'],
    ['3w 2d', 'within'],
    ['-5 min', 'breached'],
    ['45m', 'within'],
  ])('%s is %s', (text, verdict) => {
    expect(parseRemainingTime(text)).toBe(verdict);
  });

  it.each(['soon', '05/Oct/26 9:30 AM', '2026-10-05', '-', 'h'])('%s is not a remaining time', (text) => {
    expect(parseRemainingTime(text)).toBeUndefined();
  });
});

/**
 * A JSM export with both SLA fields, under a 24x7 calendar (response 30m,
 * resolution 4h), as of 6 October 2026 12:00:
 *   SD-1 answered in 20 min (met; Jira 0:10 left: agree), resolved after 3 h
 *        (met; Jira -1:00: breached, perhaps in another calendar: differs)
 *   SD-2 answered after 60 min (breached; Jira -0:30: agree), open for 27 h
 *        (overdue; Jira 2h 40m left when it exported: differs)
 *   SD-3 answered in 5 min, open for 3 h (open); its first-response cell
 *        "soon" is not a remaining time (a notice), so it has no Jira verdict.
 */
const SLA = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { all: 24x7 }
metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved }
policies: [{ name: all, calendar: all, targets: { response: 30m, resolution: 4h } }]
input: { preset: jira }
`;
const TICKETS = [
  'Summary,Issue key,Status,Priority,Created,Resolved,Custom field ([CHART] Date of First Response),Custom field (Time to first response),Custom field (Time to resolution)',
  'Printer,SD-1,Done,High,05/Oct/26 9:00 AM,05/Oct/26 12:00 PM,05/Oct/26 9:20 AM,0:10,-1:00',
  'Mail nede,SD-2,In Progress,Highest,05/Oct/26 9:00 AM,,05/Oct/26 10:00 AM,-0:30,2h 40m',
  'VPN,SD-3,In Progress,Medium,06/Oct/26 9:00 AM,,06/Oct/26 9:05 AM,soon,',
  '',
].join('\n');

function run(command: string, args: string[]) {
  return runCli(
    [command, '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2026-10-06T12:00', ...args],
    fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': TICKETS } }),
  );
}

describe('check and explain show where slacheck and Jira disagree (issue 22)', () => {
  it("carries Jira's verdict and whether it differs on each record", async () => {
    const { code, out } = await run('check', ['--all', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { records: Record<string, unknown>[]; warnings: { code: string; message: string }[] };
    const seen = doc.records.map((r) => `${r.ticket} ${r.metric} ${r.status} ${r.vendor_verdict} ${r.verdict_differs}`).sort();
    expect(seen).toEqual([
      'SD-1 resolution met breached true',
      'SD-1 response met within false',
      'SD-2 resolution overdue within true',
      'SD-2 response breached breached false',
      'SD-3 resolution open null null',
      'SD-3 response met null null',
    ]);
    const differ = doc.warnings.find((w) => w.code === 'evaluate.vendor-verdict-differs');
    expect(differ?.message).toBe(
      "2 of 4 records with Jira / Jira Service Management's own SLA verdict differ from slacheck's (SD-1 resolution: slacheck met, helpdesk breached; SD-2 resolution: slacheck overdue, helpdesk within)",
    );
    expect(doc.warnings.find((w) => w.code === 'tickets.bad-vendor-verdict')?.message).toContain(
      'row 3, column "Custom field (Time to first response)": cannot read "soon" as the helpdesk\'s remaining time',
    );
  });

  it('counts a met record Jira calls breached, though check without --all does not list it', async () => {
    const { out, err } = await run('check', []);
    expect(out).toContain('│ helpdesk verdict │ differs │');
    expect(out).not.toContain('SD-1');
    expect(err).toContain(
      "warning: 2 of 4 records with Jira / Jira Service Management's own SLA verdict differ from slacheck's (SD-1 resolution",
    );
  });

  it('explain shows both verdicts for the ticket', async () => {
    const { code, out, err } = await run('explain', ['SD-1']);
    expect(code).toBe(0);
    expect(out).toMatch(/│ resolution │.*│ met +│ breached +│ yes +│/);
    expect(err).toContain(
      "1 of 2 records with Jira / Jira Service Management's own SLA verdict differ from slacheck's (SD-1 resolution: slacheck met, helpdesk breached)",
    );
  });

  it('a remaining-time column mapped as first_response is refused with advice about the mapping, not the date format', async () => {
    const { code, err } = await run('check', [
      '--map',
      'first_response=Custom field (Time to first response)',
      '--map',
      'resolved=Custom field (Time to resolution)',
    ]);
    expect(code).toBe(2);
    expect(err).toContain(
      '"0:10" is a remaining time, not a date: "Custom field (Time to first response)" looks like the helpdesk\'s own SLA field',
    );
    expect(err).not.toContain('--date-format');
  });

  it('inspect names the columns and the metric each is compared with', async () => {
    const { out } = await runCli(
      ['inspect', '--sla', 'sla.yaml', 'tickets.csv'],
      fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': TICKETS } }),
    );
    expect(out).toContain('  verdict.response    Custom field (Time to first response)\n');
    expect(out).toMatch(
      /helpdesk verdicts \(column, what check and explain compare it with\)\n {2}Custom field \(Time to first response\) +compared with the metric response\n/,
    );
    expect(out).toContain('unused columns: none');
    const alone = (await runCli(['inspect', 'tickets.csv'], fakeIo({ files: { 'tickets.csv': TICKETS } }))).out;
    expect(alone).toContain('not compared: no metric starts at created and stops first at first_response');
  });

  it("--map verdict.METRIC reads another column as a metric's verdict; a metric name that does not exist is named", async () => {
    const tickets = TICKETS.replace('Custom field (Time to resolution)', 'Custom field (Time to fix)');
    const io = fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': tickets } });
    const mapped = await runCli(
      [
        'check',
        '--sla',
        'sla.yaml',
        'tickets.csv',
        '--as-of',
        '2026-10-06T12:00',
        '--all',
        '--format',
        'json',
        '--map',
        'verdict.resolution=Custom field (Time to fix)',
      ],
      io,
    );
    const records = JSON.parse(mapped.out).records as Record<string, unknown>[];
    expect(records.find((r) => r.ticket === 'SD-1' && r.metric === 'resolution')?.vendor_verdict).toBe('breached');
    const typo = await runCli(
      [
        'check',
        '--sla',
        'sla.yaml',
        'tickets.csv',
        '--as-of',
        '2026-10-06T12:00',
        '--map',
        'verdict.resolutoin=Custom field (Time to fix)',
      ],
      io,
    );
    expect(typo.err).toContain('--map: "verdict.resolutoin" is not a field slacheck reads');
  });
});
