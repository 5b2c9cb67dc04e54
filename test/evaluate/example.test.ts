import { beforeAll, describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/calendar/wall-clock.js';
import { monthPeriod } from '../../src/evaluate/periods.js';
import type { TicketRecord } from '../../src/evaluate/types.js';
import { cph, ZONE } from '../builders.js';
import { runExample, type ExampleRun } from './example-run.js';

/**
 * The bundled example, worked out by hand. Calendar "kontor": Mon-Fri
 * 08:00-16:00 Europe/Copenhagen, DK public holidays, Juleaftensdag and
 * 2026-12-31 closed, 2026-12-23 08:00-12:00. "vagt": 24x7. P1: response 30m,
 * resolution 4h (vagt). P2: 1h / 8h until 30 June 2026, 1h / 6h from 1 July;
 * P3-P4: 4h / 3bd (kontor). Resolution
 * pauses in "Afventer kunde" and "Afventer tredjepart"; done: Løst, Lukket.
 * Easter 2026: Thu 2 - Mon 6 April closed. DST ends Sun 25 October 03:00 CEST
 * -> 02:00 CET.
 */
const AS_OF = cph('2027-01-05 12:00');

type Expected = { due: string; stop: string | null; target: number; elapsed: number; paused?: number; status: TicketRecord['status'] };

function summary(r: TicketRecord | undefined) {
  if (r === undefined) return undefined;
  return {
    due: formatInstant(ZONE, r.due),
    stop: r.stop === undefined ? null : formatInstant(ZONE, r.stop),
    target: r.targetMs / 60_000,
    elapsed: r.elapsedMs / 60_000,
    paused: r.pausedMs / 60_000,
    status: r.status,
  };
}

describe('the bundled example, as of 2027-01-05 12:00, worked out by hand', () => {
  let run: ExampleRun;
  beforeAll(async () => {
    run = await runExample(AS_OF);
  });
  const expectRecord = (key: string, e: Expected) => expect(summary(run.records.get(key))).toEqual({ paused: 0, ...e });

  it('NL-1001 (P3, before Easter): response met across the Easter closure', () => {
    // Wed 1 Apr 15:30-16:00 = 30m; Thu 2 - Mon 6 closed (Easter, weekend); Tue 7 08:00 + 3h30m = 11:30 due.
    // Answered Tue 08:45: 30m + 45m = 75m <= 240m.
    expectRecord('NL-1001 response', {
      due: '2026-04-07T11:30:00+02:00',
      stop: '2026-04-07T08:45:00+02:00',
      target: 240,
      elapsed: 75,
      status: 'met',
    });
  });

  it('NL-1001: a 3bd resolution target becomes a business-time budget', () => {
    // Start Wed 1 Apr 15:30, k = 7h30m into its service day. Service days after: Tue 7, Wed 8, Thu 9 April;
    // Thu 08:00 + 7h30m = 15:30. Budget: Wed 30m + Tue 8h + Wed 8h + Thu 7h30m = 24h = 1440m.
    // Resolved Thu 10:00: 30m + 8h + 8h + 2h = 18h30m = 1110m.
    expectRecord('NL-1001 resolution', {
      due: '2026-04-09T15:30:00+02:00',
      stop: '2026-04-09T10:00:00+02:00',
      target: 1440,
      elapsed: 1110,
      status: 'met',
    });
  });

  it('NL-1002 (P2, created on Skærtorsdag): the clock starts at the next opening', () => {
    // Created Thu 2 Apr 09:12 (holiday): first opening Tue 7 08:00; response due 09:00; answered 09:30: 90m > 60m.
    expectRecord('NL-1002 response', {
      due: '2026-04-07T09:00:00+02:00',
      stop: '2026-04-07T09:30:00+02:00',
      target: 60,
      elapsed: 90,
      status: 'breached',
    });
    // Resolution 8h: Tue 08:00 + 8h = 16:00; resolved 15:00: 7h = 420m.
    expectRecord('NL-1002 resolution', {
      due: '2026-04-07T16:00:00+02:00',
      stop: '2026-04-07T15:00:00+02:00',
      target: 480,
      elapsed: 420,
      status: 'met',
    });
  });

  it('NL-1003 (P1, at night on Easter Saturday): 24x7 counts every minute', () => {
    // 02:10 + 4h = 06:10 due; resolved 07:30 = 5h20m = 320m > 240m.
    expectRecord('NL-1003 resolution', {
      due: '2026-04-04T06:10:00+02:00',
      stop: '2026-04-04T07:30:00+02:00',
      target: 240,
      elapsed: 320,
      status: 'breached',
    });
  });

  it('NL-1004 (P2): waiting for the customer pauses resolution and moves the due', () => {
    // P2 since 1 July 2026: resolution 6h. Counted Mon 5 Oct 10:00-11:00 = 1h. Paused "Afventer kunde" Mon 11:00 -
    // Tue 14:00: Mon 5h + Tue 6h = 660m. Counted Tue 14:00-15:30 = 1h30m: elapsed 150m.
    // Due: 1h Mon, 2h Tue 14-16, Wed 7 08:00 + 3h = 11:00.
    expectRecord('NL-1004 resolution', {
      due: '2026-10-07T11:00:00+02:00',
      stop: '2026-10-06T15:30:00+02:00',
      target: 360,
      elapsed: 150,
      paused: 660,
      status: 'met',
    });
  });

  it('NL-1005 (P3, reopened): the clock stops at the last resolution and the resolved stretch is paused', () => {
    // Export says resolved Wed 7 Oct 11:00 (the first resolution); history: reopened Thu 8 10:00, resolved Fri 9 14:00.
    // 3bd from Tue 6 09:00 (k = 1h): Wed, Thu, Fri -> Fri 09:00; budget Tue 7h + Wed 8h + Thu 8h + Fri 1h = 1440m.
    // Paused while "Løst": Wed 11:00 - Thu 10:00 = Wed 5h + Thu 2h = 420m.
    // Due: Tue 7h, Wed 08-11 3h (10h), Thu 10-16 6h (16h), Fri 08:00 + 8h = 16:00.
    // Elapsed to Fri 14:00: 7h + 3h + 6h + 6h = 22h = 1320m.
    expectRecord('NL-1005 resolution', {
      due: '2026-10-09T16:00:00+02:00',
      stop: '2026-10-09T14:00:00+02:00',
      target: 1440,
      elapsed: 1320,
      paused: 420,
      status: 'met',
    });
  });

  it('NL-1006 (P3 escalated to P2): judged by the P2 policy with time kept from the start', () => {
    // Created Mon 12 Oct 09:00 as P3, P2 from 10:00. Resolution 6h: Mon 09:00 + 6h = 15:00 due.
    // Resolved Tue 11:00: 7h + 3h = 600m > 360m.
    const r = run.records.get('NL-1006 resolution');
    expect([r?.policy, r?.priority, r?.priorityChanged]).toEqual(['P2 Høj', 'P2', true]);
    expectRecord('NL-1006 resolution', {
      due: '2026-10-12T15:00:00+02:00',
      stop: '2026-10-13T11:00:00+02:00',
      target: 360,
      elapsed: 600,
      status: 'breached',
    });
  });

  it('NL-1007 (P1 over the DST change): the repeated hour counts', () => {
    // Sat 24 Oct 23:00 CEST (21:00Z) + 4h = 01:00Z = Sun 02:00 CET (the second 02:00). Resolved 03:30 CET = 02:30Z:
    // 5h30m = 330m, although the wall clocks differ by 4h30m.
    expectRecord('NL-1007 resolution', {
      due: '2026-10-25T02:00:00+01:00',
      stop: '2026-10-25T03:30:00+01:00',
      target: 240,
      elapsed: 330,
      status: 'breached',
    });
    expect(run.records.get('NL-1007 resolution')?.wallMs).toBe(330 * 60_000);
  });

  it('NL-1008 (P2 over the DST weekend): office hours on both sides', () => {
    // Fri 23 Oct 15:00 CEST: response due 16:00 (1h); answered Mon 26 08:30 CET: 1h + 30m = 90m.
    expectRecord('NL-1008 response', {
      due: '2026-10-23T16:00:00+02:00',
      stop: '2026-10-26T08:30:00+01:00',
      target: 60,
      elapsed: 90,
      status: 'breached',
    });
    // Wall clock Fri 13:00Z -> Mon 07:30Z = 66h30m = 3990m: the weekend is an hour longer.
    expect(run.records.get('NL-1008 response')?.wallMs).toBe(3990 * 60_000);
  });

  it("NL-1011 (P3 over Christmas): half day, Juleaftensdag, holidays and New Year's Eve", () => {
    // Wed 23 Dec 10:30 (k = 2h30m into the 08:00-12:00 half day). Closed: Thu 24, Fri 25, weekend, Thu 31, Fri 1 Jan.
    // Response 4h: Wed 1h30m, Mon 28 08:00 + 2h30m = 10:30 due; answered 08:15: 1h45m = 105m.
    expectRecord('NL-1011 response', {
      due: '2026-12-28T10:30:00+01:00',
      stop: '2026-12-28T08:15:00+01:00',
      target: 240,
      elapsed: 105,
      status: 'met',
    });
    // 3bd: Mon 28, Tue 29, Wed 30 -> Wed 08:00 + 2h30m = 10:30. Budget: 1h30m + 8h + 8h + 2h30m = 20h = 1200m.
    // Paused Mon 09:00 - Tue 09:00 = 7h + 1h = 480m. Due: 1h30m, Mon 08-09 1h, Tue 09-16 7h, Wed 08-16 8h (17h30m),
    // then 2h30m more: Thu 31 and Fri 1 Jan closed, Mon 4 Jan 08:00 + 2h30m = 10:30.
    // Resolved Wed 30 15:00: 1h30m + 1h + 7h + 7h = 16h30m = 990m.
    expectRecord('NL-1011 resolution', {
      due: '2027-01-04T10:30:00+01:00',
      stop: '2026-12-30T15:00:00+01:00',
      target: 1200,
      elapsed: 990,
      paused: 480,
      status: 'met',
    });
  });

  it('NL-1012 (P1 on Christmas Day at night): 45m to respond is a breach by 15m', () => {
    expectRecord('NL-1012 response', {
      due: '2026-12-25T03:30:00+01:00',
      stop: '2026-12-25T03:45:00+01:00',
      target: 30,
      elapsed: 45,
      status: 'breached',
    });
  });

  it('NL-1015 (P2, waiting for the customer at the as-of instant): the due as if the pause ended then', () => {
    // Counted Mon 21 Dec 09:00-12:00 = 3h; paused from 12:00 to the as-of Tue 5 Jan 12:00:
    // Mon 4h, Tue 22 8h, Wed 23 4h, Mon 28, Tue 29, Wed 30 8h each, Mon 4 Jan 8h, Tue 5 4h = 52h = 3120m.
    // 6h target, 3h left from Tue 12:00: 15:00.
    expectRecord('NL-1015 resolution', {
      due: '2027-01-05T15:00:00+01:00',
      stop: null,
      target: 360,
      elapsed: 180,
      paused: 3120,
      status: 'open',
    });
  });

  it('NL-1016 (P2): a stop exactly at the due is met', () => {
    // Response 13:00 + 1h = 14:00, answered 14:00. Resolution 6h: Tue 3h + Wed 08:00 + 3h = 11:00, resolved 11:00.
    expectRecord('NL-1016 response', {
      due: '2026-10-13T14:00:00+02:00',
      stop: '2026-10-13T14:00:00+02:00',
      target: 60,
      elapsed: 60,
      status: 'met',
    });
    expectRecord('NL-1016 resolution', {
      due: '2026-10-14T11:00:00+02:00',
      stop: '2026-10-14T11:00:00+02:00',
      target: 360,
      elapsed: 360,
      status: 'met',
    });
  });

  it('NL-1018 (P2, running at the as-of instant): overdue', () => {
    // 6h: Wed 30 Dec 09:00 + 6h = 15:00 due (Thu 31, Fri 1 Jan are closed anyway).
    // At Tue 5 Jan 12:00: 7h + 8h + 4h = 19h = 1140m > 360m.
    expectRecord('NL-1018 resolution', { due: '2026-12-30T15:00:00+01:00', stop: null, target: 360, elapsed: 1140, status: 'overdue' });
  });

  it('NL-1013 has no SLA: it is evaluated into no records and named in the warnings with its line', () => {
    expect(run.records.has('NL-1013 response')).toBe(false);
    expect(run.warnings.find((w) => w.code === 'evaluate.no-policy')).toMatchObject({
      message: 'ticket "NL-1013" matches no policy (priority "5 - Ukendt"): it has no SLA',
      where: { file: 'tickets.csv', line: 14 },
    });
  });

  it('the bad rows are skipped by the import, each with its line', () => {
    const lines = run.imported.problems.filter((p) => p.where.file === 'tickets.csv').map((p) => p.where.line);
    // Line 15: NL-1014's first response is before it was created; 20: no id; 21: 31 February; 22: resolved before created.
    expect(lines).toEqual([15, 20, 21, 22]);
  });
});

describe('the bundled example in October 2026 (a period)', () => {
  let october: ExampleRun;
  let november: ExampleRun;
  beforeAll(async () => {
    october = await runExample(AS_OF, monthPeriod(ZONE, 2026, 10));
    november = await runExample(AS_OF, monthPeriod(ZONE, 2026, 11));
  });

  it('NL-1009 runs across two months: open at the end of October, met in November', () => {
    // Fri 30 Oct 14:00; response due Mon 2 Nov 10:00. At 1 Nov 00:00: Fri 14-16 = 2h counted <= 4h: open.
    expect(summary(october.records.get('NL-1009 response'))).toMatchObject({ stop: null, elapsed: 120, status: 'open' });
    // Answered Mon 2 Nov 09:00: 2h + 1h = 180m.
    expect(summary(november.records.get('NL-1009 response'))).toMatchObject({
      stop: '2026-11-02T09:00:00+01:00',
      elapsed: 180,
      status: 'met',
    });
  });

  it('NL-1010 is overdue at the end of October and breached in November', () => {
    // Wed 28 Oct 10:00, 6h: Wed 10:00-16:00, due at the closing, 16:00. At 1 Nov: Wed 6h + Thu 8h + Fri 8h = 22h = 1320m.
    expect(summary(october.records.get('NL-1010 resolution'))).toMatchObject({
      due: '2026-10-28T16:00:00+01:00',
      stop: null,
      elapsed: 1320,
      status: 'overdue',
    });
    // Resolved Mon 2 Nov 12:00: 22h + 4h = 1560m.
    expect(summary(november.records.get('NL-1010 resolution'))).toMatchObject({ elapsed: 1560, status: 'breached' });
  });

  it('NL-1017 stops exactly at midnight on 1 November: running in October, stopped in November', () => {
    // Sat 31 Oct 21:00, P1 resolution 4h; resolved Sun 1 Nov 00:00 = 3h.
    expect(summary(october.records.get('NL-1017 resolution'))).toMatchObject({ stop: null, elapsed: 180, status: 'open' });
    expect(summary(november.records.get('NL-1017 resolution'))).toMatchObject({
      stop: '2026-11-01T00:00:00+01:00',
      elapsed: 180,
      status: 'met',
    });
  });

  it('leaves out records that stopped before October', () => {
    expect(october.records.has('NL-1001 response')).toBe(false);
  });
});

describe('verdicts only (what report asks for)', () => {
  it('give the same status and elapsed time as full records, for every record of the example, with and without a period', async () => {
    for (const period of [undefined, monthPeriod(ZONE, 2026, 10), monthPeriod(ZONE, 2026, 12)]) {
      const full = await runExample(AS_OF, period, 'full');
      const verdict = await runExample(AS_OF, period, 'verdict');
      const pick = (run: ExampleRun) => [...run.records].map(([key, r]) => [key, r.status, r.elapsedMs, r.judgedAt]);
      expect(pick(verdict)).toEqual(pick(full));
      expect(full.records.size).toBeGreaterThan(0);
    }
  });
});
