import { describe, expect, it } from 'vitest';
import { ageBand } from '../../src/review/backlog.js';
import { reviewOf, type Row } from './review-io.js';

/**
 * The backlog of December 2026, worked by hand. The period ends Fri 1 January
 * 2027 00:00 (Copenhagen, no daylight-saving change in December); ages are
 * completed 24-hour days at that instant: 0-2, 3-7, 8-30, over 30.
 */
const open = (id: string, created: string, priority = 'P3'): Row => [
  id,
  created,
  priority,
  `${created.slice(0, 10)} ${created.slice(11, 13)}:59`,
];

const rows: Row[] = [
  open('A', '2026-12-31 12:00'), // 12h: 0 days
  open('B', '2026-12-29 00:01'), // 2 days 23h59m: 2 days
  open('C', '2026-12-29 00:00'), // exactly 3 days
  open('D', '2026-12-24 00:01', 'P2'), // 7 days 23h59m: 7 days
  open('E', '2026-12-24 00:00', 'P2'), // exactly 8 days
  open('F', '2026-12-01 00:01'), // 30 days 23h59m: 30 days
  open('G', '2026-12-01 00:00'), // exactly 31 days: over 30
  open('H', '2026-10-01 00:00', 'P2'), // 92 days
  ['I', '2026-12-10 09:00', 'P3', '2026-12-10 09:30', '2027-01-01 00:00'], // resolved exactly at the end: still open at it
  ['J', '2026-12-10 09:00', 'P3', '2026-12-10 09:30', '2026-12-31 23:59'], // resolved a minute before: not in the backlog
  open('K', '2027-01-01 00:00'), // created at the end: not in December's backlog
];

describe('the backlog by age', () => {
  it('puts each ticket open at the end in the band of its completed days', async () => {
    const { backlog } = await reviewOf(rows);
    expect(backlog.at).toBe('2027-01-01T00:00:00+01:00');
    expect(backlog.by_priority).toEqual([
      // D 7 days, E 8 days, H 92 days.
      { priority: 'P2', days_0_2: 0, days_3_7: 1, days_8_30: 1, days_over_30: 1, total: 3 },
      // A 0, B 2, C 3, F 30, G 31, I 21 days.
      { priority: 'P3', days_0_2: 2, days_3_7: 1, days_8_30: 2, days_over_30: 1, total: 6 },
    ]);
    expect(backlog.total).toEqual({ days_0_2: 2, days_3_7: 2, days_8_30: 3, days_over_30: 2, total: 9 });
  });

  it('lists the oldest first (at most ten), with its age and its priority', async () => {
    const { backlog, volume } = await reviewOf(rows);
    expect(backlog.oldest.map((t) => [t.ticket, t.age_days, t.priority])).toEqual([
      ['H', 92, 'P2'],
      ['G', 31, 'P3'],
      ['F', 30, 'P3'],
      ['I', 21, 'P3'],
      ['E', 8, 'P2'],
      ['D', 7, 'P2'],
      ['C', 3, 'P3'],
      ['B', 2, 'P3'],
      ['A', 0, 'P3'],
    ]);
    expect(volume.total.backlog).toBe(9);
  });

  it('keeps only the ten oldest of more, ties by id', async () => {
    // T00-T07 created at the same instant, T08-T11 earlier, T12-T13 later: the four earlier ones, then six of the ties by id.
    const created = (i: number) => (i < 8 ? '2026-12-20 10:00' : i < 12 ? `2026-12-${i + 2} 10:00` : '2026-12-25 10:00');
    const many: Row[] = Array.from({ length: 14 }, (_, i) => open(`T${String(i).padStart(2, '0')}`, created(i)));
    const { backlog } = await reviewOf(many);
    expect(backlog.oldest.map((t) => t.ticket)).toEqual(['T08', 'T09', 'T10', 'T11', 'T00', 'T01', 'T02', 'T03', 'T04', 'T05']);
    expect(backlog.total.total).toBe(14);
  });

  it('bands: 0-2, 3-7, 8-30, over 30 completed days', () => {
    expect([0, 2, 3, 7, 8, 30, 31, 365].map(ageBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
