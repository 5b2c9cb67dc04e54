import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewDocument } from '../../src/review/types.js';
import { runExample } from '../cli/example-io.js';

/**
 * The review shows the figures `check` and `report` give for the same inputs
 * (SPEC 10.1): each section of the December 2026 review of the bundled
 * example (as of 2027-01-05 12:00, so `last-month`) is tied to the other
 * commands' JSON.
 */
type Json = Record<string, unknown>;
type Kpi = { policy: string; metric: string } & Json;

async function json(command: string, args: string[]): Promise<Json> {
  const { code, out } = await runExample(command, [...args, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(out) as Json;
}

let review: ReviewDocument;
let quarterly: ReviewDocument;
beforeAll(async () => {
  review = (await json('review', [])) as unknown as ReviewDocument;
  quarterly = (await json('review', ['--quarter', '2026-Q4'])) as unknown as ReviewDocument;
});

const kpisOf = async (period: string[]) => (await json('report', period)).kpis as Kpi[];
const find = (kpis: Kpi[], policy: string, metric: string) => kpis.find((k) => k.policy === policy && k.metric === metric);

describe('the review of December 2026 ties to check and report', () => {
  it('is last month by default: December 2026, compared with November', () => {
    expect(review.period.label).toBe('2026-12');
    expect(review.previous_period.label).toBe('2026-11');
    expect(review.edition).toBe('monthly');
  });

  it('scorecard: every figure of report --by policy for the month, the previous attainment of November, the change between them', async () => {
    const december = await kpisOf(['--month', '2026-12']);
    const november = await kpisOf(['--month', '2026-11']);
    // Every row report gives is on the scorecard; a row report does not give (no record this month) has no figures.
    for (const k of december) expect(review.scorecard.some((row) => row.policy === k.policy && row.metric === k.metric)).toBe(true);
    // The agreement before 1 July (SPEC 9) has no record in November or December: it has no rows.
    expect(review.scorecard.some((row) => row.policy === 'P2 Høj (til 30/6)')).toBe(false);
    expect(review.scorecard.length).toBe(10);
    for (const row of review.scorecard) {
      const k = find(december, row.policy, row.metric);
      if (k === undefined) {
        expect([row.count, row.attainment_percent]).toEqual([0, null]);
        continue;
      }
      expect({ ...row, target: undefined, previous_attainment_percent: undefined, change_points: undefined }).toEqual({
        policy: k.policy,
        metric: k.metric,
        target: undefined,
        count: k.count,
        met: k.met,
        breached: k.breached,
        overdue: k.overdue,
        open: k.open,
        attainment_percent: k.attainment_percent,
        goal_percent: k.goal_percent,
        goal_met: k.goal_met,
        previous_attainment_percent: undefined,
        change_points: undefined,
        median_minutes: k.median_minutes,
        p90_minutes: k.p90_minutes,
      });
      const before = find(november, row.policy, row.metric)?.attainment_percent ?? null;
      expect(row.previous_attainment_percent).toBe(before);
      if (row.attainment_percent !== null && before !== null)
        expect(row.change_points).toBeCloseTo(row.attainment_percent - (before as number), 1);
    }
  });

  it('breaches: the breached and overdue records of check --month, in its order, with its due, stop, over and paused time', async () => {
    const records = (await json('check', ['--month', '2026-12'])).records as Json[];
    expect(review.breaches.count).toBe(records.length);
    expect(
      review.breaches.records.map((b) => [
        b.ticket,
        b.metric,
        b.status,
        b.due,
        b.stop,
        b.over_minutes,
        b.paused_minutes,
        b.target_minutes,
        b.elapsed_minutes,
      ]),
    ).toEqual(
      records.map((r) => [
        r.ticket,
        r.metric,
        r.status,
        r.due,
        r.stop,
        r.over_minutes,
        r.paused_minutes,
        r.target_minutes,
        r.elapsed_minutes,
      ]),
    );
    expect(review.breaches.breached + review.breaches.overdue).toBe(records.length);
  });

  it('breaches: each timeline covers start to judge instant, and counted time is the elapsed business time', () => {
    for (const b of review.breaches.records) {
      expect(b.segments[0]!.from).toBe(b.start);
      expect(b.segments[b.segments.length - 1]!.to).toBe(b.judged_at);
      const counted = b.segments.filter((s) => s.kind === 'counted').reduce((sum, s) => sum + s.minutes, 0);
      // A status-update record's elapsed time is its longest gap between updates (SPEC 8.2): the bar counts every gap.
      if (b.metric === 'status_update') expect(counted).toBeGreaterThanOrEqual(b.elapsed_minutes - 0.01);
      else expect(counted).toBeCloseTo(b.elapsed_minutes, 1);
    }
  });

  it('volume: the report volume of the month, and its breakdowns add up to it', async () => {
    const volume = (await json('report', ['--month', '2026-12'])).volume as Json;
    expect(review.volume.total).toEqual(volume);
    for (const key of ['created', 'resolved', 'backlog', 'reopened', 'without_sla'] as const) {
      expect(review.volume.by_priority.reduce((sum, p) => sum + p[key], 0)).toBe(volume[key]);
      expect(review.volume.by_service.reduce((sum, p) => sum + p[key], 0)).toBe(volume[key]);
    }
  });

  it('trend: each month attains what report --month says, and has its volume', async () => {
    expect(review.trend.months.map((m) => m.label)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    for (const [i, month] of review.trend.months.entries()) {
      const report = await json('report', ['--month', month.label]);
      const kpis = report.kpis as Kpi[];
      for (const series of review.trend.attainment) {
        const k = find(kpis, series.policy, series.metric);
        expect([month.label, series.policy, series.metric, series.values[i]]).toEqual([
          month.label,
          series.policy,
          series.metric,
          k?.attainment_percent ?? null,
        ]);
        expect(series.goal_met[i]).toBe(k?.goal_met ?? null);
      }
      const v = report.volume as Json;
      expect(review.trend.volume[i]).toEqual({ month: month.label, created: v.created, resolved: v.resolved, backlog: v.backlog });
    }
  });

  it("backlog: the tickets open at the end are volume's backlog, by priority and age", () => {
    expect(review.backlog.total.total).toBe(review.volume.total.backlog);
    expect(review.backlog.by_priority.reduce((sum, p) => sum + p.total, 0)).toBe(review.backlog.total.total);
    const ages = review.backlog.oldest.map((t) => t.age_days);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
  });

  it('warnings: the ones report gives for the month', async () => {
    const report = await json('report', ['--month', '2026-12']);
    expect(review.warnings).toEqual(report.warnings);
  });

  it('cover: the rows read and a SHA-256 per input file', () => {
    expect(review.cover.inputs.map((i) => [i.file, i.kind, i.rows])).toEqual([
      ['fixtures/example/tickets.csv', 'tickets', 111],
      ['fixtures/example/events.csv', 'history', 500],
    ]);
    for (const input of review.cover.inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    // December 2026 -> the 5th working day of January 2027 in "kontor": Fri 1 Jan is Nytårsdag, so Mon 4 .. Fri 8.
    expect(review.cover.deadline).toEqual({
      date: '2027-01-08',
      working_day: 5,
      calendar: 'kontor',
      produced: '2027-01-05',
      on_time: true,
    });
  });
});

describe('the quarterly edition ties to report --quarter', () => {
  it('compares Q4 with Q3, with every figure of report --quarter', async () => {
    expect([quarterly.edition, quarterly.period.label, quarterly.previous_period.label]).toEqual(['quarterly', '2026-Q4', '2026-Q3']);
    const q4 = await kpisOf(['--quarter', '2026-Q4']);
    for (const k of q4) expect(quarterly.scorecard.some((row) => row.policy === k.policy && row.metric === k.metric)).toBe(true);
    for (const row of quarterly.scorecard) {
      const k = find(q4, row.policy, row.metric);
      if (k === undefined) {
        expect([row.count, row.attainment_percent]).toEqual([0, null]);
        continue;
      }
      expect([
        row.policy,
        row.metric,
        row.count,
        row.met,
        row.breached,
        row.overdue,
        row.open,
        row.attainment_percent,
        row.goal_met,
      ]).toEqual([k.policy, k.metric, k.count, k.met, k.breached, k.overdue, k.open, k.attainment_percent, k.goal_met]);
    }
    const volume = (await json('report', ['--quarter', '2026-Q4'])).volume as Json;
    expect(quarterly.volume.total).toEqual(volume);
  });

  it('names the quarterly edition and its deadline in the month after the quarter', () => {
    expect(quarterly.title).toBe('Kvartalsrapport');
    expect(quarterly.cover.deadline?.date).toBe('2027-01-08');
  });

  it('--quarter without a value is last quarter', async () => {
    const bare = (await json('review', ['--quarter'])) as unknown as ReviewDocument;
    expect(bare.period.label).toBe('2026-Q4');
  });
});
