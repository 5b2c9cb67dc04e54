import { describe, expect, it } from 'vitest';
import { compileCalendar, holidaysIn, readIcs } from '../../src/calendar/index.js';
import { formatProblem } from '../../src/problem.js';

/**
 * Every way an ICS file can fail to say what closes the calendar, each a
 * problem with the file, the line of the VEVENT (or of the bad line) and
 * what to do: reproducers, one per rule (docs/refusals.md: "What slacheck
 * refuses and why").
 */

const cal = (...lines: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
// Line 3 is BEGIN:VEVENT in a file of one event; SUMMARY comes first so messages name it.
const ev = (...lines: string[]): string[] => ['BEGIN:VEVENT', 'SUMMARY:Lukket', ...lines, 'END:VEVENT'];

function problems(text: string): string[] {
  return readIcs(text, 'lukkedage.ics', 'kunder/lukkedage.ics').problems.map((p) => `${p.code} ${formatProblem(p).split('\n')[0]}`);
}

describe('an ICS file that cannot be read', () => {
  it.each([
    [
      'a CSV export instead of an ICS file',
      'Subject,Start Date,Start Time\r\nLukket,24-12-2026,\r\n',
      'ics.not-ics kunder/lukkedage.ics:1: not an iCalendar file: it has no BEGIN:VCALENDAR line',
    ],
    [
      'a line without a name and value',
      cal(...ev('DTSTART;VALUE=DATE:20261224'), 'foo bar'),
      'ics.syntax kunder/lukkedage.ics:7: cannot read the file as iCalendar: invalid line (no token ";" or ":") "foo bar"',
    ],
    [
      'a VEVENT without its END',
      cal('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261224'),
      'ics.syntax kunder/lukkedage.ics:3: cannot read the file as iCalendar: invalid ical body. component began but did not end',
    ],
    [
      'an RRULE ical.js cannot parse',
      cal(...ev('DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=FOO')),
      'ics.syntax kunder/lukkedage.ics:6: cannot read the file as iCalendar: invalid frequency "FOO" expected: "SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY"',
    ],
  ])('%s', (_, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });
});

describe('a malformed event names its VEVENT line', () => {
  it.each([
    ['no DTSTART', ['DTEND;VALUE=DATE:20261225'], 'the event has no DTSTART'],
    ['DTEND before DTSTART', ['DTSTART:20261224T100000', 'DTEND:20261224T090000'], 'DTEND is not after DTSTART'],
    [
      'a whole-day DTEND on its DTSTART (DTEND is exclusive)',
      ['DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261224'],
      'DTEND is not after DTSTART',
    ],
    [
      'both DTEND and DURATION',
      ['DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261225', 'DURATION:P1D'],
      'the event has both DTEND and DURATION',
    ],
    ['a date and a date-time', ['DTSTART;VALUE=DATE:20261224', 'DTEND:20261225T100000'], 'DTSTART is a date but DTEND a date and time'],
    [
      'hours on a whole-day event',
      ['DTSTART;VALUE=DATE:20261224', 'DURATION:PT4H'],
      'DURATION PT4H of a whole-day event is not a number of days',
    ],
    ['a negative duration', ['DTSTART:20261224T100000', 'DURATION:-PT1H'], 'DURATION -PT1H is negative'],
    ['month 13 (ical.js would close 24 January 2027)', ['DTSTART;VALUE=DATE:20261324'], 'DTSTART 20261324 is not a real date'],
    [
      'hour 25 (ical.js would move it to the next day)',
      ['DTSTART:20261224T250000', 'DURATION:PT1H'],
      'DTSTART 20261224T250000 is not a real date and time',
    ],
    [
      'an RDATE of another type than DTSTART',
      ['DTSTART;VALUE=DATE:20260105', 'RDATE:20260110T100000'],
      'RDATE is a date and time but DTSTART a date',
    ],
  ])('%s', (_, lines, message) => {
    expect(problems(cal(...ev(...lines)))).toEqual([`ics.bad-event kunder/lukkedage.ics:3: "Lukket": ${message}`]);
  });

  it('a TZID that is neither an IANA zone nor defined in the file', () => {
    expect(problems(cal(...ev('DTSTART;TZID=Mountain Nowhere:20261224T100000', 'DTEND;TZID=Mountain Nowhere:20261224T110000')))).toEqual([
      'ics.unknown-timezone kunder/lukkedage.ics:3: "Lukket": TZID "Mountain Nowhere" is neither an IANA time zone nor defined in the file (VTIMEZONE)',
    ]);
  });

  it('a rule ical.js refuses to expand', () => {
    expect(problems(cal(...ev('DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=1')))).toEqual([
      'ics.bad-rule kunder/lukkedage.ics:3: cannot expand the RRULE of "Lukket": For WEEKLY recurrences neither BYMONTHDAY nor BYYEARDAY may appear',
    ]);
  });

  it('a rule of half a million instances a year, refused when the file is read', () => {
    expect(problems(cal(...ev('DTSTART:20261224T100000Z', 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY')))).toEqual([
      'ics.rule-too-large kunder/lukkedage.ics:3: the RRULE of "Lukket" gives more than 2,000 instances in 2026: slacheck refuses it rather than walk it for minutes',
    ]);
  });

  it('reports every bad event of a file at once, each at its BEGIN:VEVENT', () => {
    // Events of four lines from line 3: 3-6, 7-10, 11-14.
    const text = cal(...ev('DTSTART;VALUE=DATE:20261224'), ...ev('DTEND;VALUE=DATE:20261225'), ...ev('DTSTART;VALUE=DATE:20261324'));
    expect(problems(text)).toEqual([
      'ics.bad-event kunder/lukkedage.ics:7: "Lukket": the event has no DTSTART',
      'ics.bad-event kunder/lukkedage.ics:11: "Lukket": DTSTART 20261324 is not a real date',
    ]);
  });
});

describe('constructs ical.js would expand wrongly are refused, not guessed', () => {
  it.each([
    [
      'BYWEEKNO',
      ['DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO'],
      3,
      'RRULE FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO: BYWEEKNO is not supported',
    ],
    [
      'a numbered weekday of the year',
      ['DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=YEARLY;BYDAY=20MO'],
      3,
      'RRULE FREQ=YEARLY;BYDAY=20MO: a numbered weekday of the year (such as BYDAY=20MO) is not supported',
    ],
    [
      'EXRULE',
      ['DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY', 'EXRULE:FREQ=MONTHLY'],
      3,
      'EXRULE is not supported (RFC 5545 deprecates it)',
    ],
  ])('%s', (_, lines, line, message) => {
    expect(problems(cal(...ev(...lines)))).toEqual([`ics.unsupported kunder/lukkedage.ics:${line}: "Lukket": ${message}`]);
  });

  it.each([
    [
      'RANGE=THISANDFUTURE',
      ['RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20260112', 'DTSTART;VALUE=DATE:20260113'],
      'RECURRENCE-ID;RANGE=THISANDFUTURE (an override of this and every later instance) is not supported',
    ],
    [
      'an override with its own RRULE',
      ['RECURRENCE-ID;VALUE=DATE:20260112', 'DTSTART;VALUE=DATE:20260113', 'RRULE:FREQ=DAILY'],
      'an override (RECURRENCE-ID) with its own RRULE is not supported',
    ],
  ])('%s', (_, lines, message) => {
    const text = cal(...ev('UID:a', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY'), ...ev('UID:a', ...lines));
    expect(problems(text)).toEqual([`ics.unsupported kunder/lukkedage.ics:9: "Lukket": ${message}`]);
  });
});

describe('warnings: what closes nothing is named', () => {
  it('a timed event without an end closes no time', () => {
    const text = cal(...ev('DTSTART:20261224T100000'));
    expect(problems(text)).toEqual([
      'ics.empty-event kunder/lukkedage.ics:3: warning: "Lukket" has a start time but no DTEND or DURATION: it closes no time',
    ]);
    const calendar = compileCalendar({ timezone: 'UTC', hours: '24x7', holidays: { ics: [readIcs(text, 'x.ics', 'x.ics').ics] } });
    expect(holidaysIn(calendar, 2026)).toEqual([]);
  });

  it('a file without events, and components that are not events', () => {
    expect(problems(cal())).toEqual(['ics.no-events kunder/lukkedage.ics: warning: the file has no events (VEVENT): it closes nothing']);
    expect(problems(cal('BEGIN:VTODO', 'SUMMARY:Ring til kunden', 'END:VTODO', ...ev('DTSTART;VALUE=DATE:20261224')))).toEqual([
      'ics.ignored-component kunder/lukkedage.ics: warning: 1 VTODO component ignored: only events (VEVENT) close time',
    ]);
  });
});
