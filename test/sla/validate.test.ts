import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/sla/presets/index.js';
import { fakeIo, runCli } from '../fake-io.js';

const spec = readFileSync(new URL('./spec-example.yaml', import.meta.url), 'utf8');

async function validate(text: string, ...args: string[]) {
  return runCli(['validate', 'sla.yaml', ...args], fakeIo({ files: { 'sla.yaml': text } }));
}

describe('slacheck validate: the summary', () => {
  it('of the dk-smb preset for 2026, as text', async () => {
    const { code, out, err } = await validate(presets['dk-smb'], '--year', '2026');
    expect([code, err]).toEqual([0, '']);
    await expect(out).toMatchFileSnapshot('../golden/validate.dk-smb.txt');
  });

  it('of the dk-smb preset for 2026, as JSON', async () => {
    const { code, out } = await validate(presets['dk-smb'], '--year', '2026', '--format', 'json');
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('../golden/validate.dk-smb.json');
  });

  it('of the SPEC example for 2026, as text', async () => {
    const { code, out } = await validate(spec, '--year', '2026');
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('../golden/validate.spec-example.txt');
  });

  it('lists the days that close the office in 2026: DK public holidays and Juleaftensdag', async () => {
    const summary = JSON.parse((await validate(presets['dk-smb'], '--year', '2026', '--format', 'json')).out);
    const office = summary.calendars.find((c: { name: string }) => c.name === 'office');
    expect(office.closed.map((h: { date: string }) => h.date)).toEqual(
      expect.arrayContaining(['2026-04-02', '2026-04-03', '2026-04-06', '2026-05-14', '2026-12-24', '2026-12-25']),
    );
    // Mon-Fri 08:00-16:00: 5 days x 8 hours = 40 hours a week; the on-call calendar is open 7 x 24 = 168.
    expect(summary.calendars.map((c: { weekly_hours: number }) => c.weekly_hours)).toEqual([40, 168]);
  });

  it('takes the year from the clock in the SLA time zone: 23:30 UTC on 31 December is already next year in Copenhagen', async () => {
    const io = fakeIo({ files: { 'sla.yaml': presets['dk-smb'] }, now: Date.UTC(2026, 11, 31, 23, 30) });
    const { code, out } = await runCli(['validate', 'sla.yaml', '--format', 'json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(out).year).toBe(2027);
  });

  it('prints warnings on stderr and still exits 0', async () => {
    const { code, out, err } = await validate(presets.minimal.replace('stop: resolved', 'stop: resolvd'), '--year', '2026');
    expect(code).toBe(0);
    expect(out).toContain('valid SLA file');
    expect(err).toBe(
      'slacheck: sla.yaml:29:11: warning: metrics.resolution.stop: "resolvd" is not a canonical ticket field; did you mean "resolved"?\n  a custom column of that name works too; then ignore this warning\n',
    );
  });
});

describe('slacheck validate: usage errors', () => {
  it('names a file that does not exist', async () => {
    const { code, out, err } = await runCli(['validate', 'nope.yaml']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      'slacheck: cannot read SLA file "nope.yaml": no such file\n  check the path, or run "slacheck init" to write a starter file\n',
    );
  });

  it('refuses a year that is not one', async () => {
    const { code, err } = await validate(presets.minimal, '--year', '26');
    expect(code).toBe(2);
    expect(err).toBe('slacheck: --year: expected a year such as 2026, found "26"\n');
  });
});

describe('slacheck validate: closed days and own hours', () => {
  it('lists an override once, under its own hours, and names explicit closed dates', async () => {
    const text = presets.minimal.replace(
      '    # holidays:\n',
      '    overrides:\n      2026-06-05: []\n      2026-12-23: ["09:00-12:00"]\n    holidays:\n      dates: [2026-12-31]\n    # holidays:\n',
    );
    const { code, out } = await validate(text, '--year', '2026');
    expect(code).toBe(0);
    expect(out).toContain(
      [
        '  office: 40h a week, Europe/London',
        '    weekdays  09:00-17:00',
        '    closed in 2026:',
        '      2026-12-31  Thu  closed (holidays: dates)',
        '    own hours in 2026:',
        '      2026-06-05  Fri  closed',
        '      2026-12-23  Wed  09:00-12:00',
      ].join('\n'),
    );
  });
});
