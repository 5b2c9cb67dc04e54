import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDef } from '../../src/calendar/types.js';
import { evaluateTicket, evaluationContext } from '../../src/evaluate/evaluate.js';
import type { ClockItem, Metric, Sla } from '../../src/sla/types.js';
import type { Ticket, TicketEvent } from '../../src/tickets/types.js';
import { oracleOf, type Minute } from '../calendar/oracle.js';
import { MINUTE, policy, sla, slaCalendar } from '../builders.js';

/**
 * Milestone and update-cadence clocks (SPEC 8) against a brute-force oracle
 * that shares no code with src/: the calendar oracle's minute tape says which
 * minutes are open; this file reads the history minute by minute to decide
 * which rows qualify, which minutes are paused, and where each interval
 * between updates begins and ends.
 */

const CALENDARS: Record<string, CalendarDef> = {
  office: { timezone: 'Europe/Copenhagen', hours: { 'mon-fri': ['08:00-16:00'] } },
  always: { timezone: 'Europe/Copenhagen', hours: '24x7' },
  nights: { timezone: 'America/New_York', hours: { 'mon-sat': ['20:00-02:00'] } },
};
// Around the 2026 DST changes of both zones, and a plain week.
const T0S = [
  Date.UTC(2026, 2, 27, 6, 0),
  Date.UTC(2026, 9, 23, 6, 0),
  Date.UTC(2026, 2, 6, 12, 0),
  Date.UTC(2026, 10, 1, 12, 0),
  Date.UTC(2026, 5, 8, 5, 0),
];
const SPAN = 3 * 1440; // minutes of history after T0
const TAPE = 8 * 1440; // room for a due after the span

const tapes = new Map<string, Minute[]>();
function tapeOf(calendar: string, t0: number): Minute[] {
  const key = `${calendar} ${t0}`;
  let tape = tapes.get(key);
  if (tape === undefined) tapes.set(key, (tape = oracleOf(CALENDARS[calendar]!).tape(t0, t0 + TAPE * MINUTE)));
  return tape;
}

type Row = { minute: number; status?: string; group?: string; reply?: boolean };

/** Rows at distinct minutes (two rows at one minute would leave "the status at m" to file order). */
const rowsArb = (max: number) =>
  fc
    .array(
      fc.record({
        minute: fc.integer({ min: 0, max: SPAN }),
        status: fc.option(fc.constantFrom('Ny', 'I gang', ' i GANG', 'Vent', 'Løst'), { nil: undefined }),
        group: fc.option(fc.constantFrom('Desk', 'Vagt', 'vagt '), { nil: undefined }),
        reply: fc.boolean(),
      }),
      { maxLength: max },
    )
    .map((rows) => {
      const seen = new Set<number>();
      return rows.filter((r) => !seen.has(r.minute) && seen.add(r.minute) !== undefined).sort((a, b) => a.minute - b.minute);
    });

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The status at minute m: the last status row at or before it (undefined before the first). */
function statusAt(rows: readonly Row[], m: number): string | undefined {
  let status: string | undefined;
  for (const r of rows) if (r.minute <= m && r.status !== undefined) status = r.status;
  return status;
}

/** Open minutes of [from, to) that are not paused; minutes at or after `end` are never paused (the pause ends with the clock). */
function counted(tape: readonly Minute[], t0: number, from: number, to: number, paused: (m: number) => boolean): number {
  let n = 0;
  for (let m = from; m < to; m++) if (tape[m]!.open && !paused(m)) n++;
  return n;
}

function dueOf(tape: readonly Minute[], from: number, target: number, paused: (m: number) => boolean): number {
  if (target === 0) return from;
  for (let m = from, n = 0; m < tape.length; m++) if (tape[m]!.open && !paused(m) && ++n === target) return m + 1;
  return Infinity;
}

function run(metric: Metric, calendar: string, t0: number, rows: readonly Row[], target: number, asOf: number, resolved?: number) {
  const s: Sla = sla({
    calendars: new Map([[calendar, slaCalendar(calendar, CALENDARS[calendar]!)]]),
    metrics: new Map([[metric.name, metric]]),
    policies: [policy('All', 0, {}, calendar, { [metric.name]: { kind: 'business-time', ms: target * MINUTE, text: `${target}m` } })],
  });
  const at = (m: number) => t0 + m * MINUTE;
  const ticket: Ticket = {
    id: 'X',
    source: { file: 't.csv', line: 2 },
    times: { created: at(0), resolved: resolved === undefined ? undefined : at(resolved) },
    fields: {},
  };
  const events: TicketEvent[] = rows.map((r) => {
    const e: TicketEvent = { at: at(r.minute), source: { file: 'e.csv', line: 2 } };
    if (r.status !== undefined) e.status = r.status;
    if (r.group !== undefined) e.fields = { group: r.group };
    if (r.reply) e.reply = true;
    return e;
  });
  // No done statuses: the reopen rule has nothing to do, so the oracle need not know it.
  const context = evaluationContext({
    sla: s,
    tickets: [ticket],
    events: { eventsFor: () => events, size: events.length },
    resolvedStatuses: [],
    asOf: at(asOf),
  });
  const [record] = evaluateTicket(context, ticket, []).records;
  if (record === undefined) return undefined;
  const minute = (ms: number) => (ms - t0) / MINUTE;
  return {
    start: minute(record.start),
    stop: record.stop === undefined ? undefined : minute(record.stop),
    due: minute(record.due),
    elapsed: record.elapsedMs / MINUTE,
    paused: record.pausedMs / MINUTE,
    status: record.status,
    updates: record.updates,
    late: record.lateUpdates,
  };
}

const statusOf = (stopped: boolean, over: boolean) => (stopped ? (over ? 'breached' : 'met') : over ? 'overdue' : 'open');

describe('milestone clocks agree with a brute-force oracle (SPEC 8.1)', () => {
  const stopItems = fc
    .uniqueArray(fc.constantFrom<'status' | 'group' | 'reply' | 'resolved'>('status', 'group', 'reply', 'resolved'), {
      minLength: 1,
      maxLength: 4,
    })
    .filter((items) => items.some((i) => i !== 'resolved'));
  const kase = fc.record({
    calendar: fc.constantFrom('office', 'always', 'nights'),
    t0: fc.constantFrom(...T0S),
    rows: rowsArb(8),
    startAtGroup: fc.boolean(),
    stops: stopItems,
    pausing: fc.boolean(),
    target: fc.integer({ min: 0, max: 600 }),
    asOf: fc.integer({ min: 0, max: SPAN + 200 }),
    resolved: fc.option(fc.integer({ min: 0, max: SPAN }), { nil: undefined }),
  });

  it('business time to the first qualifying history row, pauses excluded; no record when the start never happens', () => {
    fc.assert(
      fc.property(kase, (c) => {
        const toItem = (i: string): ClockItem =>
          i === 'status' ? { column: 'status', values: ['I gang'] } : i === 'group' ? { column: 'group', values: ['Vagt'] } : i;
        const metric: Metric = {
          name: 'escalation',
          start: c.startAtGroup ? { column: 'group', values: ['VAGT'] } : 'created',
          stop: c.stops.map(toItem),
          pauseWhenStatus: c.pausing ? ['vent'] : [],
        };
        const got = run(metric, c.calendar, c.t0, c.rows, c.target, c.asOf, c.resolved);

        // The oracle: only rows up to the as-of instant have happened.
        const rows = c.rows.filter((r) => r.minute <= c.asOf);
        const start = c.startAtGroup ? rows.find((r) => same(r.group, 'Vagt'))?.minute : 0;
        if (start === undefined) {
          expect(got).toBeUndefined();
          return;
        }
        const firstRow = (test: (r: Row) => boolean) => rows.find((r) => r.minute >= start && test(r))?.minute;
        const candidates = c.stops.map((i) =>
          i === 'status'
            ? firstRow((r) => same(r.status, 'I gang'))
            : i === 'group'
              ? firstRow((r) => same(r.group, 'Vagt'))
              : i === 'reply'
                ? firstRow((r) => r.reply === true)
                : c.resolved !== undefined && c.resolved <= c.asOf
                  ? c.resolved
                  : undefined,
        );
        const present = candidates.filter((m): m is number => m !== undefined);
        const stop = present.length === 0 ? undefined : Math.min(...present);
        if (stop !== undefined && stop < start) {
          expect(got).toBeUndefined(); // reported as stop-before-start
          return;
        }
        const end = stop ?? c.asOf;
        const tape = tapeOf(c.calendar, c.t0);
        const paused = (m: number) => c.pausing && m < end && same(statusAt(rows, m), 'Vent');
        const elapsed = counted(tape, c.t0, start, end, paused);
        expect(got).toEqual({
          start,
          stop,
          due: dueOf(tape, start, c.target, paused),
          elapsed,
          paused: counted(tape, c.t0, start, end, () => false) - elapsed,
          status: statusOf(stop !== undefined, elapsed > c.target),
          updates: undefined,
          late: undefined,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('update-cadence clocks agree with a brute-force oracle (SPEC 8.2)', () => {
  const kase = fc.record({
    calendar: fc.constantFrom('office', 'always', 'nights'),
    t0: fc.constantFrom(...T0S),
    rows: rowsArb(10),
    statusUpdates: fc.boolean(),
    pausing: fc.boolean(),
    target: fc.integer({ min: 1, max: 300 }),
    asOf: fc.integer({ min: 0, max: SPAN + 200 }),
    resolved: fc.option(fc.integer({ min: 0, max: SPAN }), { nil: undefined }),
  });

  it('longest interval = max of per-interval business times; late updates count the intervals over the target; status and due by SPEC 8.2', () => {
    fc.assert(
      fc.property(kase, (c) => {
        const updates: ClockItem[] = c.statusUpdates ? ['reply', { column: 'status', values: ['I gang'] }] : ['reply'];
        const metric: Metric = {
          name: 'status_update',
          start: 'created',
          stop: ['resolved'],
          updates,
          pauseWhenStatus: c.pausing ? ['Vent'] : [],
        };
        const got = run(metric, c.calendar, c.t0, c.rows, c.target, c.asOf, c.resolved);

        const rows = c.rows.filter((r) => r.minute <= c.asOf);
        const stop = c.resolved !== undefined && c.resolved <= c.asOf ? c.resolved : undefined;
        const end = stop ?? c.asOf;
        const isUpdate = (r: Row) => r.reply === true || (c.statusUpdates && same(r.status, 'I gang'));
        const bounds = [0, ...rows.filter((r) => r.minute > 0 && r.minute < end && isUpdate(r)).map((r) => r.minute), end];
        const tape = tapeOf(c.calendar, c.t0);
        const paused = (m: number) => c.pausing && m < end && same(statusAt(rows, m), 'Vent');
        const intervals = bounds.slice(1).map((to, i) => ({ from: bounds[i]!, minutes: counted(tape, c.t0, bounds[i]!, to, paused) }));
        const late = intervals.filter((i) => i.minutes > c.target);
        const longest = Math.max(...intervals.map((i) => i.minutes));
        // Due: when the first late interval went over; else when the last one will be (or was) over.
        const dueFrom = late.length > 0 ? late[0]!.from : intervals[intervals.length - 1]!.from;
        expect(got).toEqual({
          start: 0,
          stop,
          due: dueOf(tape, dueFrom, c.target, paused),
          elapsed: longest,
          paused: counted(tape, c.t0, 0, end, () => false) - intervals.reduce((s, i) => s + i.minutes, 0),
          status: statusOf(stop !== undefined, late.length > 0),
          updates: bounds.length - 2,
          late: late.length,
        });
        // SPEC 8.2's status rule: a running record that is over is overdue, never breached.
        if (stop === undefined) expect(got?.status).not.toBe('breached');
      }),
      { numRuns: 150 },
    );
  });
});
