import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/** Issue 18: what `validate` now says that it did not. */
const BASE = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars:
  kontor:
    hours: { mon-fri: ["08:00-16:00"] }
    holidays: { country: DK }
metrics: { resolution: { start: created, stop: resolved } }
policies:
  - name: P2 old
    when: { priority: P2 }
    valid_until: 2026-07-15
    calendar: kontor
    targets: { resolution: 8h }
  - name: P2 new
    when: { priority: P2 }
    valid_from: 2026-07-01
    calendar: kontor
    targets: { resolution: 6h }
`;

async function validate(text: string, ...args: string[]) {
  return runCli(['validate', 'sla.yaml', '--year', '2026', ...args], fakeIo({ files: { 'sla.yaml': text } }));
}

describe('two versions of a policy that overlap', () => {
  it('warn: tickets created on the shared dates get the earlier one', async () => {
    const { code, err } = await validate(BASE);
    expect(code).toBe(0);
    expect(err).toBe(
      'slacheck: sla.yaml:15:5: warning: policies[1]: tickets with priority P2 created from 2026-07-01 to 2026-07-15 match "P2 old" and "P2 new": the first one wins, so "P2 new" starts only on 2026-07-16\n' +
        '  versions of an agreement follow each other: end valid_until of "P2 old" on 2026-06-30, or start valid_from of "P2 new" on 2026-07-16\n',
    );
  });

  it('say nothing when they follow each other', async () => {
    const { err } = await validate(BASE.replace('valid_until: 2026-07-15', 'valid_until: 2026-06-30'));
    expect(err).toBe('');
  });
});

describe('report.due.working_day that can fall outside the month after the period', () => {
  const due = (n: number) =>
    `${BASE.replace('valid_until: 2026-07-15', 'valid_until: 2026-06-30')}report: { due: { working_day: ${n}, calendar: kontor } }\n`;

  it('warns with the months in the year where the calendar has fewer working days', async () => {
    const { code, err } = await validate(due(20));
    expect(code).toBe(0);
    // Mon-Fri minus DK holidays in 2026: February 20 weekdays; April 22 - 3 (Maundy Thursday, Good Friday, Easter Monday) = 19;
    // May 21 - 2 (Ascension 14 May, Whit Monday 25 May) = 19; every other month 21 or more.
    expect(err).toBe(
      'slacheck: sla.yaml:20:31: warning: report.due.working_day: working day 20 of the month after the period falls outside that month in April and May 2026: the calendar "kontor" has 19 and 19 working days there, so the deadline moves into the month after\n' +
        '  a deadline is due in the month after the period: take a working day of at most 19\n',
    );
  });

  it('says nothing when every month has that many', async () => {
    expect((await validate(due(5))).err).toBe('');
  });
});

describe('statuses that mean resolved, when the file names its preset', () => {
  it("shows the preset's list, as for waiting", async () => {
    const { out } = await validate(`${BASE.replace('valid_until: 2026-07-15', 'valid_until: 2026-06-30')}input: { preset: zendesk }\n`);
    expect(out).toContain("statuses that mean resolved: Solved, Closed (the zendesk preset's)\n");
    expect(out).not.toContain('not set (the export preset decides)');
  });

  it('says the export decides when no preset is named', async () => {
    const { out } = await validate(BASE.replace('valid_until: 2026-07-15', 'valid_until: 2026-06-30'));
    expect(out).toContain('statuses that mean resolved: not set (the export preset decides)\n');
  });
});
