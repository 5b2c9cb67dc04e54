import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * holidays.ics through the command line: the ICS files are read beside the
 * SLA file (not from the working directory), calendar names where each
 * closure comes from, validate summarises each file, and every failure is a
 * problem with its place (exit 2), never a stack trace.
 */

const fixture = (name: string): string => readFileSync(`fixtures/ics/${name}`, 'utf8');
const SLA = fixture('sla.yaml');
const FILES = {
  'kunder/acme/sla.yaml': SLA,
  'kunder/acme/lukkedage-google.ics': fixture('lukkedage-google.ics'),
  'kunder/acme/lukkedage-outlook.ics': fixture('lukkedage-outlook.ics'),
};

function run(args: string[], files: Record<string, string> = FILES) {
  return runCli(args, fakeIo({ files }));
}

describe('slacheck calendar with ICS files', () => {
  it('names the source of each closed stretch: country, holidays.dates, an ICS file and line, over Christmas', async () => {
    // 22 Dec 15:00-16:00 (1h), 23 Dec 08:00-12:00 (override, 4h), 24 Dec ICS, 25-26 DK, 28-30 ICS, 31 Dec ICS (also in dates:), 1 Jan DK, 4 Jan 08-16 (8h), 5 Jan 08-09 (1h) = 14h.
    const { code, out, err } = await run([
      'calendar',
      '--sla',
      'kunder/acme/sla.yaml',
      '--calendar',
      'kontor',
      '--from',
      '2026-12-22T15:00',
      '--to',
      '2027-01-05T09:00',
    ]);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('business time  14h (840 minutes)');
    await expect(out).toMatchFileSnapshot('../golden/calendar.ics-christmas.txt');
  });

  it('shows a timed closure of the Outlook file (its own time zone) as JSON, with its source', async () => {
    // drift is 24x7: Tue 1 Dec 2026 00:00-12:00 = 12h, less Månedligt servicevindue 07:00-09:00 = 10h.
    const { code, out } = await run([
      'calendar',
      '--sla',
      'kunder/acme/sla.yaml',
      '--calendar',
      'drift',
      '--from',
      '2026-12-01T00:00',
      '--to',
      '2026-12-01T12:00',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      business_minutes: 600,
      segments: [
        { kind: 'counted', source: null },
        { kind: 'holiday', label: 'Månedligt servicevindue', source: 'holidays.ics lukkedage-outlook.ics:50', minutes: 120 },
        { kind: 'counted' },
      ],
    });
    await expect(out).toMatchFileSnapshot('../golden/calendar.ics-servicevindue.json');
  });
});

describe('slacheck validate with ICS files', () => {
  it('lists the dates and the timed closures with their sources, and each file year by year', async () => {
    const { code, out, err } = await run(['validate', 'kunder/acme/sla.yaml', '--year', '2026']);
    expect([code, err]).toEqual([0, '']);
    await expect(out).toMatchFileSnapshot('../golden/validate.ics.txt');
  });

  it('as JSON', async () => {
    const { code, out } = await run(['validate', 'kunder/acme/sla.yaml', '--year', '2026', '--format', 'json']);
    expect(code).toBe(0);
    const kontor = JSON.parse(out).calendars[0];
    // Google: 7 dates in 2026 (6, 13, 27 Jul; 24, 28, 29, 30 Dec) and 11 timed closures; Outlook: 31 Dec each year from 2023, 11 first-Tuesday windows in 2026.
    expect(kontor.ics).toEqual([
      { file: 'lukkedage-google.ics', events: 8, years: [{ year: 2026, closed_days: 7, timed_closures: 11 }] },
      {
        file: 'lukkedage-outlook.ics',
        events: 4,
        years: [2023, 2024, 2025, 2026].map((year) => ({ year, closed_days: 1, timed_closures: year === 2026 ? 11 : 0 })),
      },
    ]);
    await expect(out).toMatchFileSnapshot('../golden/validate.ics.json');
  });
});

describe('paths in the SLA file are relative to its folder', () => {
  it('reads kunder/acme/lukkedage-google.ics, not lukkedage-google.ics in the working directory', async () => {
    // A file of that name in the working directory would close 1 June; the one beside the SLA file does not.
    const decoy =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260601\r\nSUMMARY:Forkert fil\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const { code, out } = await run(
      ['calendar', '--sla', 'kunder/acme/sla.yaml', '--from', '2026-06-01', '--to', '2026-06-02', '--format', 'json'],
      { ...FILES, 'lukkedage-google.ics': decoy, 'lukkedage-outlook.ics': decoy },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).business_minutes).toBe(480);
  });

  it('keeps an absolute path as it is', async () => {
    const sla = SLA.replace('ics: [lukkedage-google.ics, lukkedage-outlook.ics]', 'ics: [/srv/kalender/lukkedage.ics]');
    const { code, out } = await run(
      [
        'calendar',
        '--sla',
        'kunder/acme/sla.yaml',
        '--calendar',
        'kontor',
        '--from',
        '2026-12-24',
        '--to',
        '2026-12-25',
        '--format',
        'json',
      ],
      { ...FILES, 'kunder/acme/sla.yaml': sla, '/srv/kalender/lukkedage.ics': fixture('lukkedage-google.ics') },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).segments[0]).toMatchObject({ label: 'Juleaften', source: 'holidays.ics /srv/kalender/lukkedage.ics:26' });
  });
});

describe('ICS trouble is a problem with its place, exit 2', () => {
  it('a file that is not there: where the SLA file names it, and the path tried', async () => {
    const { 'kunder/acme/lukkedage-outlook.ics': _, ...files } = FILES;
    const { code, out, err } = await run(['validate', 'kunder/acme/sla.yaml'], files);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      'slacheck: kunder/acme/sla.yaml:15:35: calendars.kontor.holidays.ics[1]: cannot read the ICS file "lukkedage-outlook.ics" (kunder/acme/lukkedage-outlook.ics): no such file\n  check the path: it is relative to the folder of the SLA file\n',
    );
  });

  it('a malformed event: the ICS file and the line of its VEVENT', async () => {
    const broken = fixture('lukkedage-google.ics').replace('DTSTART;VALUE=DATE:20261224\r\n', 'DTSTART;VALUE=DATE:20261324\r\n');
    const { code, err } = await run(['validate', 'kunder/acme/sla.yaml'], { ...FILES, 'kunder/acme/lukkedage-google.ics': broken });
    expect(code).toBe(2);
    expect(err).toBe(
      'slacheck: kunder/acme/lukkedage-google.ics:26: "Juleaften": DTSTART 20261324 is not a real date\n  write YYYYMMDD or YYYYMMDDTHHMMSS with a real month, day and time of day\n',
    );
  });

  it('a warning (an event that closes no time) is printed and the run goes on', async () => {
    const empty = fixture('lukkedage-outlook.ics').replace('DTEND;TZID=Romance Standard Time:20260106T090000\r\n', '');
    const { code, err } = await run(['validate', 'kunder/acme/sla.yaml', '--year', '2026'], {
      ...FILES,
      'kunder/acme/lukkedage-outlook.ics': empty,
    });
    expect(code).toBe(0);
    expect(err).toBe(
      'slacheck: kunder/acme/lukkedage-outlook.ics:50: warning: "Månedligt servicevindue" has a start time but no DTEND or DURATION: it closes no time\n  give it a DTEND, or make it a whole-day event (DTSTART;VALUE=DATE)\n',
    );
  });

  it('a rule too large for the year asked, found while the calendar is asked: a problem, not an internal error', async () => {
    // Every hour of 1 January from 1990: fine when read (8,760 candidates a year); 2026 needs 36 years of them (315,360 > 300,000).
    const hourly =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:19900101T120000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=HOURLY;BYMONTH=1;BYMONTHDAY=1\r\nSUMMARY:Nytårstjek\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const { code, out, err } = await run(
      ['calendar', '--sla', 'kunder/acme/sla.yaml', '--calendar', 'drift', '--from', '2026-03-02', '--to', '2026-03-03'],
      { ...FILES, 'kunder/acme/lukkedage-outlook.ics': hourly },
    );
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(
      /^slacheck: kunder\/acme\/lukkedage-outlook\.ics:2: the RRULE of "Nytårstjek" gives more than 300,000 candidate times between its DTSTART and 20\d\d: slacheck refuses it rather than walk it for minutes\n {2}a closing calendar/,
    );
    expect(err).not.toContain('internal error');
  });
});

describe('the SLA file page (docs/sla-file.md)', () => {
  it('shows an Outlook-shaped export that closes what it says: 31 December each year, first Tuesdays 07:00-09:00, 6 May for 5 May', async () => {
    const readme = readFileSync('docs/sla-file.md', 'utf8');
    const example = /An export in the shape Outlook writes[\s\S]*?```\n([\s\S]*?)```/.exec(readme)![1]!;
    const sla = SLA.replace('ics: [lukkedage-google.ics, lukkedage-outlook.ics]', 'ics: [lukkedage.ics]');
    const { code, out, err } = await run(['validate', 'kunder/acme/sla.yaml', '--year', '2026', '--format', 'json'], {
      ...FILES,
      'kunder/acme/sla.yaml': sla,
      'kunder/acme/lukkedage.ics': example,
    });
    expect([code, err]).toEqual([0, '']);
    const kontor = JSON.parse(out).calendars[0];
    expect(kontor.closed.filter((d: { source: string }) => d.source.startsWith('holidays.ics'))).toEqual([
      { date: '2026-12-31', name: 'Nytårsaftensdag', source: 'holidays.ics lukkedage.ics:20' },
    ]);
    const tuesdays = kontor.closed_times.map((t: { from: string }) => t.from.slice(0, 16));
    expect(tuesdays).toEqual([
      '2026-01-06T07:00',
      '2026-02-03T07:00',
      '2026-03-03T07:00',
      '2026-04-07T07:00',
      '2026-05-06T07:00',
      '2026-06-02T07:00',
      '2026-07-07T07:00',
      '2026-08-04T07:00',
      '2026-09-01T07:00',
      '2026-10-06T07:00',
      '2026-11-03T07:00',
      '2026-12-01T07:00',
    ]);
  });
});
