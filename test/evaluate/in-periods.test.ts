import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEvaluation } from '../../src/evaluate/evaluate.js';
import { forEachEvaluationInPeriods, type PeriodToJudge } from '../../src/evaluate/in-periods.js';
import { monthPeriod, quarterPeriod } from '../../src/evaluate/periods.js';
import type { Detail } from '../../src/evaluate/records.js';
import type { Period, TicketRecord } from '../../src/evaluate/types.js';
import type { Sla } from '../../src/sla/types.js';
import type { ImportResult } from '../../src/tickets/types.js';
import { cph, ZONE } from '../builders.js';
import { exampleSla, importExample } from './example-run.js';

/**
 * One pass judging every period must give, period by period, exactly the
 * records (and warnings) of a separate evaluation of that period, which is
 * what check and report do. The example spans March 2026 to January 2027,
 * so the months include empty ones, records running across month ends, a
 * reopened ticket and tickets still open at the as-of.
 */
const AS_OF = cph('2027-01-05 12:00');
const months: Period[] = Array.from({ length: 13 }, (_, i) => monthPeriod(ZONE, i < 12 ? 2026 : 2027, (i % 12) + 1));
const periods: PeriodToJudge[] = [
  { period: monthPeriod(ZONE, 2026, 12), detail: 'full' },
  { period: quarterPeriod(ZONE, 2026, 4), detail: 'verdict' },
  { period: quarterPeriod(ZONE, 2026, 4), detail: 'full' },
  ...months.map((period): PeriodToJudge => ({ period, detail: 'verdict' })),
];

let sla: Sla;
let imported: ImportResult;
beforeAll(async () => {
  sla = exampleSla();
  imported = await importExample(sla);
});

function input(period: Period, detail: Detail) {
  return {
    sla,
    tickets: imported.tickets,
    events: imported.events,
    resolvedStatuses: imported.resolvedStatuses,
    asOf: AS_OF,
    period,
    detail,
  };
}

function onePeriod(period: Period, detail: Detail): TicketRecord[] {
  const records: TicketRecord[] = [];
  forEachEvaluation(input(period, detail), (e) => records.push(...e.records));
  return records;
}

describe('forEachEvaluationInPeriods', () => {
  it('gives each period the records a separate evaluation of that period gives', () => {
    const byPeriod: TicketRecord[][] = periods.map(() => []);
    forEachEvaluationInPeriods(input(periods[0]!.period, 'verdict'), periods, (_, judged) => {
      for (const { period, record } of judged) byPeriod[period]!.push(record);
    });
    // A verdict request may get a record worked out in full for another period at the same instant: compare what a verdict holds.
    const shown = (detail: Detail) => (r: TicketRecord) =>
      detail === 'full'
        ? r
        : {
            ticket: r.ticket,
            metric: r.metric,
            policy: r.policy,
            start: r.start,
            stop: r.stop,
            elapsedMs: r.elapsedMs,
            wallMs: r.wallMs,
            judgedAt: r.judgedAt,
            status: r.status,
          };
    periods.forEach(({ period, detail }, i) => {
      const expected = onePeriod(period, detail).map(shown(detail));
      expect({ label: period.label, detail, records: byPeriod[i]!.map(shown(detail)) }).toEqual({
        label: period.label,
        detail,
        records: expected,
      });
    });
    // Not vacuous: the example has records in most of these periods.
    expect(byPeriod.filter((r) => r.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('warns as forEachEvaluation does for the input period', () => {
    const main = periods[0]!.period;
    const warnings = forEachEvaluationInPeriods(input(main, 'verdict'), periods, () => {});
    expect(warnings).toEqual(forEachEvaluation(input(main, 'verdict'), () => {}));
  });

  it('judges a record running across a month end in both months: open or overdue in the first, stopped in the second', () => {
    // NL-1009 (P3, created Fri 30 Oct 14:00) was answered Mon 2 Nov 09:00: running at the end of October.
    const oct = monthPeriod(ZONE, 2026, 10);
    const nov = monthPeriod(ZONE, 2026, 11);
    const seen: { period: string; status: string; stopped: boolean }[] = [];
    forEachEvaluationInPeriods(
      input(oct, 'verdict'),
      [
        { period: oct, detail: 'verdict' },
        { period: nov, detail: 'verdict' },
      ],
      (e, judged) => {
        if (e.ticket.id !== 'NL-1009') return;
        for (const { period, record } of judged)
          if (record.metric === 'response')
            seen.push({ period: [oct, nov][period]!.label, status: record.status, stopped: record.stop !== undefined });
      },
    );
    // October: 2h of business time (Fri 14:00-16:00) of a 4h target, still running: open. November: 3h at 09:00: met.
    expect(seen).toEqual([
      { period: '2026-10', status: 'open', stopped: false },
      { period: '2026-11', status: 'met', stopped: true },
    ]);
  });
});
