import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';
import { readFileSync } from 'node:fs';

/**
 * The real program, as a user starts it (the built bin/slacheck.js; `npm test`
 * builds first): the shebang, the exit codes, and the one thing only the real
 * Io does, reading the status history on a worker thread.
 */
const bin = (args: string[]) =>
  spawnSync(process.execPath, ['bin/slacheck.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const EXAMPLE = [
  '--sla',
  'fixtures/example/sla.yaml',
  'fixtures/example/tickets.csv',
  '--events',
  'fixtures/example/events.csv',
  '--as-of',
  '2027-01-05T12:00',
];

describe('bin/slacheck.js', () => {
  it('starts, prints its version and exits 0', () => {
    const run = bin(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("names a folder given as a ticket file as a folder, not in Node's words (QA)", () => {
    const run = bin(['report', '--sla', 'fixtures/example/sla.yaml', 'fixtures/example', '--events', 'fixtures/example/events.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('slacheck: fixtures/example: cannot read the file: it is a folder\n  name the export file inside it');
  });

  it('an --output into a folder that does not exist: one line, exit 2, no claim about a file that was never there (review)', () => {
    const run = bin(['report', ...EXAMPLE, '--output', 'no-such-folder-for-slacheck/x.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('slacheck: cannot write "no-such-folder-for-slacheck/x.json": no such folder (ENOENT)\n');
  });

  it('exits 2 on bad usage, with one line on stderr and no stack trace', () => {
    const run = bin(['check', '--nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^slacheck: /);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('reads the history on a worker thread also when node was started with options of its own (-e, --input-type)', () => {
    const script = `process.argv = [process.argv[0], 'bin/slacheck.js', ...${JSON.stringify(['report', ...EXAMPLE, '--month', '2026-10', '--format', 'json'])}]; await import('./bin/slacheck.js');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).kpis.length).toBeGreaterThan(0);
  });

  it('reads the history on a worker thread with the same result as reading it after the tickets', async () => {
    const files = Object.fromEntries(
      ['fixtures/example/sla.yaml', 'fixtures/example/tickets.csv', 'fixtures/example/events.csv'].map((f) => [f, readFileSync(f)]),
    );
    for (const command of [
      ['report', '--month', '2026-10'],
      ['check', '--all'],
    ]) {
      const args = [...command, ...EXAMPLE, '--format', 'json'];
      const real = bin(args);
      // The fake Io has no worker: it reads the history on this thread, after the tickets.
      const inProcess = await runCli(args, fakeIo({ files }));
      expect(real.status).toBe(inProcess.code);
      expect(real.stdout).toBe(inProcess.out);
      expect(real.stderr).toBe(inProcess.err);
      expect(JSON.parse(real.stdout).schema_version).toBe(1);
    }
  });
});
