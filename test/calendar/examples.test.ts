import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTime,
  compileCalendar,
  holidaysIn,
  nthWorkingDay,
  segments,
  type CalendarDef,
} from '../../src/calendar/index.js';
import { localToInstant } from '../../src/calendar/wall-clock.js';

/** Hand-checkable examples; the arithmetic is in the comments. */

const H = 3_600_000;
const M = 60_000;
const CPH = 'Europe/Copenhagen';

/** Wall time `2026-04-01 15:30` in a zone. */
function at(text: string, zone = CPH): number {
  const [date, time] = text.split(' ') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return localToInstant(zone, { year, month, day, hour, minute }).at;
}

const office: CalendarDef = { timezone: CPH, hours: { 'mon-fri': ['08:00-16:00'] }, holidays: { country: 'DK' } };
const dk = compileCalendar(office);

describe('office hours Mon-Fri 08:00-16:00 Copenhagen with DK public holidays', () => {
  it('Wed 2026-04-01 15:30 + 1h is Tue 2026-04-07 08:30', () => {
    // 30 min Wed; Thu 2 Skærtorsdag, Fri 3 Langfredag, the weekend, Mon 6 2. påskedag closed; Tue 08:00 + 30 min.
    expect(addBusinessTime(dk, at('2026-04-01 15:30'), H)).toBe(at('2026-04-07 08:30'));
  });

  it('a target that ends exactly at closing gives the closing, not the next opening', () => {
    // Mon 2026-04-13 08:00 + 8h = 16:00 the same day, not Tue 08:00.
    expect(addBusinessTime(dk, at('2026-04-13 08:00'), 8 * H)).toBe(at('2026-04-13 16:00'));
  });

  it('a zero target gives the start, even outside hours', () => {
    expect(addBusinessTime(dk, at('2026-04-11 10:00'), 0)).toBe(at('2026-04-11 10:00'));
  });

  it('counts 2032 hours in 2026: 261 weekdays less 7 weekday holidays, 8h each', () => {
    // Weekday holidays 2026: Jan 1, Apr 2, Apr 3, Apr 6, May 14, May 25, Dec 25 (Påskedag, Pinsedag are Sundays, Dec 26 a Saturday).
    expect(businessTime(dk, at('2026-01-01 00:00'), at('2027-01-01 00:00'))).toBe(254 * 8 * H);
  });

  it('labels the Easter gap with the holidays by name', () => {
    const parts = segments(dk, at('2026-04-01 15:30'), at('2026-04-07 08:30')).map((s) => [s.kind, s.label ?? '', (s.to - s.from) / H]);
    expect(parts).toEqual([
      ['counted', '', 0.5],
      ['outside-hours', '', 8], // Wed 16:00-24:00
      ['holiday', 'Skærtorsdag', 24],
      ['holiday', 'Langfredag', 24],
      ['outside-hours', '', 24], // Saturday
      ['holiday', 'Påskedag', 24],
      ['holiday', 'Anden påskedag', 24],
      ['outside-hours', '', 8], // Tue 00:00-08:00
      ['counted', '', 0.5],
    ]);
  });

  it('pauses (unsorted, overlapping, past the edges) only take out open time, labelled by status', () => {
    // Mon 2026-04-13 08:00-16:00; pauses 10:00-11:00 (kunde) and 10:30-12:00 (tredjepart) and 15:00-18:00 (kunde): 3h paused, 5h counted.
    const pauses = [
      { from: at('2026-04-13 15:00'), to: at('2026-04-13 18:00'), label: 'Afventer kunde' },
      { from: at('2026-04-13 10:30'), to: at('2026-04-13 12:00'), label: 'Afventer tredjepart' },
      { from: at('2026-04-13 10:00'), to: at('2026-04-13 11:00'), label: 'Afventer kunde' },
    ];
    const [from, to] = [at('2026-04-13 08:00'), at('2026-04-13 20:00')];
    expect(businessTime(dk, from, to, pauses)).toBe(5 * H);
    expect(segments(dk, from, to, pauses).map((s) => [s.kind, s.label ?? '', (s.to - s.from) / H])).toEqual([
      ['counted', '', 2],
      ['paused', 'Afventer kunde', 1], // 10:00-11:00: the pause that began first keeps the overlap
      ['paused', 'Afventer tredjepart', 1],
      ['counted', '', 3],
      ['paused', 'Afventer kunde', 1], // 15:00-16:00; 16:00-18:00 is closed anyway
      ['outside-hours', '', 4],
    ]);
    // 8h of work from 08:00 with 3h paused ends at Tue 08:00 + 3h = 11:00.
    expect(addBusinessTime(dk, from, 8 * H, pauses)).toBe(at('2026-04-14 11:00'));
  });
});

describe('daylight saving', () => {
  const always = compileCalendar({ timezone: CPH, hours: '24x7' });

  it('24x7 in Copenhagen counts 23h on 2026-03-29 and 25h on 2026-10-25', () => {
    expect(businessTime(always, at('2026-03-29 00:00'), at('2026-03-30 00:00'))).toBe(23 * H);
    expect(businessTime(always, at('2026-10-25 00:00'), at('2026-10-26 00:00'))).toBe(25 * H);
  });

  it('an overnight range across a DST change is 7h in spring and 9h in autumn', () => {
    const nights = compileCalendar({ timezone: CPH, hours: { sat: ['22:00-06:00'] } });
    // Sat 2026-03-28 22:00 to Sun 06:00: 8 wall hours, the clock skips 02:00-03:00.
    expect(businessTime(nights, at('2026-03-28 12:00'), at('2026-03-29 12:00'))).toBe(7 * H);
    // Sat 2026-10-24 22:00 to Sun 06:00: 02:00-03:00 happens twice.
    expect(businessTime(nights, at('2026-10-24 12:00'), at('2026-10-25 12:00'))).toBe(9 * H);
  });

  it('Lord Howe shifts by half an hour: 23.5h and 24.5h days, gap and overlap boundaries', () => {
    const LH = 'Australia/Lord_Howe';
    const lh = compileCalendar({ timezone: LH, hours: '24x7' });
    // DST ends Sun 2026-04-05 02:00 -> 01:30; starts Sun 2026-10-04 02:00 -> 02:30.
    expect(businessTime(lh, at('2026-04-05 00:00', LH), at('2026-04-06 00:00', LH))).toBe(24.5 * H);
    expect(businessTime(lh, at('2026-10-04 00:00', LH), at('2026-10-05 00:00', LH))).toBe(23.5 * H);
    const small = compileCalendar({ timezone: LH, hours: { sun: ['01:45-02:15'] } });
    // October: 02:15 is in the gap and moves to the transition (02:30 wall time), so 01:45-02:00 = 15 min.
    expect(businessTime(small, at('2026-10-04 00:00', LH), at('2026-10-04 12:00', LH))).toBe(15 * M);
    // April: 01:45 happens twice and takes the earlier; 01:45-02:00 (15 min), back to 01:30, on to 02:15 (45 min) = 60 min.
    expect(businessTime(small, at('2026-04-05 00:00', LH), at('2026-04-05 12:00', LH))).toBe(60 * M);
  });
});

describe('holidays, closed dates and overrides', () => {
  it('DK has Store Bededag in 2023 and not in 2024', () => {
    expect(holidaysIn(dk, 2023)).toContainEqual({ date: '2023-05-05', name: 'Store Bededag' });
    expect(holidaysIn(dk, 2024).map((h) => h.name)).not.toContain('Store Bededag');
  });

  const spec = compileCalendar({
    ...office,
    holidays: { country: 'DK', include: ['Juleaftensdag'], dates: ['2026-12-31'] },
    overrides: { '2026-12-23': ['08:00-12:00'], '2026-04-02': ['09:00-12:00'], '2026-05-01': [] },
  });

  it('the SPEC 4 calendar closes Juleaftensdag and 31 December, and opens half of 23 December', () => {
    const december = holidaysIn(spec, 2026).filter((h) => h.date >= '2026-12-01');
    expect(december).toEqual([
      { date: '2026-12-24', name: 'Juleaftensdag' },
      { date: '2026-12-25', name: 'Juledag' },
      { date: '2026-12-26', name: 'Anden Juledag' },
      { date: '2026-12-31', name: 'closed' },
    ]);
    expect(businessTime(spec, at('2026-12-23 00:00'), at('2026-12-24 00:00'))).toBe(4 * H);
  });

  it('an override beats a holiday, and an empty override closes the date', () => {
    // Skærtorsdag 2026-04-02 is opened 09:00-12:00; 1 May (a Friday) is closed.
    expect(businessTime(spec, at('2026-04-02 00:00'), at('2026-04-03 00:00'))).toBe(3 * H);
    expect(holidaysIn(spec, 2026).map((h) => h.date)).not.toContain('2026-04-02');
    expect(holidaysIn(spec, 2026)).toContainEqual({ date: '2026-05-01', name: 'override' });
    expect(segments(spec, at('2026-05-01 10:00'), at('2026-05-01 11:00'))).toEqual([
      { from: at('2026-05-01 10:00'), to: at('2026-05-01 11:00'), kind: 'holiday', label: 'override' },
    ]);
  });

  it('exclude keeps a public holiday open; a region adds its own', () => {
    const open = compileCalendar({ ...office, holidays: { country: 'DK', exclude: ['Anden påskedag'] } });
    expect(businessTime(open, at('2026-04-06 00:00'), at('2026-04-07 00:00'))).toBe(8 * H);
    const bavaria = compileCalendar({ timezone: 'Europe/Berlin', hours: '24x7', holidays: { country: 'DE', region: 'BY' } });
    expect(holidaysIn(bavaria, 2026)).toContainEqual({ date: '2026-01-06', name: 'Heilige Drei Könige' });
  });

  it('a holiday on the start date removes an overnight range, also after midnight', () => {
    const nights = compileCalendar({
      timezone: CPH,
      hours: { mon: ['22:00-06:00'], tue: ['22:00-06:00'] },
      holidays: { dates: ['2026-04-13'] },
    });
    // Mon 13 is closed: its 22:00-06:00 is gone, Tue 14 22:00 - Wed 06:00 stays.
    expect(businessTime(nights, at('2026-04-13 00:00'), at('2026-04-15 12:00'))).toBe(8 * H);
    expect(addBusinessTime(nights, at('2026-04-13 12:00'), H)).toBe(at('2026-04-14 23:00'));
  });
});

describe('business days (Nbd) and working days', () => {
  it('1bd from Wed 2026-04-01 15:30 is Tue 2026-04-07 15:30', () => {
    // k = 7h30 into Wednesday; the next service day is Tuesday (Easter); 08:00 + 7h30.
    expect(addBusinessDays(dk, at('2026-04-01 15:30'), 1)).toBe(at('2026-04-07 15:30'));
  });

  it('3bd from Saturday starts at Monday 08:00 (k = 0) and ends Thursday 08:00', () => {
    expect(addBusinessDays(dk, at('2026-04-11 10:00'), 3)).toBe(at('2026-04-16 08:00'));
  });

  it('a shorter target day ends at its last closing', () => {
    const half = compileCalendar({ ...office, overrides: { '2026-04-13': ['08:00-12:00'] } });
    // Fri 2026-04-10 15:00: k = 7h; Monday is 08:00-12:00, shorter than 7h, so 12:00.
    expect(addBusinessDays(half, at('2026-04-10 15:00'), 1)).toBe(at('2026-04-13 12:00'));
  });

  it('inside an overnight range the offset counts from the date it started on', () => {
    const nights = compileCalendar({ timezone: CPH, hours: { 'mon-fri': ['22:00-06:00'] } });
    // Tue 2026-04-14 02:00 is 4h into Monday's range; 1bd = 4h into Tuesday's range = Wed 02:00.
    expect(addBusinessDays(nights, at('2026-04-14 02:00'), 1)).toBe(at('2026-04-15 02:00'));
  });

  it('0bd is the first open instant', () => {
    expect(addBusinessDays(dk, at('2026-04-11 10:00'), 0)).toBe(at('2026-04-13 08:00'));
  });

  it('the 5th working day of November 2026 is Friday the 6th', () => {
    // Sunday 1 November; Mon 2 .. Fri 6.
    expect(nthWorkingDay(dk, 2026, 11, 5)).toBe('2026-11-06');
  });

  it('the 2nd working day of April 2026 is the 7th (Easter closes the 2nd, 3rd and 6th)', () => {
    expect(nthWorkingDay(dk, 2026, 4, 1)).toBe('2026-04-01');
    expect(nthWorkingDay(dk, 2026, 4, 2)).toBe('2026-04-07');
  });
});

describe('from 1970 to 2100', () => {
  it('24x7 counts every real millisecond over 130 years, DST changes and all', () => {
    const always = compileCalendar({ timezone: CPH, hours: '24x7' });
    const [from, to] = [Date.UTC(1970, 0, 1), Date.UTC(2100, 0, 1)];
    expect(businessTime(always, from, to)).toBe(to - from);
    expect(addBusinessTime(always, from, to - from)).toBe(to);
  });

  it('office hours at both ends of the range', () => {
    // Fri 1970-01-02 15:00 + 2h: 1h Friday, the weekend, Mon 1970-01-05 08:00 + 1h.
    expect(addBusinessTime(dk, at('1970-01-02 15:00'), 2 * H)).toBe(at('1970-01-05 09:00'));
    // Thu 2099-12-31 15:00 + 2h: 1h Thursday, Fri 2100-01-01 Nytårsdag, the weekend, Mon 2100-01-04 09:00.
    expect(addBusinessTime(dk, at('2099-12-31 15:00'), 2 * H)).toBe(at('2100-01-04 09:00'));
  });
});
