import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRecord, emptyKpiTable, goalFor, kpiRows, type GroupKey } from '../../src/evaluate/kpis.js';
import { nearestRank } from '../../src/evaluate/samples.js';
import type { RecordStatus, TicketRecord } from '../../src/evaluate/types.js';
import type { Goal, Sla } from '../../src/sla/types.js';
import { cph, MINUTE, ticket, ZONE } from '../builders.js';

/** Just what kpiRows reads of an Sla: policy and metric order, goals. */
function slaWith(goals: Goal[]): Sla {
  return {
    policies: [{ name: 'P1' }, { name: 'P2' }, { name: 'P3-P4' }],
    metrics: new Map([
      ['response', {}],
      ['resolution', {}],
    ]),
    goals,
  } as unknown as Sla;
}

function record(status: RecordStatus, elapsedMinutes: number, extra: Partial<TicketRecord> = {}): TicketRecord {
  const at = cph('2026-10-05 10:00');
  return {
    ticket: 'T',
    metric: 'response',
    policy: 'P2',
    priority: 'P2',
    calendar: 'office',
    start: at,
    stop: status === 'met' || status === 'breached' ? at : undefined,
    due: at,
    targetMs: 60 * MINUTE,
    elapsedMs: elapsedMinutes * MINUTE,
    pausedMs: 0,
    wallMs: 0,
    status,
    priorityChanged: false,
    judgedAt: at,
    pauses: [],
    source: { file: 'tickets.csv', line: 2 },
    ...extra,
  };
}

function rows(records: TicketRecord[], by: GroupKey[] = ['policy'], goals: Goal[] = [{ metric: 'response', percent: 95 }]) {
  const table = emptyKpiTable(by, ZONE);
  const t = ticket('T', { created: '2026-10-05 10:00' }, { customer: 'Bager Hansen ApS' });
  for (const r of records) addRecord(table, r, t);
  return kpiRows(table, slaWith(goals));
}

describe('KPIs', () => {
  it('compute attainment as met / (met + breached + overdue); open records do not count', () => {
    // 3 met, 1 breached, 1 overdue, 2 open: 3 / 5 = 60 %; count 7.
    const [kpi] = rows([
      record('met', 10),
      record('met', 20),
      record('met', 30),
      record('breached', 90),
      record('overdue', 70),
      record('open', 5),
      record('open', 5),
    ]);
    expect(kpi).toMatchObject({ count: 7, met: 3, breached: 1, overdue: 1, open: 2, attainment: 60, goal: 95, goalMet: false });
  });

  it('give null attainment and null goal met when only open records exist, never 0 or 100', () => {
    const [kpi] = rows([record('open', 5)]);
    expect(kpi).toMatchObject({ attainment: null, goalMet: null, medianMs: null, p90Ms: null, meanMs: null, maxMs: null });
  });

  it('meet a goal exactly at the goal, with no rounding on the way', () => {
    // 19 met of 20 = 95 %.
    const [kpi] = rows([...Array.from({ length: 19 }, () => record('met', 1)), record('breached', 100)]);
    expect([kpi!.attainment, kpi!.goalMet]).toEqual([95, true]);
  });

  it('give goal met null when the metric has no goal', () => {
    expect(rows([record('met', 1)], ['policy'], [])[0]).toMatchObject({ goal: null, goalMet: null });
  });

  it('take durations of completed records only: nearest-rank median and P90, mean, max', () => {
    // Completed: 10, 20, 30, 40 (open 500 and overdue 900 left out). Median rank ceil(0.5*4) = 2 -> 20;
    // P90 rank ceil(0.9*4) = 4 -> 40; mean 25; max 40.
    const [kpi] = rows([
      record('met', 40),
      record('met', 10),
      record('breached', 30),
      record('met', 20),
      record('open', 500),
      record('overdue', 900),
    ]);
    expect([kpi!.medianMs, kpi!.p90Ms, kpi!.meanMs, kpi!.maxMs].map((ms) => ms! / MINUTE)).toEqual([20, 40, 25, 40]);
  });

  it('group by policy in file order, then metric in file order', () => {
    const out = rows([
      record('met', 1, { policy: 'P3-P4', metric: 'resolution' }),
      record('met', 1, { policy: 'P3-P4' }),
      record('met', 1, { policy: 'P1' }),
    ]);
    expect(out.map((k) => [k.group, k.metric])).toEqual([
      [['P1'], 'response'],
      [['P3-P4'], 'response'],
      [['P3-P4'], 'resolution'],
    ]);
  });

  it('combine keys and put a record in the month of its stop, or of the instant it was judged at', () => {
    const out = rows(
      [
        record('met', 1, { judgedAt: cph('2026-11-01 00:00') }), // stopped at midnight: November
        record('open', 1, { judgedAt: cph('2026-11-01 00:00') }), // running, judged at the end of October: October
        record('overdue', 1, { judgedAt: cph('2026-12-05 12:00') }), // running at the as-of instant: December
      ],
      ['customer', 'month'],
    );
    expect(out.map((k) => [k.group, k.count])).toEqual([
      [['Bager Hansen ApS', '2026-10'], 1],
      [['Bager Hansen ApS', '2026-11'], 1],
      [['Bager Hansen ApS', '2026-12'], 1],
    ]);
  });

  it('give one row per metric with --by none', () => {
    const out = rows([record('met', 1, { policy: 'P1' }), record('met', 1, { policy: 'P2' })], ['none']);
    expect(out.map((k) => [k.group, k.count])).toEqual([[[], 2]]);
  });

  it("use a policy's own goal only for a group of that one policy", () => {
    const goals: Goal[] = [
      { metric: 'response', percent: 90 },
      { metric: 'response', policy: 'P1', percent: 99 },
    ];
    expect(goalFor(goals, 'response', 'P1')).toBe(99);
    expect(goalFor(goals, 'response', 'P2')).toBe(90);
    const byPriority = rows(
      [record('met', 1, { policy: 'P1', priority: 'P1' }), record('met', 1, { policy: 'P2', priority: 'P1' })],
      ['priority'],
      goals,
    );
    expect(byPriority[0]!.goal).toBe(90);
  });

  it('reconcile and stay in range for any records (property)', () => {
    const status = fc.constantFrom<RecordStatus>('met', 'breached', 'open', 'overdue');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(status, fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('P1', 'P2')), { maxLength: 60 }),
        (list) => {
          const out = rows(list.map(([s, m, p]) => record(s, m, { policy: p })));
          for (const k of out) {
            const mine = list.filter(([, , p]) => p === k.group[0]);
            expect(k.count).toBe(k.met + k.breached + k.overdue + k.open);
            expect(k.count).toBe(mine.length);
            if (k.attainment !== null) expect(k.attainment).toBeGreaterThanOrEqual(0);
            if (k.attainment !== null) expect(k.attainment).toBeLessThanOrEqual(100);
            // Oracle: sort the completed durations and read rank ceil(p * n / 100).
            const done = mine
              .filter(([s]) => s === 'met' || s === 'breached')
              .map(([, m]) => m * MINUTE)
              .sort((a, b) => a - b);
            expect(k.medianMs).toBe(done.length === 0 ? null : done[Math.ceil(done.length / 2) - 1]);
            expect(k.p90Ms).toBe(done.length === 0 ? null : done[Math.ceil((9 * done.length) / 10) - 1]);
            expect(k.maxMs).toBe(done.length === 0 ? null : done[done.length - 1]);
          }
        },
      ),
    );
  });
});

describe('nearest-rank percentiles', () => {
  it('equal the value at rank ceil(p * n / 100) of the sorted values, for values in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        (list, p) => {
          const sorted = [...list].sort((a, b) => a - b);
          expect(nearestRank(Float64Array.from(list), p)).toBe(sorted[Math.ceil((p * list.length) / 100) - 1]);
        },
      ),
    );
  });

  it('never interpolate, and take integer ranks without floating-point drift', () => {
    // n = 70: 90 % is rank 63 exactly (0.9 * 70 in floating point is 63.00000000000001).
    const values = Float64Array.from({ length: 70 }, (_, i) => i + 1);
    expect(nearestRank(values, 90)).toBe(63);
    expect(nearestRank(Float64Array.from([1, 2]), 50)).toBe(1);
    expect(nearestRank(new Float64Array(0), 50)).toBeUndefined();
  });
});
