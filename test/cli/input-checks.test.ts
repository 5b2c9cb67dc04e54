import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/calendar/wall-clock.js';
import { fakeIo, runCli } from '../fake-io.js';

/** Issue 8, input side, through the CLI: stdin, periods, run-level warnings, the SLA file's size. */
const SLA = readFileSync('test/errors/_tickets-sla.yaml', 'utf8');
const PAUSING = SLA.replace(
  '    stop: [first_response, resolved]',
  '    stop: [first_response, resolved]\n  resolution:\n    start: created\n    stop: resolved\n    pause_when_status: ["Afventer kunde"]',
).replace('targets: { response: 4h }', 'targets: { response: 4h, resolution: 8h }');
const CSV =
  'id,created,first_response,resolved,status\nNL-1,2026-05-04 09:00,2026-05-04 09:30,2026-05-04 12:00,Resolved\nNL-2,2026-05-05 09:00,2026-05-05 09:10,,Closed\n';

type Json = { records: { ticket: string }[]; warnings: { code: string; file: string | null; line: number | null; message: string }[] };
const json = (out: string) => JSON.parse(out) as Json;

function check(args: string[], options: { files?: Record<string, string | Buffer>; stdin?: string | Buffer } = {}) {
  const io = fakeIo({
    files: { 'sla.yaml': SLA, 'pausing.yaml': PAUSING, 't.csv': CSV, ...options.files },
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  return runCli(['check', '--sla', 'sla.yaml', '--as-of', '2026-06-01', '--all', '--format', 'json', ...args], io);
}

describe('"-" reads the ticket export from standard input', () => {
  it('plain or gzip-compressed, named <stdin> in messages', async () => {
    for (const stdin of [CSV, gzipSync(CSV)]) {
      const { code, out } = await check(['-'], { stdin });
      expect(code).toBe(0);
      expect(json(out).records.map((r) => r.ticket)).toEqual(['NL-1', 'NL-2']);
    }
    const { err } = await check(['-'], { stdin: `${CSV}NL-3,nope,,,\n` });
    expect(err).toContain('slacheck: <stdin>: warning: 1 row skipped: 1 unparseable date (line 4)');
  });

  it('beside files, and at most once', async () => {
    expect(json((await check(['t.csv', '-'], { stdin: 'id,created\nNL-9,2026-05-06 09:00\n' })).out).records.map((r) => r.ticket)).toEqual([
      'NL-1',
      'NL-2',
      'NL-9',
    ]);
    const twice = await check(['-', '--events', '-'], { stdin: CSV });
    expect(twice.code).toBe(2);
    expect(twice.err).toBe('slacheck: "-" (standard input) can be read only once\n  give one of the files as "-", the others by name\n');
  });
});

describe('periods', () => {
  it('a period after the as-of instant is an error', async () => {
    const { code, err } = await check(['t.csv', '--month', '2026-07']);
    expect(code).toBe(2);
    expect(err).toBe(
      'slacheck: the period 2026-07 starts after the as-of instant 2026-06-01T00:00:00+02:00\n  pass an earlier period, or a later --as-of (the default is now)\n',
    );
  });

  it('an empty period gets a warning saying when the tickets were created', async () => {
    const { code, out, err } = await check(['t.csv', '--month', '2026-02']);
    expect(code).toBe(0);
    expect(json(out).warnings.map((w) => w.code)).toEqual(['evaluate.empty-period']);
    expect(err).toBe(
      'slacheck: warning: no ticket was active in the period 2026-02 [2026-02-01T00:00:00+01:00, 2026-03-01T00:00:00+01:00): nothing to report\n  the tickets were created from 2026-05-04 to 2026-05-05; check the period, or whether the export covers it\n',
    );
  });
});

describe('run-level warnings', () => {
  it('pause_when_status without a status history', async () => {
    const { out } = await check(['--sla', 'pausing.yaml', 't.csv']);
    expect(json(out).warnings.find((w) => w.code === 'evaluate.pauses-without-history')?.message).toBe(
      'metric "resolution" ("Afventer kunde") pauses while a ticket has a status, but no status history was given: nothing is paused',
    );
    // A history whose rows all belong to other tickets pauses nothing either, and the warning says so.
    const others = await check(['--sla', 'pausing.yaml', 't.csv', '--events', 'e.csv'], {
      files: { 'e.csv': 'ticket,at,status\nXX-1,2026-05-04 09:00,Afventer kunde\nXX-1,2026-05-04 10:00,Open\n' },
    });
    expect(json(others.out).warnings.find((w) => w.code === 'evaluate.pauses-without-history')?.message).toBe(
      'metric "resolution" ("Afventer kunde") pauses while a ticket has a status, but none of the status history\'s 2 rows was used: nothing is paused',
    );
  });

  it('tickets in a done status without a resolved time', async () => {
    const { out } = await check(['--sla', 'pausing.yaml', 't.csv']);
    expect(json(out).warnings.find((w) => w.code === 'evaluate.done-without-resolved')).toEqual({
      code: 'evaluate.done-without-resolved',
      file: 't.csv',
      line: 3,
      column: null,
      row: null,
      message: '1 ticket has a done status but no resolved or closed time ("NL-2" (Closed)): its resolution clock runs on',
    });
  });

  it('duplicate ids carry file and line in JSON', async () => {
    const { out } = await check(['t.csv', 'again.csv'], { files: { 'again.csv': CSV } });
    const merged = json(out).warnings.find((w) => w.code === 'tickets.merged-duplicates');
    expect([merged?.file, merged?.line]).toEqual(['again.csv', 2]);
  });
});

describe('the SLA file', () => {
  it('over 1 MB is refused at once, naming the line the limit falls on', async () => {
    const big = `${SLA}priorities:\n  map:\n${Array.from({ length: 80_000 }, (_, i) => `    k${i}: P1\n`).join('')}`;
    const { code, err } = await check(['t.csv'], { files: { 'sla.yaml': big } });
    expect(code).toBe(2);
    expect(err).toMatch(/^slacheck: sla\.yaml:\d+: the SLA file goes on past 1 MB here \(it is 1\.\d MB\): an SLA file is at most 1 MB\n/);
  });
});

describe('offsets before standard time', () => {
  it('print with their seconds: +00:53:28, not +00:53.4666', () => {
    expect(formatInstant('Europe/Copenhagen', Date.UTC(1850, 0, 1, 12))).toBe('1850-01-01T12:53:28+00:53:28');
    expect(formatInstant('America/New_York', Date.UTC(1880, 0, 1))).toBe('1879-12-31T19:03:58-04:56:02');
    expect(formatInstant('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe('2026-01-01T05:30:00+05:30');
  });
});
