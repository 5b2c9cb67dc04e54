import { describe, expect, it } from 'vitest';
import { exampleIo, runExample } from '../cli/example-io.js';
import { fakeIo, runCli } from '../fake-io.js';
import { REVIEW_SLA } from './review-io.js';

/**
 * `slacheck review` on the bundled example: goldens of every format in both
 * languages (fixed --as-of; update with `npx vitest run test/review/command.test.ts -u`
 * and read the diff), byte-identical runs, --output, --fail-under-goal, and
 * an HTML page that needs nothing from outside.
 */
const FORMATS = [
  ['html', 'html'],
  ['markdown', 'md'],
  ['json', 'json'],
] as const;

describe('golden output of the example review (December 2026)', () => {
  for (const language of ['da', 'en'] as const) {
    for (const [format, ext] of FORMATS) {
      it(`as ${format} in ${language === 'da' ? 'Danish' : 'English'}`, async () => {
        const { code, out } = await runExample('review', ['--format', format, '--language', language]);
        expect(code).toBe(0);
        await expect(out).toMatchFileSnapshot(`../golden/review.example.${language}.${ext}`);
      });
    }
  }

  it('the quarterly edition as markdown', async () => {
    const { code, out } = await runExample('review', ['--quarter', '2026-Q4', '--format', 'markdown']);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('../golden/review.q4.da.md');
  });
});

describe('slacheck review', () => {
  it('gives byte-identical output for the same inputs and --as-of, in every format', async () => {
    for (const [format] of FORMATS) {
      const first = await runExample('review', ['--format', format]);
      const second = await runExample('review', ['--format', format]);
      expect(second.out).toBe(first.out);
    }
  });

  it('shows the time of the run only with --show-run-time', async () => {
    const plain = JSON.parse((await runExample('review', ['--format', 'json'])).out);
    expect(plain.generated_at).toBeNull();
    const stamped = JSON.parse((await runExample('review', ['--format', 'json', '--show-run-time'])).out);
    // The fake Io's clock: 2026-11-02 07:00 UTC = 08:00 in Copenhagen.
    expect(stamped.generated_at).toBe('2026-11-02T08:00:00+01:00');
  });

  it('writes an HTML page with no script and no external URL of any kind', async () => {
    const { out } = await runExample('review', []);
    expect(out.startsWith('<!doctype html>\n<html lang="da">')).toBe(true);
    expect(out).not.toMatch(/<script|https?:|\/\/[a-z]|\bsrc=|<link|@import|url\((?!#)/i);
    expect(out.match(/href="([^"]*)"/g)?.every((h) => h.startsWith('href="#')) ?? true).toBe(true);
    expect(out).toContain('@page{size:A4');
    for (const id of ['about', 'scorecard', 'trend', 'breaches', 'major-incidents', 'backlog', 'volume', 'data-quality', 'observations'])
      expect(out).toContain(`<section id="${id}"`);
  });

  it('writes Danish numbers with a decimal comma and English ones with a point', async () => {
    const da = (await runExample('review', ['--format', 'markdown', '--language', 'da'])).out;
    const en = (await runExample('review', ['--format', 'markdown', '--language', 'en'])).out;
    expect(da).toContain('83,3\u00a0%');
    expect(en).toContain('83.3%');
  });

  it('--fail-under-goal exits 1 after writing the review when a goal is missed', async () => {
    const { code, out, err } = await runExample('review', ['--format', 'json', '--fail-under-goal']);
    expect(code).toBe(1);
    const scorecard = JSON.parse(out).scorecard as { goal_met: boolean | null }[];
    const missed = scorecard.filter((row) => row.goal_met === false).length;
    expect([scorecard.length, missed]).toEqual([10, 9]);
    expect(err).toMatch(/^slacheck: 9 goals are missed \(--fail-under-goal\)$/m);
  });

  // The atomic file itself (a temporary file in the same folder, then a rename) is nodeIo's, tested in test/cli/output-file.test.ts.
  it('--output writes the page to the file, nothing to stdout, replacing the last review only when the page is whole', async () => {
    const io = exampleIo({ files: { 'review.html': 'the last good review' } });
    const { code, out } = await runExample('review', ['--output', 'review.html'], io);
    expect([code, out]).toEqual([0, '']);
    expect(io.files.get('review.html')!.toString('utf8')).toBe((await runExample('review', [])).out);
    const full = exampleIo({ files: { 'review.html': 'the last good review' }, diskSpace: 1000 });
    const failed = await runExample('review', ['--output', 'review.html'], full);
    expect(failed.code).toBe(2);
    expect(full.files.get('review.html')!.toString('utf8')).toBe('the last good review');
  });

  it('refuses --quarter without a value together with --period', async () => {
    const { code, err } = await runExample('review', ['--quarter', '--period', 'last-month'], exampleIo());
    expect(code).toBe(2);
    expect(err).toBe('slacheck: give one period, not --quarter and --period\n');
  });

  it('names the flags typed when a bare --quarter meets --month or --from (review: it said --period)', async () => {
    expect((await runExample('review', ['--quarter', '--month', '2026-10'], exampleIo())).err).toBe(
      'slacheck: give one period, not --quarter and --month\n',
    );
    expect((await runExample('review', ['--quarter', '--from', '2026-10-01'], exampleIo())).err).toBe(
      'slacheck: give one period, not --quarter and --from\n',
    );
  });

  it('refuses a format of the other commands', async () => {
    const { code, err } = await runExample('review', ['--format', 'csv']);
    expect(code).toBe(2);
    expect(err).toContain("argument 'csv' is invalid. Allowed choices are html, markdown, json.");
  });
});

describe('the Markdown review with hostile cells', () => {
  it('shows ticket ids, titles and services as inert text, as check and report do (QA: raw ESC, HTML and links came through)', async () => {
    // A P2 resolved late (a breach), with an escape sequence, HTML and a link in its id and title.
    const sla = REVIEW_SLA.replace('report: { trend_months: 4', 'report: { major: { priority: P2 }, trend_months: 4');
    const tickets =
      'id,created,priority,first_response,resolved,title\n"E\u001b[2J<b>1",2026-12-07 09:00,P2,2026-12-07 11:00,2026-12-08 12:00,"T\u001b]0;PWNED\u0007<script>x</script> [l](http://evil)"\n';
    const io = fakeIo({ files: { 'sla.yaml': sla, 'tickets.csv': tickets } });
    const { code, out } = await runCli(
      ['review', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2027-01-05T12:00', '--format', 'markdown'],
      io,
    );
    expect(code).toBe(0);
    expect(out).not.toMatch(/\u001b|\u0007|<script>|<b>|[^\\]\]\(http/);
    expect(out).toContain(String.raw`### E\\x1b\[2J&lt;b&gt;1: T\\x1b\]0;PWNED\\x07&lt;script&gt;x&lt;/script&gt; \[l\](http://evil)`);
    expect(out).toContain(
      String.raw`| E\\x1b\[2J&lt;b&gt;1 T\\x1b\]0;PWNED\\x07&lt;script&gt;x&lt;/script&gt; \[l\](http://evil) | Resolution |`,
    );
  });
});

describe("the cover's input files", () => {
  it('leave out a pipe, which the import read and a digest cannot read again (review: "bytes": 0 beside its rows)', async () => {
    const io = { ...exampleIo(), isRegularFile: (path: string) => path !== 'fixtures/example/tickets.csv' };
    const { code, out } = await runExample('review', ['--format', 'json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(out).cover.inputs.map((i: { file: string }) => i.file)).toEqual(['fixtures/example/events.csv']);
  });
});
