import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtomicFile } from '../../src/cli/atomic-file.js';
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

  it('leaves the last good file as it was when the run fails (a bad row under --strict)', async () => {
    const io = exampleIo();
    io.files.set('report.json', Buffer.from('last good report'));
    const { code } = await runExample('report', ['--strict', '--format', 'json', '--output', 'report.json'], io);
    expect(code).toBe(2);
    expect(io.files.get('report.json')!.toString('utf8')).toBe('last good report');
  });

  it('still writes the report when a threshold is missed (exit 1: the report says why)', async () => {
    const io = exampleIo();
    const { code } = await runExample('report', ['--month', '2026-10', '--fail-under-goal', '--format', 'markdown', '--output', 'report.md'], io);
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
    expect(() => openAtomicFile(join(dir, 'no-such-folder', 'x.json'), 'test-4')).toThrow('cannot write "' + join(dir, 'no-such-folder', 'x.json') + '": no such folder (ENOENT)');
    mkdirSync(join(dir, 'folder'));
    expect(() => openAtomicFile(join(dir, 'folder'), 'test-5')).toThrow(/it is a folder \(EISDIR\)/);
  });
});
