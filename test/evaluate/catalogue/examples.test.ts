import { describe, expect, it } from 'vitest';
import {
  addTicket,
  kpiFigures,
  kpiTally,
  parseKpiGoal,
  type KpiFacts,
  type KpiFigure,
  type KpiMeasure,
} from '../../../src/evaluate/catalogue/index.js';
import { cph } from '../../builders.js';

/**
 * October and November 2026 in Copenhagen, as of Tuesday 3 November 09:00,
 * worked by hand. Times are Copenhagen wall times; October ends at
 * 1 Nov 00:00 CET (the clocks went back on 25 Oct).
 */

const OCTOBER = { from: cph('2026-10-01 00:00'), to: cph('2026-11-01 00:00') };
const NOVEMBER = { from: cph('2026-11-01 00:00'), to: cph('2026-12-01 00:00') };
const AS_OF = cph('2026-11-03 09:00');

let line = 1;
const facts = (id: string, created: string, resolved: string | undefined, more: Partial<KpiFacts> = {}): KpiFacts => ({
  id,
  created: cph(created),
  lastResolution: resolved === undefined ? undefined : cph(resolved),
  reopened: false,
  replies: 0,
  source: { file: 'tickets.csv', line: ++line },
  ...more,
});

const TICKETS: KpiFacts[] = [
  // Rated good on 3 Oct; one reply.
  facts('T1', '2026-09-20 10:00', '2026-10-02 10:00', { replies: 1, rating: { satisfied: true, at: cph('2026-10-03 12:00') } }),
  // Reopened, three replies, rated bad with no rating date: dated by its resolution, 5 Oct.
  facts('T2', '2026-10-01 08:00', '2026-10-05 16:00', { reopened: true, replies: 3, rating: { satisfied: false } }),
  // Resolved in November, but rated (satisfied) on 31 Oct: the rating's date decides its period.
  facts('T3', '2026-10-10 09:00', '2026-11-02 11:00', { rating: { satisfied: true, at: cph('2026-10-31 23:59') } }),
  // Open since August.
  facts('T4', '2026-08-15 09:00', undefined),
  // Open; created 2 Oct 00:30 CEST. 30 calendar days later is 1 Nov 00:30 CET, after October's end:
  // not older than 30 days then (30 × 24 h would have ended at 31 Oct 23:30 CET, before it).
  facts('T5', '2026-10-02 00:30', undefined),
  // Resolved exactly at October's end: still open then (SPEC 13.1.1).
  facts('T6', '2026-09-01 10:00', '2026-11-01 00:00'),
  // Empty Reopens and Replies cells: unknown, so out of both ratios and counted as such. Its rating was `offered`: none.
  facts('T7', '2026-10-20 09:00', '2026-10-21 09:00', { reopened: undefined, replies: undefined }),
  // Created in November.
  facts('T8', '2026-11-02 08:00', undefined),
  // Rated satisfied, no rating date, still open: in no period (one warning counts it).
  facts('T9', '2026-10-25 10:00', undefined, { rating: { satisfied: true } }),
];

function figures(
  measure: KpiMeasure,
  goal?: string,
  days?: number,
): { october: KpiFigure; november: KpiFigure; undated: number; examples: readonly { file: string; line: number }[] } {
  const parsed = goal === undefined ? undefined : parseKpiGoal(goal, measure);
  if (parsed !== undefined && !parsed.ok) throw new Error(parsed.message);
  const tally = kpiTally({ measure, days, zone: 'Europe/Copenhagen', periods: [OCTOBER, NOVEMBER], asOf: AS_OF, collect: true });
  for (const t of TICKETS) addTicket(tally, t);
  const [october, november] = kpiFigures(tally, parsed?.value);
  return { october: october!, november: november!, undated: tally.undatedRatings, examples: tally.undatedExamples };
}

describe('the six measures in October and November 2026, by hand', () => {
  it('created_count: T2, T3, T5, T7, T9 in October; T8 in November', () => {
    const { october, november } = figures('created_count', '>= 5');
    expect(october).toMatchObject({ value: 5, numerator: 5, denominator: null, goalMet: true, tickets: ['T2', 'T3', 'T5', 'T7', 'T9'] });
    expect(november).toMatchObject({ value: 1, tickets: ['T8'], goalMet: false });
  });
  it('resolved_count: T1, T2, T7 in October; T3 and T6 (at 1 Nov 00:00) in November', () => {
    const { october, november } = figures('resolved_count');
    expect(october).toMatchObject({ value: 3, numerator: 3, denominator: null, goalMet: null, tickets: ['T1', 'T2', 'T7'] });
    expect(november).toMatchObject({ value: 2, tickets: ['T3', 'T6'] });
  });
  it('reopen_rate: 1 of T1, T2 reopened = 50 %; T7 uncounted; November has T3 and T6, none reopened', () => {
    const { october, november } = figures('reopen_rate', '<= 5%');
    expect(october).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
      goalMet: false,
      uncounted: 1,
      tickets: ['T2'],
      uncountedTickets: ['T7'],
    });
    expect(november).toMatchObject({ value: 0, numerator: 0, denominator: 2, goalMet: true });
  });
  it('first_contact: T1 (1 reply) of T1, T2 = 50 %, which meets ">= 50%" exactly', () => {
    const { october } = figures('first_contact', '>= 50%');
    expect(october).toMatchObject({ value: 50, numerator: 1, denominator: 2, goalMet: true, uncounted: 1, tickets: ['T2'] });
  });
  it('satisfaction: T1 and T3 satisfied, T2 not = 2 / 3; T9 undated; November has no rating: null', () => {
    const { october, november, undated, examples } = figures('satisfaction', '>= 90%');
    expect(october).toMatchObject({ numerator: 2, denominator: 3, goalMet: false, tickets: ['T2'] });
    expect(october.value).toBe(200 / 3); // 66.666…, printed 66.67
    expect(november).toMatchObject({ value: null, numerator: 0, denominator: 0, goalMet: null });
    expect(undated).toBe(1);
    expect(examples).toEqual([TICKETS[8]!.source]);
  });
  it('backlog_older_than 30 days: T4 and T6 at the end of October; T4 and T5 at the as-of instant in November', () => {
    // October's end is 1 Nov 00:00: open then are T3 (10 days old), T4, T5 (not yet 30 calendar days), T6 (resolved at that instant), T9.
    // November's end is the as-of, 3 Nov 09:00: T5 has passed 1 Nov 00:30 by then; T6 and T3 are resolved; T8 is a day old.
    const { october, november } = figures('backlog_older_than', '<= 2', 30);
    expect(october).toMatchObject({ value: 2, numerator: 2, denominator: null, goalMet: true, tickets: ['T4', 'T6'] });
    expect(november).toMatchObject({ value: 2, tickets: ['T4', 'T5'] });
  });
  it('counts a ticket created exactly at the as-of instant as created, as history events at that instant have happened', () => {
    const tally = kpiTally({ measure: 'created_count', zone: 'Europe/Copenhagen', periods: [NOVEMBER], asOf: AS_OF });
    addTicket(tally, facts('N', '2026-11-03 09:00', undefined));
    addTicket(tally, facts('L', '2026-11-03 09:01', undefined)); // after the as-of: not yet
    expect(kpiFigures(tally)[0]!.numerator).toBe(1);
  });
  it('backlog_older_than counts calendar days across the spring DST change', () => {
    // Created 10 Mar 12:00 CET; 30 calendar days later is 9 Apr 12:00 CEST = 10:00Z, an hour before 30 × 24 h (11:00Z).
    const ticket = facts('S', '2026-03-10 12:00', undefined);
    const at = (asOf: number): number => {
      const tally = kpiTally({
        measure: 'backlog_older_than',
        days: 30,
        zone: 'Europe/Copenhagen',
        periods: [{ from: cph('2026-04-01 00:00'), to: cph('2026-05-01 00:00') }],
        asOf,
      });
      addTicket(tally, ticket);
      return kpiFigures(tally)[0]!.numerator;
    };
    expect(at(Date.UTC(2026, 3, 9, 10, 0))).toBe(0); // exactly at created + 30d: not after it
    expect(at(Date.UTC(2026, 3, 9, 10, 0, 0, 1))).toBe(1);
    expect(at(Date.UTC(2026, 3, 9, 10, 30))).toBe(1); // 30 × 24 h would not be over yet
  });
});
