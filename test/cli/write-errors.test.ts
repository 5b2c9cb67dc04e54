import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Write errors on stdout, through the real program (bin/slacheck.js, built by
 * `npm test`): a reader that stops early (`| head -1`) ends the output
 * quietly, and the exit code is still the verdict (0, or 1 for a threshold
 * missed); a full disk (/dev/full) is one line and exit 2, never the
 * "goal missed" code 1 and never a stack trace.
 */
const dir = mkdtempSync(join(tmpdir(), 'slacheck-write-'));
const sla = join(dir, 'sla.yaml');
const tickets = join(dir, 'tickets.csv');
writeFileSync(
  sla,
  `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { office: { hours: { mon-fri: ["08:00-16:00"] } } }
metrics: { response: { start: created, stop: first_response } }
policies: [{ name: all, calendar: office, targets: { response: 4h } }]
input: { date_format: yyyy-MM-dd HH:mm }
`,
);
// 5,000 open tickets: a table of about 0.6 MB, far more than a pipe holds (64 KB).
writeFileSync(
  tickets,
  `id,created,first_response\n${Array.from({ length: 5000 }, (_, i) => `T-${i},2026-10-${String(1 + (i % 28)).padStart(2, '0')} 09:00,`).join('\n')}\n`,
);
// --max-staleness: the October tickets are judged as of January; the export's age is not what these tests are about.
const ARGS = [
  'bin/slacheck.js',
  'check',
  '--all',
  '--sla',
  sla,
  tickets,
  '--as-of',
  '2027-01-01',
  '--max-staleness',
  '100d',
  '--fail-on-breach',
];

describe('write errors on stdout (real bin)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The first chunk of stdout, then the pipe closed by its reader (`| head -1`): the run's stderr and exit status. */
  async function headOne(args: readonly string[]): Promise<{ first: string; err: string; status: number | null }> {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (err += t));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
    return { first, err, status };
  }

  it('ends quietly with exit 0 when the reader closes the pipe early (| head -1)', async () => {
    const { first, err, status } = await headOne(ARGS.filter((a) => a !== '--fail-on-breach'));
    expect(first).toMatch(/^Records: all records/);
    expect(err).toBe('');
    expect(status).toBe(0);
  });

  it('still exits 1 under --fail-on-breach when the reader closed the pipe early: the exit code is the verdict', async () => {
    const { first, err, status } = await headOne(ARGS);
    expect(first).toMatch(/^Records: all records/);
    expect(err).toBe('slacheck: 5000 records breached or overdue (--fail-on-breach)\n');
    expect(status).toBe(1);
  });

  it('is one line and exit 2 on a full disk (/dev/full), without a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, ARGS, { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.stderr).toBe('slacheck: cannot write to stdout: no space left on the device (ENOSPC)\n');
      expect(run.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
