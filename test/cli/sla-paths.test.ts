import { describe, expect, it } from 'vitest';
import { resolveSlaPath } from '../../src/cli/sla-paths.js';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Paths the SLA file names (input.events.file; later outages, ICS files,
 * notes) are relative to the SLA file's folder, as tsconfig and
 * docker-compose read theirs; paths on the command line stay relative to the
 * current directory. `--events` replaces input.events.file (SPEC 4: a flag
 * overrides the file).
 */
const SLA = (events: string) => `sla: 1
name: paths
timezone: UTC
calendars: { always: 24x7 }
metrics:
  resolution: { start: created, stop: resolved, pause_when_status: [Waiting] }
policies: [{ name: all, calendar: always, targets: { resolution: 4h } }]
goals: { resolution: 90% }
input:
  events: { file: ${events} }
`;
const TICKETS = 'id,created,resolved\nT1,2026-10-05 08:00,2026-10-05 14:00\n';
// T1 waits for 3 hours: resolved in 3 h of business time, within 4 h.
const HISTORY = 'ticket,at,status\nT1,2026-10-05 09:00,Waiting\nT1,2026-10-05 12:00,Open\n';
// --max-staleness: a one-ticket export ends weeks before the month does; its age is not what these tests are about.
const RUN = ['report', '--month', '2026-10', '--as-of', '2026-11-02', '--max-staleness', '40d', '--format', 'json'];

function attainment(out: string): unknown {
  return (JSON.parse(out) as { kpis: { attainment_percent: unknown }[] }).kpis[0]?.attainment_percent;
}

describe('paths in the SLA file are relative to the SLA file', () => {
  it('reads input.events.file beside the SLA file when run from another directory', async () => {
    const io = fakeIo({ files: { 'conf/sla.yaml': SLA('events.csv'), 'conf/events.csv': HISTORY, 'tickets.csv': TICKETS } });
    const { code, out, err } = await runCli([...RUN, '--sla', 'conf/sla.yaml', 'tickets.csv'], io);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(attainment(out)).toBe(100);
  });

  it('names the resolved path when the file is not there', async () => {
    const io = fakeIo({ files: { 'conf/sla.yaml': SLA('events.csv'), 'events.csv': HISTORY, 'tickets.csv': TICKETS } });
    const { code, err } = await runCli([...RUN, '--sla', 'conf/sla.yaml', 'tickets.csv'], io);
    expect(code).toBe(2);
    expect(err).toContain('slacheck: conf/events.csv: cannot open the file: no such file');
  });

  it('keeps an absolute path as it is', async () => {
    const io = fakeIo({ files: { 'conf/sla.yaml': SLA('/srv/sla/events.csv'), '/srv/sla/events.csv': HISTORY, 'tickets.csv': TICKETS } });
    const { code, out } = await runCli([...RUN, '--sla', 'conf/sla.yaml', 'tickets.csv'], io);
    expect(code).toBe(0);
    expect(attainment(out)).toBe(100);
  });

  it('resolveSlaPath: relative to the SLA file\'s folder; absolute paths and "-" as they are', () => {
    expect(resolveSlaPath('sla.yaml', 'events.csv')).toBe('events.csv');
    expect(resolveSlaPath('conf/sla.yaml', 'events.csv')).toBe('conf/events.csv');
    expect(resolveSlaPath('conf/sla.yaml', '../data/events.csv')).toBe('data/events.csv');
    expect(resolveSlaPath('/etc/slacheck/sla.yaml', 'holidays.ics')).toBe('/etc/slacheck/holidays.ics');
    expect(resolveSlaPath('conf/sla.yaml', '/srv/events.csv')).toBe('/srv/events.csv');
    expect(resolveSlaPath('conf/sla.yaml', '-')).toBe('-');
  });
});

describe('--events replaces input.events.file', () => {
  it("does not open the SLA file's history when --events is given", async () => {
    const io = fakeIo({ files: { 'sla.yaml': SLA('missing.csv'), 'other.csv': HISTORY, 'tickets.csv': TICKETS } });
    const { code, out, err } = await runCli([...RUN, '--sla', 'sla.yaml', 'tickets.csv', '--events', 'other.csv'], io);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(attainment(out)).toBe(100);
  });

  it("reads only the command line's history, not both", async () => {
    // The SLA file's history pauses T1 for 3 h (met); the flag's has no pause, so the clock runs 6 h: breached.
    const io = fakeIo({
      files: {
        'sla.yaml': SLA('events.csv'),
        'events.csv': HISTORY,
        'mine.csv': 'ticket,at,status\nT1,2026-10-05 08:30,Open\n',
        'tickets.csv': TICKETS,
      },
    });
    const { out } = await runCli([...RUN, '--sla', 'sla.yaml', 'tickets.csv', '--events', 'mine.csv'], io);
    expect(attainment(out)).toBe(0);
  });
});
