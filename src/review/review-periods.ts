import type { Instant } from '../calendar/types.js';
import { formatDate, instantToLocal } from '../calendar/wall-clock.js';
import type { PeriodToJudge } from '../evaluate/in-periods.js';
import { monthPeriod, quarterPeriod } from '../evaluate/periods.js';
import type { Period } from '../evaluate/types.js';
import type { Edition } from './types.js';

/**
 * Which periods one review judges, worked out from the period asked for:
 * the period itself; the three before it (the scorecard compares with the
 * first; a goal missed in two of the last three and a backlog growing three
 * periods in a row look further back); and the trend's months, ending with
 * the period's last month. All are judged in one pass over the tickets.
 */
export type ReviewPlan = {
  edition: Edition;
  period: Period;
  /** The periods before it, nearest first, of the same kind (months, quarters, or the same length). */
  previous: Period[];
  /** The trend, oldest first. */
  months: Period[];
  /** What the evaluation judges, without repeats; the review period first and in full detail (its breaches need their due). */
  judged: PeriodToJudge[];
  /** Positions in `judged` of the period, each previous period and each month. */
  at: { period: number; previous: number[]; months: number[] };
};

const LOOK_BACK = 3;

export function reviewPlan(zone: string, period: Period, trendMonths: number): ReviewPlan {
  const edition = editionOf(period.label);
  const previous = Array.from({ length: LOOK_BACK }, (_, k) => periodBefore(zone, period, edition, k + 1));
  const last = instantToLocal(zone, period.to - 1);
  const months = Array.from({ length: trendMonths }, (_, k) => monthAt(zone, last.year, last.month - (trendMonths - 1 - k)));
  const judged: PeriodToJudge[] = [];
  const place = (p: Period, detail: PeriodToJudge['detail']): number => {
    const found = judged.findIndex((j) => j.period.from === p.from && j.period.to === p.to);
    if (found >= 0) return found;
    return judged.push({ period: p, detail }) - 1;
  };
  const at = {
    period: place(period, 'full'),
    previous: previous.map((p) => place(p, 'verdict')),
    months: months.map((p) => place(p, 'verdict')),
  };
  return { edition, period, previous, months, judged, at };
}

export function editionOf(label: string): Edition {
  if (/^\d{4}-\d{2}$/.test(label)) return 'monthly';
  if (/^\d{4}-Q[1-4]$/.test(label)) return 'quarterly';
  return 'custom';
}

/** The period `k` before: the k-th previous month or quarter, or a custom period shifted back by k of its lengths. */
function periodBefore(zone: string, period: Period, edition: Edition, k: number): Period {
  const [year, rest] = [Number(period.label.slice(0, 4)), period.label.slice(5)];
  if (edition === 'monthly') return monthAt(zone, year, Number(rest) - k);
  if (edition === 'quarterly') {
    const q = year * 4 + Number(rest.slice(1)) - 1 - k;
    return quarterPeriod(zone, Math.floor(q / 4), (q % 4) + 1);
  }
  const length = period.to - period.from;
  return customPeriod(zone, period.from - k * length, period.to - k * length);
}

/** A month given as year and a month number that may run below 1 or above 12. */
function monthAt(zone: string, year: number, month: number): Period {
  const index = year * 12 + month - 1;
  return monthPeriod(zone, Math.floor(index / 12), (index % 12) + 1);
}

function customPeriod(zone: string, from: Instant, to: Instant): Period {
  return { from, to, label: `${formatDate(instantToLocal(zone, from))}..${formatDate(instantToLocal(zone, to - 1))}` };
}
