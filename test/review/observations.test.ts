import { describe, expect, it } from 'vitest';
import type { ObservationDoc, ReviewDocument } from '../../src/review/types.js';
import { reviewOf, type Row } from './review-io.js';

/** Each observation rule (docs/commands/review.md, "Observations"), worked by hand: when it fires, with its figures, and when it does not. */
const about = (review: ReviewDocument, rule: string): ObservationDoc[] => review.observations.filter((o) => o.rule === rule);

/** Four P2 tickets in December answered after 30, 50, 70 and 90 minutes, each resolved 2 hours after creation. */
const answered: Row[] = [
  ['T1', '2026-12-07 09:00', 'P2', '2026-12-07 09:30', '2026-12-07 11:00'],
  ['T2', '2026-12-08 09:00', 'P2', '2026-12-08 09:50', '2026-12-08 11:00'],
  ['T3', '2026-12-09 09:00', 'P2', '2026-12-09 10:10', '2026-12-09 11:00'],
  ['T4', '2026-12-10 09:00', 'P2', '2026-12-10 10:30', '2026-12-10 11:00'],
];

describe('goal-missed', () => {
  it('fires for a goal missed in the period and names the target at which it would have been met', async () => {
    const review = await reviewOf(answered);
    // Response: 30 and 50 min are within 1h, 70 and 90 are not: 2 of 4 = 50 % < 95 %. At 90 min all four
    // are met (100 % >= 95 %); at 70 min three (75 %): 90 min is the smallest measured target that reaches
    // the goal; the ladder rounds it up to 2h, which also gives 100 %.
    expect(about(review, 'goal-missed')).toEqual([
      {
        rule: 'goal-missed',
        policy: 'P2',
        metric: 'response',
        figures: {
          attainment_percent: 50,
          goal_percent: 95,
          met: 2,
          judged: 4,
          target: '1h',
          target_minutes: 60,
          needed_target_minutes: 90,
          rounded_target_minutes: 120,
          rounded_attainment_percent: 100,
        },
        text: 'P2, response: 50.0% against a goal of 95% (2 of 4 met). The goal would have been met with a target of 1\u00a0h 30\u00a0min (rounded up: 2\u00a0h, giving 100.0%); the agreed target is 1\u00a0h.',
      },
    ]);
  });

  it('does not fire when every goal is met (resolution: all four within 8h)', async () => {
    const review = await reviewOf(answered.map((r): Row => [r[0], r[1], r[2], r[1].replace(/09:00$/, '09:10'), r[4]]));
    expect(review.scorecard.every((row) => row.goal_met !== false)).toBe(true);
    expect(about(review, 'goal-missed')).toEqual([]);
  });
});

describe('p90-over-target', () => {
  it('fires when fewer than ceil(0.9 n) completed records met the target, and not otherwise', async () => {
    const review = await reviewOf(answered);
    // Response: n = 4, ceil(3.6) = 4 must be met, 2 are: the P90 (rank 4: 90 min) is over 1h. Resolution: 4 of 4 met.
    expect(about(review, 'p90-over-target')).toEqual([
      {
        rule: 'p90-over-target',
        policy: 'P2',
        metric: 'response',
        figures: { p90_minutes: 90, target: '1h', completed: 4, met: 2 },
        text: expect.stringContaining('P90 1\u00a0h 30\u00a0min'),
      },
    ]);
  });

  it('does not fire when exactly the 90th percentile is within target: 9 of 10 met', async () => {
    const rows: Row[] = Array.from({ length: 10 }, (_, i): Row => [
      `T${i}`,
      `2026-12-${String(i + 10)} 09:00`,
      'P2',
      `2026-12-${String(i + 10)} ${i === 9 ? '10:30' : '09:20'}`,
      `2026-12-${String(i + 10)} 11:00`,
    ]);
    const review = await reviewOf(rows);
    // ceil(0.9 * 10) = 9 <= 9 met: the P90 (rank 9: 20 min) is within 1h; the attainment 90 % still misses 95 %.
    expect(about(review, 'p90-over-target')).toEqual([]);
    expect(about(review, 'goal-missed').map((o) => o.metric)).toEqual(['response']);
  });
});

describe('goal-missed-repeatedly', () => {
  const late = (month: string): Row => [`T${month}`, `2026-${month}-05 09:00`, 'P2', `2026-${month}-05 11:00`, `2026-${month}-05 12:00`];

  it('fires when the goal was missed in 2 of the last 3 months, with the three attainments', async () => {
    const review = await reviewOf([late('10'), late('12')]);
    expect(about(review, 'goal-missed-repeatedly')).toEqual([
      {
        rule: 'goal-missed-repeatedly',
        policy: 'P2',
        metric: 'response',
        figures: {
          missed: 2,
          of: 3,
          goal_percent: 95,
          period_1: '2026-10',
          attainment_1_percent: 0,
          period_2: '2026-11',
          attainment_2_percent: null,
          period_3: '2026-12',
          attainment_3_percent: 0,
        },
        text: 'P2, response: the goal of 95% was missed in 2 of the last 3 months (October 2026 0.0%, November 2026 –, December 2026 0.0%).',
      },
    ]);
  });

  it('does not fire for a goal missed once in the last 3 months (September is further back)', async () => {
    const review = await reviewOf([late('09'), late('12')]);
    expect(about(review, 'goal-missed-repeatedly')).toEqual([]);
  });
});

describe('backlog-growing', () => {
  const open = (id: string, created: string): Row => [id, created, 'P3', `${created.slice(0, 10)} 09:30`];

  it('fires when the backlog at the end of each of the last 4 months grew 3 times in a row', async () => {
    const review = await reviewOf([
      open('A', '2026-09-15 09:00'),
      open('B', '2026-10-15 09:00'),
      open('C', '2026-11-15 09:00'),
      open('D', '2026-12-15 09:00'),
    ]);
    expect(about(review, 'backlog-growing').map((o) => o.figures)).toEqual([
      {
        period_1: '2026-09',
        backlog_1: 1,
        period_2: '2026-10',
        backlog_2: 2,
        period_3: '2026-11',
        backlog_3: 3,
        period_4: '2026-12',
        backlog_4: 4,
      },
    ]);
  });

  it('does not fire when it stood still once (1, 2, 2, 3)', async () => {
    const resolvedInNovember: Row = ['A', '2026-09-15 09:00', 'P3', '2026-09-15 09:30', '2026-11-20 10:00'];
    const review = await reviewOf([
      resolvedInNovember,
      open('B', '2026-10-15 09:00'),
      open('E', '2026-11-16 09:00'),
      open('D', '2026-12-15 09:00'),
    ]);
    expect(review.trend.volume.map((v) => v.backlog)).toEqual([1, 2, 2, 3]);
    expect(about(review, 'backlog-growing')).toEqual([]);
  });
});

describe('without-sla and skipped-rows: above 1 % of the total', () => {
  const quick = (i: number, priority = 'P2'): Row => [`T${i}`, '2026-12-14 09:00', priority, '2026-12-14 09:10', '2026-12-14 10:00'];

  it('fires for 1 ticket without SLA of 10 active (10 %), not for 1 of 100 (exactly 1 %)', async () => {
    const ten = await reviewOf([...Array.from({ length: 9 }, (_, i) => quick(i)), quick(99, 'P9')]);
    expect(about(ten, 'without-sla').map((o) => o.figures)).toEqual([{ without_sla: 1, active_tickets: 10, share_percent: 10 }]);
    const hundred = await reviewOf([...Array.from({ length: 99 }, (_, i) => quick(i)), quick(999, 'P9')]);
    expect(hundred.volume.total.without_sla).toBe(1);
    expect(about(hundred, 'without-sla')).toEqual([]);
  });

  it('fires for 1 skipped row of 10 read, not for 1 of 101', async () => {
    const bad: Row = ['', '2026-12-14 09:00', 'P2'];
    const ten = await reviewOf([...Array.from({ length: 9 }, (_, i) => quick(i)), bad]);
    expect(about(ten, 'skipped-rows').map((o) => o.figures)).toEqual([{ skipped: 1, rows: 10, share_percent: 10 }]);
    const many = await reviewOf([...Array.from({ length: 100 }, (_, i) => quick(i)), bad]);
    expect(about(many, 'skipped-rows')).toEqual([]);
  });
});
