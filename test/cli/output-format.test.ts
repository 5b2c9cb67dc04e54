import { describe, expect, it } from 'vitest';
import { runExample } from './example-io.js';

/**
 * Issue 18: `--output x.md` without `--format` writes Markdown, and
 * `.json`, `.csv`, `.ndjson`, `.html`, `.txt` likewise; an extension that
 * contradicts `--format`, or names a format the command does not write, is
 * an error before any ticket is read. Other extensions keep the default.
 */
describe('--output chooses the format by its extension', () => {
  it.each([
    ['report.md', '### KPIs: period 2026-10'],
    ['report.json', '{\n  "schema_version": 1,'],
    ['report.csv', 'policy,metric,count,'],
    ['report.ndjson', '{"type":"'],
    ['report.txt', 'KPIs: period 2026-10'],
    ['report.out', 'KPIs: period 2026-10'],
  ])('report --output %s', async (file, start) => {
    const { code, io } = await runExample('report', ['--month', '2026-10', '--output', file]);
    expect(code).toBe(0);
    expect(io.files.get(file)?.toString().startsWith(start)).toBe(true);
  });

  it('review --output x.md writes Markdown, not HTML', async () => {
    const { code, io } = await runExample('review', ['--month', '2026-12', '--output', 'review.md']);
    expect(code).toBe(0);
    expect(io.files.get('review.md')?.toString()).toMatch(/^# Månedsrapport: December 2026\n/);
  });

  it('review --output x.json writes JSON', async () => {
    const { io } = await runExample('review', ['--month', '2026-12', '--output', 'review.json']);
    expect(JSON.parse(io.files.get('review.json')!.toString()).schema_version).toBe(1);
  });

  it('an extension that contradicts --format is an error, before anything is read or written', async () => {
    const { code, err, io } = await runExample('report', ['--month', '2026-10', '--format', 'csv', '--output', 'report.json']);
    expect(code).toBe(2);
    expect(err).toBe(
      'slacheck: --output report.json asks for json by its extension, but --format is csv\n  leave out --format, or name the file for csv (report.csv)\n',
    );
    expect(io.files.has('report.json')).toBe(false);
  });

  it('an extension of a format the command does not write is an error', async () => {
    const { code, err } = await runExample('check', ['--month', '2026-10', '--output', 'breaches.html']);
    expect(code).toBe(2);
    expect(err).toBe(
      'slacheck: --output breaches.html asks for html by its extension, which check does not write\n  check writes table, json, csv, ndjson, markdown; give --format, or another file name\n',
    );
  });

  it('a matching --format is fine', async () => {
    const { code, io } = await runExample('report', ['--month', '2026-10', '--format', 'markdown', '--output', 'r.markdown']);
    expect(code).toBe(0);
    expect(io.files.get('r.markdown')?.toString()).toMatch(/^### KPIs/);
  });

  it('composes with {period}: the extension of the name chooses the format, and the placeholder is filled in', async () => {
    const { code, io } = await runExample('report', ['--as-of', '2026-11-02', '--month', '2026-10', '--output', 'reports/sla-{period}.md']);
    expect(code).toBe(0);
    expect(io.files.get('reports/sla-2026-10.md')?.toString()).toMatch(/^### KPIs: period 2026-10/);
    // A placeholder in the extension names no format before or after it is filled in: the default table.
    const plain = await runExample('report', ['--as-of', '2026-11-02', '--month', '2026-10', '--output', 'sla.{period}']);
    expect(plain.io.files.get('sla.2026-10')?.toString()).toMatch(/^KPIs: period 2026-10/);
  });

  it('--csv-dialect is checked against the format the extension chose', async () => {
    const csv = await runExample('check', [
      '--as-of',
      '2026-11-02',
      '--month',
      '2026-10',
      '--csv-dialect',
      'excel',
      '--output',
      'b-{period}.csv',
    ]);
    expect(csv.code).toBe(0);
    // excel: a UTF-8 BOM, then the header.
    expect(csv.io.files.get('b-2026-10.csv')?.toString()).toMatch(/^\uFEFFticket,/);
    const md = await runExample('check', ['--month', '2026-10', '--csv-dialect', 'excel', '--output', 'b.md']);
    expect(md.code).toBe(2);
    expect(md.err).toBe(
      'slacheck: --csv-dialect excel shapes csv output; the markdown output would ignore it\n  add --format csv, or leave out --csv-dialect\n',
    );
    expect(md.io.files.has('b.md')).toBe(false);
  });
});
