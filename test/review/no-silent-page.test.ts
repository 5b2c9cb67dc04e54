import { describe, expect, it } from 'vitest';
import type { ReviewDocument } from '../../src/review/types.js';
import { fakeIo, runCli } from '../fake-io.js';
import { REVIEW_SLA, reviewOf, ticketsCsv, type Row } from './review-io.js';

/**
 * Issue 18: the page must not assert what the data cannot support. Every
 * warning of the run reaches the data-quality section; no data is never good
 * news; an unfinished period says so; report.major that matches nothing is
 * named; texts from the SLA file are inert in Markdown.
 */
const DECEMBER: Row[] = [
  ['T1', '2026-12-01 09:00', 'P2', '2026-12-01 09:30', '2026-12-01 12:00'],
  ['T2', '2026-12-02 09:00', 'P3', '2026-12-02 10:00', '2026-12-03 09:00'],
];

async function review(
  rows: readonly Row[] | string,
  args: string[] = [],
  sla = REVIEW_SLA,
): Promise<{ code: number; out: string; err: string }> {
  const csv = typeof rows === 'string' ? rows : ticketsCsv(rows);
  const io = fakeIo({ files: { 'sla.yaml': sla, 'tickets.csv': csv } });
  return runCli(['review', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2027-01-05T12:00', ...args], io);
}

describe('every warning of the run is on the page', () => {
  it("pauses without a history, and the SLA file's own warnings, in JSON, HTML and Markdown", async () => {
    const sla = REVIEW_SLA.replace(
      'resolution: { start: created, stop: resolved }',
      'resolution: { start: created, stop: resolved, pause_when_status: [Pending] }',
    ).replace('report: {', 'report: { major: { priorty: P2 },');
    const doc = JSON.parse((await review(DECEMBER, ['--format', 'json'], sla)).out) as ReviewDocument;
    const codes = doc.data_quality.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['evaluate.pauses-without-history', 'sla.unknown-field', 'review.major-matches-nothing']));
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(codes));
    const html = (await review(DECEMBER, ['--format', 'html'], sla)).out;
    expect(html).toContain('nothing is paused');
    const md = (await review(DECEMBER, ['--format', 'markdown'], sla)).out;
    expect(md).toContain('nothing is paused');
    expect(md).toContain('did you mean "priority"?');
  });
});

describe('report.major that matches nothing', () => {
  it('is a warning at run time and on the page, naming what the priority map makes of the value', async () => {
    // Priorities map Urgent to P1 in many presets; here the map turns "Akut" into P2, so the rule should say P2.
    const sla = REVIEW_SLA.replace('input: {', 'priorities: { map: { Akut: P2 } }\ninput: {').replace(
      'report: {',
      'report: { major: { priority: Akut },',
    );
    const { code, out, err } = await review(DECEMBER, ['--format', 'json'], sla);
    expect(code).toBe(0);
    const message =
      'report.major: no ticket has priority "Akut", so no ticket is a major incident; the priority map turns "Akut" into "P2": did you mean "P2"?';
    expect(err).toContain(`slacheck: warning: ${message}`);
    const doc = JSON.parse(out) as ReviewDocument;
    expect(doc.major_incidents.unmatched).toEqual([{ field: 'priority', value: 'Akut', nearest: 'P2' }]);
    const html = (await review(DECEMBER, ['--format', 'html', '--language', 'da'], sla)).out;
    expect(html).toContain('Ingen sag har prioritet «Akut»');
  });

  it('names the nearest value seen when no map explains it', async () => {
    const sla = REVIEW_SLA.replace('report: {', 'report: { major: { priority: P22 },');
    const doc = JSON.parse((await review(DECEMBER, ['--format', 'json'], sla)).out) as ReviewDocument;
    expect(doc.major_incidents.unmatched).toEqual([{ field: 'priority', value: 'P22', nearest: 'P2' }]);
  });

  it('is silent when some ticket has the value, even if none is active in the period', async () => {
    const sla = REVIEW_SLA.replace('report: {', 'report: { major: { priority: P3 },');
    const doc = JSON.parse(
      (
        await review(
          [['T0', '2026-10-01 09:00', 'P3', '2026-10-01 09:10', '2026-10-01 10:00'], ...DECEMBER.slice(0, 1)],
          ['--format', 'json'],
          sla,
        )
      ).out,
    ) as ReviewDocument;
    expect(doc.major_incidents.unmatched).toEqual([]);
  });
});

describe('no data, no good news', () => {
  const HEADER_ONLY = 'id,created,priority,first_response,resolved\n';

  it('a header-only export: the cover says so, the brief shows no data, no green tick, exit 0 under --fail-under-goal', async () => {
    const { code, out } = await review(HEADER_ONLY, ['--format', 'json', '--fail-under-goal']);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as ReviewDocument;
    expect(doc.cover.no_data).toBe('no-tickets');
    const html = (await review(HEADER_ONLY, ['--format', 'html'])).out;
    expect(html).toContain('No ticket was read from the exports');
    expect(html).not.toContain('class="card card-good"');
    expect(html).not.toContain('class="verdict verdict-met"');
    expect(html).not.toContain('No record breached its target');
    const md = (await review(HEADER_ONLY, ['--format', 'markdown'])).out;
    expect(md).toContain('No ticket was read from the exports');
    expect(md).not.toContain('✓');
    expect(md).toContain('**In brief:** no data');
  });

  it('a scorecard row with no denominator shows "no data", never "met"', async () => {
    // T1 is still open and not overdue at the as-of: no met, breached or overdue record for resolution.
    const open: Row[] = [['T1', '2027-01-05 09:00', 'P3', '2027-01-05 09:10', '']];
    const md = (await review(open, ['--format', 'markdown', '--month', '2027-01'])).out;
    const row = md.split('\n').find((l) => l.startsWith('| P3 | Resolution'))!;
    expect(row).toContain('– no data');
    expect(md).not.toContain('0/0 goals met');
  });

  it('no ticket active in the period: said in words', async () => {
    const doc = await reviewOf([['T0', '2026-10-01 09:00', 'P3', '2026-10-01 09:10', '2026-10-01 10:00']]);
    expect(doc.cover.no_data).toBe('no-ticket-in-period');
  });
});

describe('an unfinished period', () => {
  it('says so on the cover and in JSON; open tickets are open at the as-of', async () => {
    const { out } = await review(DECEMBER, ['--format', 'json', '--month', '2027-01']);
    const doc = JSON.parse(out) as ReviewDocument;
    expect(doc.period.complete).toBe(false);
    const html = (await review(DECEMBER, ['--format', 'html', '--month', '2027-01'])).out;
    expect(html).toContain('The period is still running: the figures hold data up to 5 January 2027, 12:00');
    expect(html).toContain('tickets open at the as-of');
    expect(html).not.toContain('tickets open at the end of the period');
    const done = JSON.parse((await review(DECEMBER, ['--format', 'json'])).out) as ReviewDocument;
    expect(done.period.complete).toBe(true);
  });

  it('report says so in its heading and JSON', async () => {
    const io = fakeIo({ files: { 'sla.yaml': REVIEW_SLA, 'tickets.csv': ticketsCsv(DECEMBER) } });
    const table = await runCli(['report', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2027-01-05T12:00', '--month', '2027-01'], io);
    expect(table.out.split('\n')[0]).toBe(
      'KPIs: period 2027-01 [2027-01-01T00:00:00+01:00, 2027-02-01T00:00:00+01:00), as of 2027-01-05T12:00:00+01:00; the period is still running: data up to the as-of',
    );
    const json = await runCli(
      ['report', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2027-01-05T12:00', '--month', '2027-01', '--format', 'json'],
      fakeIo({ files: { 'sla.yaml': REVIEW_SLA, 'tickets.csv': ticketsCsv(DECEMBER) } }),
    );
    expect(JSON.parse(json.out).period).toEqual({
      label: '2027-01',
      from: '2027-01-01T00:00:00+01:00',
      to: '2027-02-01T00:00:00+01:00',
      complete: false,
    });
  });
});

describe('the Danish cover counts records as records', () => {
  it('says "brud og overskredne målinger", not "sager"', async () => {
    const late: Row[] = [['T1', '2026-12-01 09:00', 'P2', '2026-12-01 12:00', '2026-12-02 12:00']];
    const md = (await review(late, ['--format', 'markdown', '--language', 'da'])).out;
    expect(md).toContain('brud og overskredne målinger');
    expect(md).not.toContain('overskredne sager');
  });
});

describe('Markdown escapes the texts of the SLA file', () => {
  it('title, supplier, customer, agreement, policy and metric names are inert', async () => {
    const sla = REVIEW_SLA.replace('name: Testaftale', 'name: "<img src=x onerror=alert(1)> [link](http://x)"')
      .replace(/name: P2,/, 'name: "P2 <b>|</b>",')
      .replace('report: {', 'report: { title: "Title <script>", supplier: "Sup [x](y)", customer: "C `code`",');
    const md = (await review(DECEMBER, ['--format', 'markdown'], sla)).out;
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('[x](y)');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\[link\\](http://x)');
    expect(md).toContain('Title &lt;script&gt;');
  });
});
