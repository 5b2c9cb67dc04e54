import { execFileSync, spawn } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtomicFile, removePendingTemps } from '../../src/cli/atomic-file.js';
import { exampleIo, runExample } from './example-io.js';

/** `--output FILE`: the file is replaced in one step by a complete output, or left as it was. */
describe('--output', () => {
  it('writes the output to the file and nothing to stdout', async () => {
    const io = exampleIo();
    const { code, out } = await runExample('report', ['--month', '2026-10', '--format', 'json', '--output', 'reports/october.json'], io);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(JSON.parse(io.files.get('reports/october.json')!.toString('utf8')).schema_version).toBe(1);
  });

  it('writes the same bytes as stdout would get, without colour even on a terminal', async () => {
    const io = exampleIo({ tty: true });
    await runExample('check', ['--output', 'breaches.txt'], io);
    const plain = await runExample('check', []);
    expect(io.files.get('breaches.txt')!.toString('utf8')).toBe(plain.out);
  });

  it('leaves the last good file as it was when the disk fills up, with one line and exit 2', async () => {
    const io = exampleIo({ files: { 'report.json': 'last good report' }, diskSpace: 1000 });
    const { code, err } = await runExample('report', ['--format', 'json', '--output', 'report.json'], io);
    expect(code).toBe(2);
    expect(err).toBe('slacheck: cannot write "report.json": no space left on the device (ENOSPC); the file is left as it was\n');
    expect(io.files.get('report.json')!.toString('utf8')).toBe('last good report');
  });

  it("refuses an --output that is one of the run's inputs, before reading anything (QA: the export was replaced)", async () => {
    const io = exampleIo();
    const { code, err } = await runExample('report', ['--output', 'fixtures/example/tickets.csv'], io);
    expect(code).toBe(2);
    expect(err).toContain('--output fixtures/example/tickets.csv is an input of this run');
  });

  it('leaves the last good file as it was when the run fails (a bad row under --strict)', async () => {
    const io = exampleIo();
    io.files.set('report.json', Buffer.from('last good report'));
    const { code } = await runExample('report', ['--strict', '--format', 'json', '--output', 'report.json'], io);
    expect(code).toBe(2);
    expect(io.files.get('report.json')!.toString('utf8')).toBe('last good report');
  });

  it('still writes the report when a threshold is missed (exit 1: the report says why)', async () => {
    const io = exampleIo();
    const { code } = await runExample(
      'report',
      ['--month', '2026-10', '--fail-under-goal', '--format', 'markdown', '--output', 'report.md'],
      io,
    );
    expect(code).toBe(1);
    expect(io.files.get('report.md')!.toString('utf8')).toContain('### KPIs');
  });
});

describe('the atomic file (real file system)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slacheck-output-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('puts the text in place on commit, in one rename, and leaves no temp file', async () => {
    const path = join(dir, 'a.csv');
    writeFileSync(path, 'old');
    const file = openAtomicFile(path, 'test-1');
    for (let i = 0; i < 20_000; i++) file.write(`row ${i}\n`);
    expect(readFileSync(path, 'utf8')).toBe('old');
    await file.commit();
    expect(readFileSync(path, 'utf8').split('\n')[19_999]).toBe('row 19999');
    expect(leftovers()).toEqual([]);
  });

  it('leaves the old file and no temp file on abort', async () => {
    const path = join(dir, 'b.csv');
    writeFileSync(path, 'old');
    const file = openAtomicFile(path, 'test-2');
    for (let i = 0; i < 20_000; i++) file.write(`row ${i}\n`);
    await file.abort();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(dir, 'c.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    const file = openAtomicFile(path, 'test-3');
    file.write('new');
    await file.commit();
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('fails at once, naming the file, when its folder does not exist or it is a folder', () => {
    expect(() => openAtomicFile(join(dir, 'no-such-folder', 'x.json'), 'test-4')).toThrow(
      'cannot write "' + join(dir, 'no-such-folder', 'x.json') + '": no such folder (ENOENT)',
    );
    mkdirSync(join(dir, 'folder'));
    expect(() => openAtomicFile(join(dir, 'folder'), 'test-5')).toThrow(/it is a folder \(EISDIR\)/);
  });

  // QA: `--output /dev/full` as root replaced the device with a regular file; a symlink was replaced by a file.
  it('follows a symbolic link: the file it points at is replaced, the link stays', async () => {
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync('target.txt', link);
    const file = openAtomicFile(link, 'test-6');
    file.write('new');
    await file.commit();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(leftovers()).toEqual([]);
  });

  it('writes into a FIFO (or a device) as it is, never renaming over it', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const file = openAtomicFile(fifo, 'test-7');
    file.write('through the pipe\n');
    // The reader, another process started first, holds the FIFO open; commit() opens it for writing, writes and closes.
    const cat = spawn('cat', [fifo]);
    const reader = new Promise<string>((done) => {
      let out = '';
      cat.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      cat.on('close', () => done(out));
    });
    await file.commit();
    expect(await reader).toBe('through the pipe\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('removes the temp files of outputs still open when the run is stopped by a signal (bin/slacheck.js)', () => {
    const path = join(dir, 'd.csv');
    writeFileSync(path, 'old');
    const file = openAtomicFile(path, 'test-8');
    file.write('half');
    expect(leftovers()).toHaveLength(1);
    removePendingTemps();
    expect(leftovers()).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});
