import { describe, expect, it } from 'vitest';
import { runCli } from '../fake-io.js';
import { EVENTS, exampleIo, PROPOSAL, SLA, TICKETS } from './example-io.js';

/**
 * Issue 22: `--output 'reports/sla-{period}.json'` names the file after the
 * run's period in the agreement's zone, so that a cron script needs no
 * `date -d 'last month'` (which on the 31st names the current month, and
 * counts in the machine's zone).
 */
async function written(command: string, args: string[]): Promise<{ code: number; err: string; files: string[] }> {
  const io = exampleIo();
  const before = new Set(io.files.keys());
  const { code, err } = await runCli([command, '--sla', SLA, TICKETS, '--events', EVENTS, ...args], io);
  return { code, err, files: [...io.files.keys()].filter((f) => !before.has(f)) };
}

describe('--output with {period} and {as_of}', () => {
  it('fills in a month, a quarter and a range of dates', async () => {
    expect(
      (await written('report', ['--as-of', '2027-01-05', '--month', '2026-11', '--output', 'reports/sla-{period}.json'])).files,
    ).toEqual(['reports/sla-2026-11.json']);
    expect(
      (await written('report', ['--as-of', '2027-01-05', '--quarter', '2026-Q4', '--output', 'reports/sla-{period}.json'])).files,
    ).toEqual(['reports/sla-2026-Q4.json']);
    expect(
      (
        await written('check', [
          '--as-of',
          '2027-01-05',
          '--from',
          '2026-11-01',
          '--to',
          '2026-11-30',
          '--output',
          'b-{period}.csv',
          '--format',
          'csv',
        ])
      ).files,
    ).toEqual(['b-2026-11-01..2026-11-30.csv']);
    // An instant range is named by its dates: the last is the day of its last instant (--to is exclusive).
    expect(
      (
        await written('check', [
          '--as-of',
          '2027-01-05',
          '--from',
          '2026-11-01T08:00',
          '--to',
          '2026-12-01T00:00',
          '--output',
          'b-{period}.csv',
        ])
      ).files,
    ).toEqual(['b-2026-11-01..2026-11-30.csv']);
  });

  it("names last month in the agreement's zone: 30 Nov 23:30 UTC is 1 December in Copenhagen, so last month is November", async () => {
    const { files } = await written('report', [
      '--as-of',
      '2026-11-30T23:30:00Z',
      '--period',
      'last-month',
      '--output',
      'reports/sla-{period}-{as_of}.json',
    ]);
    expect(files).toEqual(['reports/sla-2026-11-2026-12-01.json']);
  });

  it("names the review's default period (last month) and its quarterly edition", async () => {
    expect((await written('review', ['--as-of', '2027-01-05', '--output', 'reviews/review-{period}.html'])).files).toEqual([
      'reviews/review-2026-12.html',
    ]);
    expect(
      (await written('review', ['--as-of', '2027-01-05', '--quarter', '--format', 'markdown', '--output', 'reviews/review-{period}.md']))
        .files,
    ).toEqual(['reviews/review-2026-Q4.md']);
  });

  it('works for compare', async () => {
    const { files } = await written('compare', [
      '--sla',
      PROPOSAL,
      '--as-of',
      '2027-01-05',
      '--month',
      '2026-12',
      '--output',
      'compare-{period}.json',
      '--format',
      'json',
    ]);
    expect(files).toEqual(['compare-2026-12.json']);
  });

  it('refuses {period} without a period, and an unknown placeholder, before reading a ticket', async () => {
    const none = await written('check', ['--as-of', '2027-01-05', '--output', 'b-{period}.csv']);
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      'slacheck: --output b-{period}.csv: {period} needs a period\n  add --month, --quarter, --period or --from/--to, or use {as_of}\n',
    );
    const typo = await written('report', ['--as-of', '2027-01-05', '--month', '2026-11', '--output', 'sla-{peroid}.json']);
    expect(typo.code).toBe(2);
    expect(typo.err).toBe(
      'slacheck: --output sla-{peroid}.json: unknown placeholder {peroid}; did you mean {period}?\n  placeholders: {period}, {as_of}\n',
    );
    expect(typo.files).toEqual([]);
  });

  it('leaves a name without placeholders as it is', async () => {
    expect((await written('report', ['--as-of', '2027-01-05', '--month', '2026-11', '--output', 'plain.json'])).files).toEqual([
      'plain.json',
    ]);
  });
});
