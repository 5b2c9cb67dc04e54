import { beforeAll, describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/calendar/wall-clock.js';
import { monthPeriod } from '../../src/evaluate/periods.js';
import type { TicketRecord } from '../../src/evaluate/types.js';
import { cph, ZONE } from '../builders.js';
import { runExample, type ExampleRun } from './example-run.js';

/**
 * The bundled example's other clocks (issue 10, SPEC 8 and 9), worked out by
 * hand. P1 on "vagt" (24x7): escalation 30m (stops at group "Vagt" or status
 * "I gang"), workaround 2h (status "Workaround leveret", or resolved; paused
 * while waiting), status_update 1h between agent replies (paused while
 * "Afventer kunde"). P2 on "kontor" (Mon-Fri 08:00-16:00): workaround 4h and
 * resolution 8h for tickets created until 30 June 2026, 3h and 6h from 1 July.
 */
const AS_OF = cph('2027-01-05 12:00');
const show = (at: number | undefined) => (at === undefined ? null : formatInstant(ZONE, at));

function summary(r: TicketRecord | undefined) {
  if (r === undefined) return undefined;
  return {
    policy: r.policy,
    due: show(r.due),
    stop: show(r.stop),
    elapsed: r.elapsedMs / 60_000,
    paused: r.pausedMs / 60_000,
    status: r.status,
    updates: r.updates,
    late: r.lateUpdates,
  };
}

function intervals(r: TicketRecord | undefined): [string | null, number, boolean][] {
  return (r?.intervals ?? []).map((i) => [show(i.from)!.slice(11, 16), i.businessMs / 60_000, i.late]);
}

let run: ExampleRun;
beforeAll(async () => {
  run = await runExample(AS_OF);
});
const record = (key: string) => run.records.get(key);

describe("the example's escalation, workaround and status-update clocks, worked out by hand", () => {
  it('NL-1019 (P1, Saturday night): escalated late, a workaround in time, one update too late', () => {
    // Created Sat 17 Oct 22:00. Handed to "Vagt" 22:45, "I gang" 22:50: the earlier, 22:45, stops escalation:
    // 45m > 30m, due 22:30, breached by 15m.
    expect(summary(record('NL-1019 escalation'))).toMatchObject({
      due: '2026-10-17T22:30:00+02:00',
      stop: '2026-10-17T22:45:00+02:00',
      elapsed: 45,
      status: 'breached',
      updates: undefined,
    });
    // "Workaround leveret" at 23:50: 1h50m <= 2h, met (due 00:00); the resolution at 01:30 does not matter.
    expect(summary(record('NL-1019 workaround'))).toMatchObject({
      due: '2026-10-18T00:00:00+02:00',
      stop: '2026-10-17T23:50:00+02:00',
      elapsed: 110,
      status: 'met',
    });
    // Replies 22:40, 23:30, 00:45; resolved 01:30. Intervals 40m, 50m, 75m, 45m: the longest is 75m > 60m, one late.
    // The first late interval starts at 23:30: due 00:30. Breached, over by 15m.
    const updates = record('NL-1019 status_update');
    expect(summary(updates)).toMatchObject({
      due: '2026-10-18T00:30:00+02:00',
      stop: '2026-10-18T01:30:00+02:00',
      elapsed: 75,
      status: 'breached',
      updates: 3,
      late: 1,
    });
    expect(intervals(updates)).toEqual([
      ['22:00', 40, false],
      ['22:40', 50, false],
      ['23:30', 75, true],
      ['00:45', 45, false],
    ]);
  });

  it('NL-1020 (P1): while waiting for the customer the update clock stands still, and a reply then still counts', () => {
    // Created Mon 19 Oct 09:00; reply 09:10 ("I gang"); "Afventer kunde" 09:50-12:30; reply 10:30 (in the pause);
    // reply 13:10; resolved 13:40.
    // [09:00, 09:10) 10m; [09:10, 10:30) 40m counted + 40m paused; [10:30, 13:10) 2h paused + 40m counted;
    // [13:10, 13:40) 30m. Longest 40m: met, 3 updates, none late; paused 40m + 2h = 160m.
    // Without the pause the intervals would be 80m and 160m: two late updates.
    // Due: none late, so the last interval's: 13:10 + 1h = 14:10.
    const updates = record('NL-1020 status_update');
    expect(summary(updates)).toMatchObject({
      due: '2026-10-19T14:10:00+02:00',
      stop: '2026-10-19T13:40:00+02:00',
      elapsed: 40,
      paused: 160,
      status: 'met',
      updates: 3,
      late: 0,
    });
    expect(intervals(updates)).toEqual([
      ['09:00', 10, false],
      ['09:10', 40, false],
      ['10:30', 40, false],
      ['13:10', 30, false],
    ]);
    // Escalation: "I gang" at 09:10, 10m. Workaround: none delivered, so the fix at 13:40 stops it:
    // 4h40m - 2h40m paused = 2h, exactly the target (due 13:40): met.
    expect(summary(record('NL-1020 escalation'))).toMatchObject({ stop: '2026-10-19T09:10:00+02:00', elapsed: 10, status: 'met' });
    expect(summary(record('NL-1020 workaround'))).toMatchObject({
      due: '2026-10-19T13:40:00+02:00',
      stop: '2026-10-19T13:40:00+02:00',
      elapsed: 120,
      paused: 160,
      status: 'met',
    });
  });

  it('NL-1007 (P1 over the DST change): the interval across the repeated hour counts its real time', () => {
    // Replies Sat 24 Oct 23:20, Sun 00:15, 01:10 (CEST), 03:05 (CET); resolved 03:30 CET.
    // 01:10 CEST = 23:10Z, 03:05 CET = 02:05Z: 2h55m = 175m, although the wall clocks differ by 1h55m.
    // Intervals 20, 55, 55, 175, 25: breached, one late, due 01:10 + 1h = 02:10 CEST.
    const updates = record('NL-1007 status_update');
    expect(summary(updates)).toMatchObject({ due: '2026-10-25T02:10:00+02:00', elapsed: 175, status: 'breached', updates: 4, late: 1 });
    expect(intervals(updates).map(([, minutes]) => minutes)).toEqual([20, 55, 55, 175, 25]);
  });

  it('NL-1017 (P1): an interval exactly as long as the target is not late', () => {
    // Replies 21:10, 22:05, 23:00; resolved Sun 1 Nov 00:00: intervals 10, 55, 55, 60. Due 23:00 + 1h = 00:00.
    expect(summary(record('NL-1017 status_update'))).toMatchObject({
      due: '2026-11-01T00:00:00+01:00',
      elapsed: 60,
      status: 'met',
      updates: 3,
      late: 0,
    });
  });

  it('NL-1012 (P1 on Christmas night): escalated by starting work, 15 minutes late', () => {
    // No hand-over to "Vagt"; "I gang" at 03:45 stops escalation: 45m > 30m.
    expect(summary(record('NL-1012 escalation'))).toMatchObject({
      due: '2026-12-25T03:30:00+01:00',
      stop: '2026-12-25T03:45:00+01:00',
      elapsed: 45,
      status: 'breached',
    });
  });

  it('NL-1023 (P1, running at the as-of instant): the running interval is open, due when it will be over', () => {
    // Created Tue 5 Jan 10:00; replies 10:20, 11:15; as of 12:00: intervals 20, 55 and a running 45m: open,
    // due 11:15 + 1h = 12:15. Escalation: "Vagt" at 10:05 = 5m. Workaround: 2h at 12:00, not over 2h: open.
    expect(summary(record('NL-1023 status_update'))).toMatchObject({
      due: '2027-01-05T12:15:00+01:00',
      stop: null,
      elapsed: 55,
      status: 'open',
      updates: 2,
      late: 0,
    });
    expect(intervals(record('NL-1023 status_update'))).toEqual([
      ['10:00', 20, false],
      ['10:20', 55, false],
      ['11:15', 45, false],
    ]);
    expect(summary(record('NL-1023 escalation'))).toMatchObject({ stop: '2027-01-05T10:05:00+01:00', elapsed: 5, status: 'met' });
    expect(summary(record('NL-1023 workaround'))).toMatchObject({
      due: '2027-01-05T12:00:00+01:00',
      stop: null,
      elapsed: 120,
      status: 'open',
    });
  });

  it('only P1 has escalation and status-update records; non-cadence records carry no update counts', () => {
    expect(record('NL-1004 escalation')).toBeUndefined();
    expect(record('NL-1004 status_update')).toBeUndefined();
    expect(record('NL-1004 workaround')?.updates).toBeUndefined();
  });
});

describe("the example's contract change on 1 July 2026 (SPEC 9)", () => {
  it('NL-1021, created on 30 June, keeps the old P2 targets although it is worked on 1 July', () => {
    // Tue 30 Jun 15:00: 8h = 1h Tue + Wed 1 Jul 08:00 + 7h = 15:00; resolved 14:00 = 7h: met (under 6h it would breach).
    expect(summary(record('NL-1021 resolution'))).toMatchObject({
      policy: 'P2 Høj (til 30/6)',
      due: '2026-07-01T15:00:00+02:00',
      elapsed: 420,
      status: 'met',
    });
    // Workaround 4h: "Workaround leveret" Wed 10:00 = 1h + 2h = 3h: met, due 11:00.
    expect(summary(record('NL-1021 workaround'))).toMatchObject({ due: '2026-07-01T11:00:00+02:00', elapsed: 180, status: 'met' });
  });

  it('NL-1022, created five minutes into 1 July, gets the new P2 targets', () => {
    // Wed 1 Jul 00:05: the clock starts at 08:00. Resolution 6h: due 14:00; resolved 15:00 = 7h: breached.
    expect(summary(record('NL-1022 resolution'))).toMatchObject({
      policy: 'P2 Høj',
      due: '2026-07-01T14:00:00+02:00',
      elapsed: 420,
      status: 'breached',
    });
    // Workaround 3h: due 11:00; delivered 11:30 = 3h30m: breached.
    expect(summary(record('NL-1022 workaround'))).toMatchObject({ due: '2026-07-01T11:00:00+02:00', elapsed: 210, status: 'breached' });
  });

  it('the April P2 ticket NL-1002 is judged by the old version', () => {
    expect(record('NL-1002 resolution')?.policy).toBe('P2 Høj (til 30/6)');
  });

  it('a period report counts cadence records like the others (October: their longest gaps)', async () => {
    const october = await runExample(AS_OF, monthPeriod(ZONE, 2026, 10));
    const gaps = [...october.records.values()]
      .filter((r) => r.metric === 'status_update' && r.stop !== undefined)
      .map((r) => [r.ticket, r.elapsedMs / 60_000]);
    expect(gaps).toEqual(
      expect.arrayContaining([
        ['NL-1019', 75],
        ['NL-1020', 40],
        ['NL-1007', 175],
      ]),
    );
  });
});
