import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTime,
  closedDatesIn,
  closedTimesIn,
  compileCalendar,
  holidaysIn,
  nthWorkingDay,
  readIcs,
  segments,
  type CalendarDef,
  type IcsFile,
} from '../../src/calendar/index.js';
import { ruleStarts } from '../../src/calendar/ics/rule-starts.js';
import { wallClocks } from '../../src/calendar/ics/ics-zones.js';
import { ProblemError } from '../../src/problem.js';

/**
 * holidays.ics by hand, on the two fixtures (fixtures/ics: a Google Calendar
 * export and an Outlook one) and small files written here. Each figure is
 * worked out in the comment beside it; where a calendar written with
 * holidays.dates or overrides says the same, both are asked.
 */

const H = 3_600_000;
const CPH = 'Europe/Copenhagen';
const at = (local: string, zone = CPH): number => DateTime.fromISO(local.replace(' ', 'T'), { zone }).toMillis();
const OFFICE: CalendarDef = { timezone: CPH, hours: { 'mon-fri': ['08:00-16:00'] } };

function fixture(name: string): IcsFile {
  const read = readIcs(readFileSync(`fixtures/ics/${name}`, 'utf8'), name, `fixtures/ics/${name}`);
  expect(read.problems).toEqual([]);
  return read.ics;
}

function file(lines: string[], name = 'closures.ics'): IcsFile {
  const read = readIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n'), name, name);
  expect(read.problems).toEqual([]);
  return read.ics;
}

const event = (...lines: string[]): string[] => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

const google = fixture('lukkedage-google.ics');
const outlook = fixture('lukkedage-outlook.ics');
const withGoogle = compileCalendar({ ...OFFICE, holidays: { ics: [google] } });

describe('whole-day events close their dates, as holidays.dates does', () => {
  it('closes 24 December and 28-30 December (a three-day event, DTEND exclusive)', () => {
    // 21-31 Dec 2026 without a country: weekdays 21, 22, 23, 25, 31 stay open = 5 x 8h = 40h.
    const asDates = compileCalendar({ ...OFFICE, holidays: { dates: ['2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30'] } });
    const [from, to] = [at('2026-12-21 00:00'), at('2027-01-01 00:00')];
    expect(businessTime(withGoogle, from, to)).toBe(40 * H);
    expect(businessTime(asDates, from, to)).toBe(40 * H);
    expect(closedDatesIn(withGoogle, 2026).filter((d) => d.date >= '2026-12-01')).toEqual([
      { date: '2026-12-24', name: 'Juleaften', source: 'holidays.ics lukkedage-google.ics:26' },
      { date: '2026-12-28', name: 'Lukket mellem jul og nytår', source: 'holidays.ics lukkedage-google.ics:40' },
      { date: '2026-12-29', name: 'Lukket mellem jul og nytår', source: 'holidays.ics lukkedage-google.ics:40' },
      { date: '2026-12-30', name: 'Lukket mellem jul og nytår', source: 'holidays.ics lukkedage-google.ics:40' },
    ]);
  });

  it('honours a weekly series with COUNT and an EXDATE: Mondays 6, 13 and 27 July (20 July excluded)', () => {
    // July 2026 has 23 weekdays; three Mondays closed: 20 x 8h = 160h.
    const [from, to] = [at('2026-07-01 00:00'), at('2026-08-01 00:00')];
    expect(businessTime(withGoogle, from, to)).toBe(160 * H);
    expect(holidaysIn(withGoogle, 2026).filter((d) => d.date.startsWith('2026-07'))).toEqual([
      { date: '2026-07-06', name: 'Sommerlukket mandag' },
      { date: '2026-07-13', name: 'Sommerlukket mandag' },
      { date: '2026-07-27', name: 'Sommerlukket mandag' },
    ]);
  });

  it('closes nothing for a cancelled event (STATUS:CANCELLED on Mon 2 November)', () => {
    expect(businessTime(withGoogle, at('2026-11-02 00:00'), at('2026-11-03 00:00'))).toBe(8 * H);
  });

  it('repeats a yearly Outlook event without an end in every year asked: 31 December 2030', () => {
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [outlook] } });
    expect(closedDatesIn(cal, 2030)).toEqual([
      { date: '2030-12-31', name: 'Nytårsaftensdag', source: 'holidays.ics lukkedage-outlook.ics:28' },
    ]);
  });

  it('skips 29 February in common years (ical.js would close 1 March)', () => {
    const cal = compileCalendar({
      ...OFFICE,
      holidays: { ics: [file(event('DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY', 'SUMMARY:Skuddag'))] },
    });
    expect(holidaysIn(cal, 2025)).toEqual([]);
    expect(holidaysIn(cal, 2028)).toEqual([{ date: '2028-02-29', name: 'Skuddag' }]);
  });

  it('closes nothing for a 30 February (ical.js would close 2 March)', () => {
    const cal = compileCalendar({
      ...OFFICE,
      holidays: { ics: [file(event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Aldrig'))] },
    });
    // DTSTART itself is the first instance; nothing after it.
    expect(holidaysIn(cal, 2026)).toEqual([{ date: '2026-01-01', name: 'Aldrig' }]);
    expect(holidaysIn(cal, 2027)).toEqual([]);
  });

  it('lets a country holiday name a date before an ICS event does, and an override beat both', () => {
    const ics = file(event('DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Lukket'));
    const cal = compileCalendar({ ...OFFICE, holidays: { country: 'DK', ics: [ics] }, overrides: { '2026-12-25': ['08:00-12:00'] } });
    expect(closedDatesIn(cal, 2026).filter((d) => d.date >= '2026-12-24')).toEqual([
      { date: '2026-12-26', name: 'Anden Juledag', source: 'holidays.country DK' },
    ]);
    expect(businessTime(cal, at('2026-12-25 00:00'), at('2026-12-26 00:00'))).toBe(4 * H);
  });
});

describe('timed events close their interval in absolute time', () => {
  it('takes Friday afternoons out, weekly with an EXDATE, on both sides of the October DST change', () => {
    // Oct-Nov 2026: 43 weekdays x 8h = 344h; Fridays 2, 9, 23, 30 Oct, 6, 13, 20, 27 Nov lose 12:00-16:00: 344 - 8 x 4 = 312h.
    const fridays = ['2026-10-02', '2026-10-09', '2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'];
    const asOverrides = compileCalendar({ ...OFFICE, overrides: Object.fromEntries(fridays.map((d) => [d, ['08:00-12:00']])) });
    const [from, to] = [at('2026-10-01 00:00'), at('2026-12-01 00:00')];
    expect(businessTime(withGoogle, from, to)).toBe(312 * H);
    expect(businessTime(asOverrides, from, to)).toBe(312 * H);
    // 30 October is after the change: still 12:00-16:00 on the wall clock, now +01:00.
    expect(
      closedTimesIn(withGoogle, 2026)
        .filter((c) => c.name.startsWith('Fredag'))
        .map((c) => c.from),
    ).toContain(at('2026-10-30 12:00'));
  });

  it('closes 7 real hours for 22:00-06:00 across the spring-forward night', () => {
    // 24x7 Sat 28 + Sun 29 March 2026 = 24h + 23h = 47h; Serverflytning 22:00+01:00 to 06:00+02:00 = 21:00Z-04:00Z = 7h; 40h left.
    const cal = compileCalendar({ timezone: CPH, hours: '24x7', holidays: { ics: [google] } });
    const [from, to] = [at('2026-03-28 00:00'), at('2026-03-30 00:00')];
    expect(businessTime(cal, from, to)).toBe(40 * H);
    expect(segments(cal, from, to, undefined, { sources: true })).toEqual([
      { from, to: at('2026-03-28 22:00'), kind: 'counted' },
      {
        from: at('2026-03-28 22:00'),
        to: at('2026-03-29 06:00'),
        kind: 'holiday',
        label: 'Serverflytning',
        source: 'holidays.ics lukkedage-google.ics:83',
      },
      { from: at('2026-03-29 06:00'), to, kind: 'counted' },
    ]);
  });

  it('reads Z as UTC: 06:00Z-08:00Z on Mon 15 June is 08:00-10:00 in Copenhagen', () => {
    // 8h day - 2h = 6h; as an override: 10:00-16:00.
    const asOverride = compileCalendar({ ...OFFICE, overrides: { '2026-06-15': ['10:00-16:00'] } });
    const day = [at('2026-06-15 00:00'), at('2026-06-16 00:00')] as const;
    expect(businessTime(withGoogle, ...day)).toBe(6 * H);
    expect(businessTime(asOverride, ...day)).toBe(6 * H);
  });

  it('reads a floating time in the zone of the calendar that uses the file', () => {
    // Personalemøde 13:00-15:00 floating: 13-15 in Copenhagen, and 13-15 in New York for a New York calendar.
    const ny = compileCalendar({ timezone: 'America/New_York', hours: { 'mon-fri': ['08:00-16:00'] }, holidays: { ics: [google] } });
    expect(businessTime(withGoogle, at('2026-09-10 00:00'), at('2026-09-11 00:00'))).toBe(6 * H);
    expect(businessTime(ny, at('2026-09-10 00:00', 'America/New_York'), at('2026-09-11 00:00', 'America/New_York'))).toBe(6 * H);
    expect(closedTimesIn(ny, 2026).find((c) => c.name === 'Personalemøde')).toMatchObject({
      from: at('2026-09-10 13:00', 'America/New_York'),
      to: at('2026-09-10 15:00', 'America/New_York'),
    });
  });

  it('places Outlook\'s "Romance Standard Time" by the file\'s VTIMEZONE, and honours a moved and a cancelled instance', () => {
    // First Tuesdays 07:00-09:00 take 08:00-09:00 (1h) from an 08-16 day. 5 May moved to Wed 6 May; 4 August cancelled; UNTIL ends after 1 December.
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [outlook] } });
    const day = (d: string) => businessTime(cal, at(`${d} 00:00`), at(`${d} 00:00`) + 24 * H) / H;
    expect([
      day('2026-04-07'),
      day('2026-05-05'),
      day('2026-05-06'),
      day('2026-08-04'),
      day('2026-09-01'),
      day('2026-12-01'),
      day('2027-01-05'),
    ]).toEqual([7, 8, 7, 8, 7, 7, 8]);
    expect(closedTimesIn(cal, 2026).find((c) => c.from === at('2026-05-06 07:00'))).toEqual({
      from: at('2026-05-06 07:00'),
      to: at('2026-05-06 09:00'),
      name: 'Månedligt servicevindue (flyttet)',
      source: 'holidays.ics lukkedage-outlook.ics:75',
    });
  });

  it('applies on a date with its own hours: an override sets the hours, a timed closure takes from them', () => {
    // Override Fri 2 Oct 08:00-14:00, Fredagslukket 12:00-16:00: 08-12 = 4h.
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [google] }, overrides: { '2026-10-02': ['08:00-14:00'] } });
    expect(businessTime(cal, at('2026-10-02 00:00'), at('2026-10-03 00:00'))).toBe(4 * H);
  });

  it('makes a date it closes from opening to closing no service day, as an override [] does', () => {
    // Wed 10 June closed 08:00-16:00: 1bd from Tue 9 June 10:00 is Thu 11 June 10:00.
    const ics = file(
      event('DTSTART;TZID=Europe/Copenhagen:20260610T080000', 'DTEND;TZID=Europe/Copenhagen:20260610T160000', 'SUMMARY:Flytning'),
    );
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [ics] } });
    const asOverride = compileCalendar({ ...OFFICE, overrides: { '2026-06-10': [] } });
    expect(addBusinessDays(cal, at('2026-06-09 10:00'), 1)).toBe(at('2026-06-11 10:00'));
    expect(addBusinessDays(asOverride, at('2026-06-09 10:00'), 1)).toBe(at('2026-06-11 10:00'));
  });

  it('takes RDATE instances (a PERIOD with its own end) and DURATION', () => {
    // DTSTART Mon 7 Sep 10:00 + PT1H; RDATE Tue 8 Sep 10:00 (+1h) and a PERIOD Wed 9 Sep 09:00-12:00: 1h + 1h + 3h closed.
    const ics = file(
      event(
        'DTSTART;TZID=Europe/Copenhagen:20260907T100000',
        'DURATION:PT1H',
        'RDATE;TZID=Europe/Copenhagen:20260908T100000',
        'RDATE;VALUE=PERIOD:20260909T070000Z/20260909T100000Z',
        'SUMMARY:Test',
      ),
    );
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [ics] } });
    expect(businessTime(cal, at('2026-09-07 00:00'), at('2026-09-10 00:00'))).toBe((24 - 5) * H);
  });
});

describe('recurrences are walked lazily and within bounds', () => {
  it('walks an unbounded weekly rule only up to the horizon asked for', () => {
    const [e] = file(event('DTSTART;VALUE=DATE:20000103', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Mandag')).events;
    const starts = ruleStarts(e!, 'closures.ics', wallClocks('UTC')(e!.start.zone));
    const upTo2001 = starts.before(Date.UTC(2001, 0, 1));
    // Mondays from 3 Jan 2000 to 25 Dec 2000: 51 weeks apart, 52 of them; 2001 runs from Mon 1 Jan to Mon 31 Dec: 53.
    expect(upTo2001.length).toBe(52);
    expect(new Date(upTo2001[51]!).toISOString().slice(0, 10)).toBe('2000-12-25');
    expect(starts.before(Date.UTC(2002, 0, 1)).length).toBe(52 + 53);
  });

  it('ends a rule whose filters never match at the year asked (ical.js alone loops for ever)', () => {
    const ics = file(event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Aldrig'));
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [ics] } });
    expect(holidaysIn(cal, 2035)).toEqual([]);
  });

  it('refuses, with its line, a rule that needs more than 300,000 candidate times to reach the year asked', () => {
    // Every hour of 1 January from 1990: 24 instances and 8,760 candidate hours a year pass the check when the file is read; 2026 needs 36 years = 315,360.
    const ics = file(
      event('DTSTART:19900101T120000Z', 'DTEND:19900101T130000Z', 'RRULE:FREQ=HOURLY;BYMONTH=1;BYMONTHDAY=1', 'SUMMARY:Nytårstjek'),
    );
    const cal = compileCalendar({ ...OFFICE, holidays: { ics: [ics] } });
    let thrown: unknown;
    try {
      businessTime(cal, at('2026-03-02 00:00'), at('2026-03-03 00:00'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).problem).toMatchObject({
      code: 'ics.rule-too-large',
      severity: 'error',
      where: { file: 'closures.ics', line: 3 },
    });
    expect((thrown as ProblemError).problem.message).toContain('more than 300,000 candidate times');
  });

  it('finds open time after years an ICS series closes, and refuses a series that closes every date for ever', () => {
    // Closed every day of 2026 and 2027 (COUNT=730 days from 1 Jan 2026): 4h from 2 March 2026 is Mon 3 Jan 2028 12:00.
    const twoYears = compileCalendar({
      ...OFFICE,
      holidays: { ics: [file(event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;COUNT=730', 'SUMMARY:Lukket'))] },
    });
    expect(addBusinessTime(twoYears, at('2026-03-02 00:00'), 4 * H)).toBe(at('2028-01-03 12:00'));
    const always = compileCalendar({
      ...OFFICE,
      holidays: { ics: [file(event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY', 'SUMMARY:Altid lukket'))] },
    });
    const refusal = {
      code: 'ics.closed-for-years',
      where: { file: 'closures.ics', line: 3 },
      message: 'the calendar has no open time from 2026 to 2035: "Altid lukket" (holidays.ics closures.ics:3) closes it',
    };
    for (const ask of [
      () => addBusinessTime(always, at('2026-03-02 00:00'), 4 * H),
      () => addBusinessDays(always, at('2026-03-02 00:00'), 1),
      () => nthWorkingDay(always, 2026, 3, 1),
    ]) {
      expect(ask).toThrow(ProblemError);
      try {
        ask();
      } catch (error) {
        expect((error as ProblemError).problem).toMatchObject(refusal);
      }
    }
  });
});
