import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_STALENESS_MS, spanText, staleExports } from '../../src/evaluate/stale-export.js';
import { monthPeriod } from '../../src/evaluate/periods.js';
import { runCli } from '../fake-io.js';
import { EVENTS, exampleIo, exportTakenAt, SLA, TICKETS } from '../cli/example-io.js';

const ZONE = 'Europe/Copenhagen';
const HOUR = 3_600_000;
const november = monthPeriod(ZONE, 2026, 11);
// 2026-12-01T00:00+01:00, the end of November in Copenhagen.
const END = Date.UTC(2026, 10, 30, 23, 0);

describe('staleExports (issue 22)', () => {
  const newest = (hoursBeforeEnd: number) => [{ file: 't.csv', at: END - hoursBeforeEnd * HOUR, field: 'updated', line: 48 }];

  it('says nothing when the newest activity is within the margin of the period end', () => {
    expect(staleExports(newest(23), november, END + 6 * HOUR, DEFAULT_MAX_STALENESS_MS, ZONE)).toEqual([]);
    expect(staleExports(newest(24), november, END + 6 * HOUR, DEFAULT_MAX_STALENESS_MS, ZONE)).toEqual([]);
  });

  it('warns past the margin, naming the newest activity, the gap and the moment judged', () => {
    // Newest 2026-11-20 14:05 (+01:00); the period ends 2026-12-01 00:00: 10 days 9 hours 55 minutes.
    const at = Date.UTC(2026, 10, 20, 13, 5);
    const [p] = staleExports([{ file: 't.csv', at, field: 'updated', line: 48 }], november, END + 6 * HOUR, DEFAULT_MAX_STALENESS_MS, ZONE);
    expect(p).toMatchObject({ code: 'evaluate.stale-export', severity: 'warning', where: { file: 't.csv', line: 48 } });
    expect(p!.message).toBe(
      'the newest activity in the export is 2026-11-20T14:05:00+01:00 (updated, line 48), 10 days 9 hours before the end of the period 2026-11 (2026-12-01T00:00:00+01:00): the export looks stale or cut off, so tickets created since are missing and tickets resolved since are judged as still open',
    );
    expect(p!.hint).toContain('pass --as-of 2026-11-20T14:05:00+01:00');
  });

  it('judges at the as-of instant when it comes before the period end (this month, mid-month)', () => {
    const asOf = Date.UTC(2026, 10, 15, 11, 0);
    expect(
      staleExports([{ file: 't.csv', at: asOf - 30 * HOUR, field: 'created', line: 2 }], november, asOf, DEFAULT_MAX_STALENESS_MS, ZONE)[0]!
        .message,
    ).toContain('1 day 6 hours before the as-of instant 2026-11-15T12:00:00+01:00');
    expect(staleExports([{ file: 't.csv', at: asOf - 30 * HOUR, field: 'created', line: 2 }], undefined, asOf, 48 * HOUR, ZONE)).toEqual(
      [],
    );
  });

  it('judges each ticket file on its own: one stale queue among fresh ones is named', () => {
    const files = [
      { file: 'a.csv', at: END - HOUR, field: 'updated', line: 9 },
      { file: 'b.csv', at: END - 100 * HOUR, field: 'resolved', line: 4 },
    ];
    expect(staleExports(files, november, END, DEFAULT_MAX_STALENESS_MS, ZONE).map((p) => p.where.file)).toEqual(['b.csv']);
  });

  it('writes spans in their two largest units', () => {
    expect([spanText(45 * 60_000), spanText(HOUR), spanText(25 * HOUR + 60_000), spanText(24 * HOUR), spanText(49 * HOUR)]).toEqual([
      '45 minutes',
      '1 hour',
      '1 day 1 hour',
      '1 day',
      '2 days 1 hour',
    ]);
  });
});

describe('a November report from an export taken on 20 November', () => {
  const run = (command: string, ...args: string[]) => {
    const io = exampleIo();
    // The bundled example as if exported on 20 November 2026 at 23:59.
    io.files.set('stale.csv', Buffer.from(exportTakenAt(readFileSync(TICKETS, 'utf8'), '2026-11-20 23:59')));
    return runCli([command, '--sla', SLA, 'stale.csv', '--events', EVENTS, '--as-of', '2026-12-01T06:00', ...args], io);
  };

  it('warns that the export looks stale, with its newest activity', async () => {
    const { code, err } = await run('report', '--month', '2026-11');
    expect(code).toBe(0);
    expect(err).toMatch(
      /slacheck: stale\.csv:\d+: warning: the newest activity in the export is 2026-11-\d\dT\d\d:\d\d:00\+01:00 \(\w+, line \d+\), \d+ days \d+ hours before the end of the period 2026-11 \(2026-12-01T00:00:00\+01:00\)/,
    );
  });

  it('carries the warning in the JSON output', async () => {
    const { out } = await run('report', '--month', '2026-11', '--format', 'json');
    expect((JSON.parse(out) as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toContain('evaluate.stale-export');
  });

  it('is exit 2 under --strict, with no report', async () => {
    const { code, out, err } = await run('report', '--month', '2026-11', '--strict');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('the export looks stale or cut off');
  });

  it('takes a larger margin with --max-staleness, and refuses a duration it cannot read', async () => {
    expect((await run('report', '--month', '2026-11', '--max-staleness', '14d')).err).not.toContain('looks stale');
    const bad = await run('report', '--month', '2026-11', '--max-staleness', '2 weeks');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      'slacheck: --max-staleness: "2 weeks" is not a duration\n  write days, hours and minutes, e.g. 24h, 3d, 1d12h or 90m\n',
    );
  });

  it('says nothing of the whole export', async () => {
    const io = exampleIo();
    const { err } = await runCli(
      ['report', '--sla', SLA, TICKETS, '--events', EVENTS, '--month', '2026-11', '--as-of', '2026-12-01T06:00'],
      io,
    );
    expect(err).not.toContain('looks stale');
  });

  it('shows on the review page once: its data-quality line counts it, and so does a file that looks cut off, in JSON, Markdown and HTML', async () => {
    // The stale export also cut off: its last line ends without a line end.
    const io = () => {
      const files = exampleIo();
      files.files.set('stale.csv', Buffer.from(exportTakenAt(readFileSync(TICKETS, 'utf8'), '2026-11-20 23:59').trimEnd()));
      return files;
    };
    const review = (format: string) =>
      runCli(
        [
          'review',
          '--sla',
          SLA,
          'stale.csv',
          '--events',
          EVENTS,
          '--as-of',
          '2026-12-01T06:00',
          '--month',
          '2026-11',
          '--language',
          'en',
          '--format',
          format,
        ],
        io(),
      );
    type Doc = { data_quality: { lines: { item: string; count: number }[]; warnings: { code: string }[] }; warnings: { code: string }[] };
    const doc = JSON.parse((await review('json')).out) as Doc;
    for (const [item, code] of [
      ['stale-export', 'evaluate.stale-export'],
      ['truncated-file', 'tickets.truncated-file'],
    ] as const) {
      expect(doc.data_quality.lines.filter((l) => l.item === item)).toEqual([expect.objectContaining({ count: 1 })]);
      expect(doc.data_quality.warnings.map((w) => w.code)).not.toContain(code);
      // The document's full list of warnings (as every command's JSON has) carries each once, with its file.
      expect(doc.warnings.filter((w) => w.code === code)).toHaveLength(1);
    }
    // The other warnings of the run are still listed by code.
    expect(doc.data_quality.warnings.map((w) => w.code)).toContain('tickets.missing-id');
    for (const format of ['markdown', 'html']) {
      const page = (await review(format)).out;
      for (const text of ['exports that stop before the period ends', 'files that look cut off']) expect(page.split(text)).toHaveLength(2);
      for (const text of ['evaluate.stale-export', 'tickets.truncated-file', 'looks stale or cut off', 'looks truncated'])
        expect(page).not.toContain(text);
    }
    const html = (await review('html')).out;
    expect(html).toContain('<tr class="nonzero"><th scope="row">exports that stop before the period ends</th><td class="num">1</td>');
    expect(html).toContain('<tr class="nonzero"><th scope="row">files that look cut off</th><td class="num">1</td>');
  });
});
