import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/sla/presets/index.js';
import { fakeIo, runCli } from '../fake-io.js';

const spec = readFileSync(new URL('./spec-example.yaml', import.meta.url), 'utf8');

async function calendar(text: string, ...args: string[]) {
  return runCli(['calendar', '--sla', 'sla.yaml', ...args], fakeIo({ files: { 'sla.yaml': text } }));
}

describe('slacheck calendar --from --to: business time and segments', () => {
  // Wed 1 Apr 2026 15:00 to Tue 7 Apr 09:00 in the office calendar: 15:00-16:00 Wed (60 min), then
  // Skærtorsdag (Thu), Langfredag (Fri), the weekend, Anden påskedag (Mon), and Tue 08:00-09:00 (60 min) = 120 min.
  const easter = ['--calendar', 'office', '--from', '2026-04-01T15:00', '--to', '2026-04-07T09:00'];

  it('counts 2 hours across Easter, as a table', async () => {
    const { code, out, err } = await calendar(presets['dk-smb'], ...easter);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('business time  2h (120 minutes)');
    await expect(out).toMatchFileSnapshot('../golden/calendar.easter.txt');
  });

  it('counts 2 hours across Easter, as JSON', async () => {
    const { code, out } = await calendar(presets['dk-smb'], ...easter, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).business_minutes).toBe(120);
    await expect(out).toMatchFileSnapshot('../golden/calendar.easter.json');
  });

  it('uses the first calendar of the file without --calendar, and reads times with an offset', async () => {
    // The first calendar of the SPEC example is office: 13:00Z = 14:00 CET on Mon 5 Jan, to 16:00 = 2 hours.
    const { code, out } = await calendar(spec, '--from', '2026-01-05T13:00:00Z', '--to', '2026-01-05T17:00:00+01:00', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ calendar: 'office', from: '2026-01-05T14:00:00+01:00', business_minutes: 120 });
  });
});

describe('slacheck calendar --from --add: the due instant', () => {
  it('adds business time over Christmas with a half day (SPEC example)', async () => {
    // Tue 22 Dec 15:00 + 4h: 1h on the 22nd (15:00-16:00); 23 Dec is a half day (08:00-12:00) and
    // gives the other 3h (08:00-11:00): due Wed 23 Dec 11:00.
    const { code, out } = await calendar(spec, '--calendar', 'office', '--from', '2026-12-22T15:00', '--add', '4h');
    expect(code).toBe(0);
    expect(out).toContain('due            2026-12-23T11:00:00+01:00');
    await expect(out).toMatchFileSnapshot('../golden/calendar.christmas-add.txt');
  });

  it('skips the closed days from 24 December to 1 January', async () => {
    // Wed 23 Dec 10:00 + 4h: 2h on the half day (to 12:00); closed 24 (Juleaftensdag), 25-26 (holidays), 27 (Sun),
    // 28-30 open: Mon 28 Dec 08:00 + 2h = 10:00.
    const { out } = await calendar(spec, '--from', '2026-12-23T10:00', '--add', '4h', '--format', 'json');
    expect(JSON.parse(out)).toMatchObject({ add: '4h', due: '2026-12-28T10:00:00+01:00', business_minutes: 240 });
  });

  it('adds business days: 3bd from Wed 1 Apr 15:00 is Thu 9 Apr 15:00 after Easter', async () => {
    // Start offset k = 7h into Wed's service day (08:00-15:00). Following service days: Tue 7, Wed 8, Thu 9 Apr
    // (Thu 2, Fri 3, Mon 6 are holidays) -> the 3rd is Thu 9 Apr; k = 7h into it = 15:00.
    // Budget: 1h (Wed) + 8h (Tue) + 8h (Wed) + 7h (Thu) = 24h = 1440 minutes.
    const { out } = await calendar(
      presets['dk-smb'],
      '--calendar',
      'office',
      '--from',
      '2026-04-01T15:00',
      '--add',
      '3bd',
      '--format',
      'json',
    );
    expect(JSON.parse(out)).toMatchObject({ add: '3bd', due: '2026-04-09T15:00:00+02:00', business_minutes: 1440 });
    await expect(out).toMatchFileSnapshot('../golden/calendar.easter-3bd.json');
  });
});

describe('slacheck calendar: usage errors exit 2 with one clear line', () => {
  it.each([
    [
      ['--from', '2026-04-01T15:00'],
      'slacheck: give either --to or --add\n  e.g. --from 2026-04-01T15:00 --to 2026-04-07T09:00, or --from 2026-04-01T15:00 --add 4h\n',
    ],
    [
      ['--from', '2026-04-01T15:00', '--to', '2026-04-02', '--add', '4h'],
      'slacheck: give either --to or --add\n  e.g. --from 2026-04-01T15:00 --to 2026-04-07T09:00, or --from 2026-04-01T15:00 --add 4h\n',
    ],
    [
      ['--calendar', 'ofice', '--from', '2026-04-01', '--to', '2026-04-02'],
      'slacheck: --calendar: unknown calendar "ofice"; did you mean "office"?\n  calendars in the SLA file: office, oncall\n',
    ],
    [
      ['--from', '1/4/2026', '--to', '2026-04-02'],
      'slacheck: --from: cannot read "1/4/2026" as a time; write ISO 8601, e.g. 2026-04-01, 2026-04-01T15:00, 2026-04-01T15:00:00+02:00 or 2026-04-01T13:00Z\n',
    ],
    [['--from', '2026-04-02', '--to', '2026-04-01'], 'slacheck: --to: 2026-04-01 is before --from\n  give the earlier time as --from\n'],
    [
      ['--from', '2026-04-01', '--add', '30'],
      "slacheck: --add: 30 is a bare number, not a duration\n  add a unit (30m, 30h or 30bd): write 45m, 4h, 1h30m (business time in the policy's calendar) or 3bd (business days)\n",
    ],
  ])('%j', async (args, message) => {
    const { code, out, err } = await calendar(presets['dk-smb'], ...args);
    expect([code, out, err]).toEqual([2, '', message]);
  });
});

describe('slacheck calendar --add beyond ten years of the calendar', () => {
  // QA: 87600h on a calendar open one minute a week ran ~6 minutes, then out of memory with a native stack trace.
  const rare =
    'sla: 1\nname: x\ntimezone: Europe/Copenhagen\ncalendars:\n  rare:\n    hours: { mon: ["08:00-08:01"] }\nmetrics:\n  response: { start: created, stop: first_response }\npolicies:\n  - { name: All, calendar: rare, targets: { response: 1h } }\n';

  it('refuses a duration the calendar takes more than ten years (522 weeks) to reach, at once', async () => {
    const { code, out, err } = await calendar(rare, '--from', '2026-01-01', '--add', '87600h');
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      'slacheck: --add: 87600h takes the calendar "rare" more than ten years to reach\n  check the duration and the calendar\'s hours\n',
    );
  });

  it('adds 8h (480 weeks of one minute) as before', async () => {
    const { code, out } = await calendar(rare, '--from', '2026-01-01', '--add', '8h', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).due).toBe('2035-03-12T08:01:00+01:00');
  });
});
