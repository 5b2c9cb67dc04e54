import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../../src/calendar/index.js';
import {
  availabilityFigures,
  outageTimeline,
  type AvailabilityFigures,
  type OutageKind,
  type OutageRecord,
} from '../../../src/evaluate/availability/index.js';
import { monthPeriod } from '../../../src/evaluate/periods.js';
import { cph, MINUTE, officeDef, ZONE } from '../../builders.js';

/**
 * Hand-worked availability figures (SPEC 12.3), the arithmetic in comments.
 * Office hours Mon-Fri 08:00-16:00 Europe/Copenhagen.
 */

let line = 1;
function rec(id: string, kind: OutageKind, start: string, end: string | undefined): OutageRecord {
  return { id, kind, start: cph(start), end: end === undefined ? undefined : cph(end), source: { file: 'outages.csv', line: ++line } };
}

/** Figures in minutes, as the report shows them. */
function minutes(f: AvailabilityFigures) {
  return {
    agreed: f.agreedMs / MINUTE,
    maintenance: f.maintenanceMs / MINUTE,
    downtime: f.downtimeMs / MINUTE,
    availability: f.availabilityPercent,
    breaks: f.breaks.map((b) => ({ start: b.start, end: b.end, downtime: b.downtimeMs / MINUTE, records: b.records.map((r) => r.id) })),
    mtrs: f.mtrsMs === null ? null : f.mtrsMs / MINUTE,
    mtbf: f.mtbfMs === null ? null : f.mtbfMs / MINUTE,
  };
}

describe('June 2026 on office hours with two holidays', () => {
  // Grundlovsdag (Fri 5 June, which date-holidays types as an observance: taken by `include`) and a closed Friday 26 June.
  const office = compileCalendar(officeDef({ holidays: { country: 'DK', include: ['Grundlovsdag'], dates: ['2026-06-26'] } }));
  const records = [
    // Wed 10 June 15:00-17:00: half outside hours, 60 min count.
    rec('INC-1', 'outage', '2026-06-10 15:00', '2026-06-10 17:00'),
    // Thu 11 June 09:00-11:00 degraded: 120 min at 30 % = 36 min.
    rec('INC-2', 'partial', '2026-06-11 09:00', '2026-06-11 11:00'),
    // Planned Tue 16 June 10:00-12:00: 120 min out of the agreed time.
    rec('CHG-1', 'maintenance', '2026-06-16 10:00', '2026-06-16 12:00'),
    // Planned Saturday 13 June: outside hours, takes nothing off A.
    rec('CHG-2', 'maintenance', '2026-06-13 10:00', '2026-06-13 14:00'),
    // Tue 16 June 11:00-13:00, overlapping the maintenance: only 12:00-13:00 (60 min) is agreed time, so down.
    rec('INC-3', 'outage', '2026-06-16 11:00', '2026-06-16 13:00'),
    // Mon 22 June: two records that touch (09:00-09:20, 09:20-09:50) and a second monitor reporting the first again: one break of 50 min.
    rec('INC-4', 'outage', '2026-06-22 09:00', '2026-06-22 09:20'),
    rec('INC-5', 'outage', '2026-06-22 09:20', '2026-06-22 09:50'),
    rec('MON-4', 'outage', '2026-06-22 09:00', '2026-06-22 09:20'),
    // Tue 30 June 15:30 to Wed 1 July 08:45: 30 min in June (15:30-16:00), 45 min in July (08:00-08:45).
    rec('INC-6', 'outage', '2026-06-30 15:30', '2026-07-01 08:45'),
    // Wed 1 July 11:30, still down at the as-of (12:00): 30 min.
    rec('INC-7', 'outage', '2026-07-01 11:30', undefined),
  ];
  const asOf = cph('2026-07-01 12:00');
  const timeline = outageTimeline(records, asOf);

  it('June: agreed time, maintenance, downtime, availability, five breaks, MTRS and MTBF', () => {
    const june = minutes(availabilityFigures(office, timeline, monthPeriod(ZONE, 2026, 6), 0.3));
    // Weekdays: 1-5, 8-12, 15-19, 22-26, 29-30 = 22; less 5 and 26 June = 20 days × 480 min = 9600 min.
    // Maintenance in hours: 120 min (the Saturday window is outside them). A = 9600 - 120 = 9480.
    expect(june.agreed).toBe(9480);
    expect(june.maintenance).toBe(120);
    // D = 60 (INC-1) + 60 (INC-3) + 50 (INC-4/5, MON-4) + 30 (INC-6) + 0.3 × 120 (INC-2) = 236.
    expect(june.downtime).toBe(236);
    // (9480 - 236) / 9480 × 100 = 924400 / 9480 = 97.51054852320675…
    expect(june.availability).toBe(924_400 / 9480);
    expect(june.breaks).toEqual([
      { start: cph('2026-06-10 15:00'), end: cph('2026-06-10 17:00'), downtime: 60, records: ['INC-1'] },
      { start: cph('2026-06-11 09:00'), end: cph('2026-06-11 11:00'), downtime: 36, records: ['INC-2'] },
      { start: cph('2026-06-16 11:00'), end: cph('2026-06-16 13:00'), downtime: 60, records: ['INC-3'] },
      { start: cph('2026-06-22 09:00'), end: cph('2026-06-22 09:50'), downtime: 50, records: ['INC-4', 'MON-4', 'INC-5'] },
      // It runs into July: its whole extent, June's 30 minutes.
      { start: cph('2026-06-30 15:30'), end: cph('2026-07-01 08:45'), downtime: 30, records: ['INC-6'] },
    ]);
    // MTRS = 236 / 5 = 47.2; MTBF = (9480 - 236) / 5 = 1848.8.
    expect(june.mtrs).toBe(47.2);
    expect(june.mtbf).toBe(1848.8);
  });

  it('July up to the as-of: the rest of the break across the month end, and a running outage', () => {
    const july = minutes(availabilityFigures(office, timeline, monthPeriod(ZONE, 2026, 7), 0.3));
    // Judged up to the as-of, Wed 1 July 12:00: A = 08:00-12:00 = 240 min.
    expect(july.agreed).toBe(240);
    expect(july.maintenance).toBe(0);
    // D = 45 (INC-6, 08:00-08:45) + 30 (INC-7, 11:30-12:00) = 75; (240 - 75) / 240 = 68.75 %.
    expect(july.downtime).toBe(75);
    expect(july.availability).toBe(68.75);
    expect(july.breaks).toEqual([
      { start: cph('2026-06-30 15:30'), end: cph('2026-07-01 08:45'), downtime: 45, records: ['INC-6'] },
      { start: cph('2026-07-01 11:30'), end: null, downtime: 30, records: ['INC-7'] },
    ]);
    // MTRS = 75 / 2 = 37.5; MTBF = 165 / 2 = 82.5; together A / breaks = 120.
    expect([july.mtrs, july.mtbf]).toEqual([37.5, 82.5]);
  });

  it('a month after the as-of has no agreed time: availability, MTRS and MTBF are null', () => {
    const august = minutes(availabilityFigures(office, timeline, monthPeriod(ZONE, 2026, 8), 0.3));
    expect(august).toEqual({ agreed: 0, maintenance: 0, downtime: 0, availability: null, breaks: [], mtrs: null, mtbf: null });
  });

  it('the records not in any figure are named: empty, or starting after the as-of', () => {
    const late = rec('INC-8', 'outage', '2026-07-02 09:00', '2026-07-02 10:00');
    const empty = rec('INC-9', 'partial', '2026-06-02 09:00', '2026-06-02 09:00');
    expect(outageTimeline([...records, late, empty], asOf).unused.map((r) => r.id)).toEqual(['INC-8', 'INC-9']);
  });
});

describe('partial outages inside full ones, DST', () => {
  it('a partial inside an outage counts once, with weight 1 where the outage covers it', () => {
    const office = compileCalendar(officeDef());
    // Mon 5 Oct 2026: partial 09:00-12:00, outage 10:00-11:00 inside it. Weight 50 %:
    // 10:00-11:00 at 1 = 60, 09:00-10:00 and 11:00-12:00 at 0.5 = 60; D = 120, one break.
    const records = [
      rec('P', 'partial', '2026-10-05 09:00', '2026-10-05 12:00'),
      rec('O', 'outage', '2026-10-05 10:00', '2026-10-05 11:00'),
    ];
    const f = availabilityFigures(office, outageTimeline(records, cph('2026-11-01 00:00')), monthPeriod(ZONE, 2026, 10), 0.5);
    expect(f.downtimeMs / MINUTE).toBe(120);
    expect([f.outageMs / MINUTE, f.partialMs / MINUTE]).toEqual([60, 120]);
    expect(f.breaks.map((b) => [b.downtimeMs / MINUTE, b.records.map((r) => r.id)])).toEqual([[120, ['P', 'O']]]);
  });

  it('24x7 across the autumn change: Sunday 25 Oct 2026 has 25 hours', () => {
    const always = compileCalendar({ timezone: ZONE, hours: '24x7' });
    // 02:00-03:00 happens twice; a record written in local time takes the earlier 02:30 (SPEC 3).
    // Outage 01:30 to 03:30 local: 01:30-02:00 CEST, 02:00-03:00 CEST, 02:00-03:00 CET, 03:00-03:30 = 3 h real time.
    const day = { from: cph('2026-10-25 00:00'), to: cph('2026-10-26 00:00') };
    const f = availabilityFigures(always, outageTimeline([rec('O', 'outage', '2026-10-25 01:30', '2026-10-25 03:30')], day.to), day, 1);
    expect(f.agreedMs / MINUTE).toBe(25 * 60);
    expect(f.downtimeMs / MINUTE).toBe(180);
    // (1500 - 180) / 1500 = 88 %.
    expect(f.availabilityPercent).toBe(88);
  });
});
