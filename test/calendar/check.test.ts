import { describe, expect, it } from 'vitest';
import { CalendarError, checkCalendarDef, compileCalendar, type CalendarDef } from '../../src/calendar/index.js';

/** Bad calendar definitions: each issue with its path inside the definition and its message. */

const base: CalendarDef = { timezone: 'Europe/Copenhagen', hours: { 'mon-fri': ['08:00-16:00'] } };
const issues = (def: Partial<CalendarDef>) => checkCalendarDef({ ...base, ...def }).map(({ path, message }) => ({ path, message }));

describe('checkCalendarDef', () => {
  it('accepts a good definition', () => {
    expect(
      checkCalendarDef({
        ...base,
        holidays: { country: 'DK', include: ['Juleaftensdag'], exclude: ['Anden Juledag'], dates: ['2026-12-31'] },
        overrides: { '2026-12-23': ['08:00-12:00'] },
      }),
    ).toEqual([]);
    expect(checkCalendarDef({ timezone: 'UTC', hours: '24x7' })).toEqual([]);
    expect(checkCalendarDef({ ...base, hours: { weekdays: ['08:00-12:00', '12:00-16:00'], weekend: ['22:00-06:00'] } })).toEqual([]);
  });

  it('an unknown zone, with the nearest one', () => {
    const [issue] = checkCalendarDef({ ...base, timezone: 'Europe/Copenhagn' });
    expect(issue).toEqual({
      path: ['timezone'],
      message: 'unknown time zone "Europe/Copenhagn"',
      hint: 'did you mean "Europe/Copenhagen"?',
    });
  });

  it('bad range syntax: 25:00, 8-16, 24:30, an empty range', () => {
    expect(issues({ hours: { mon: ['08:00-12:00', '25:00-26:00'], tue: ['8-16'], wed: ['08:00-24:30'], thu: ['00:00-00:00'] } })).toEqual([
      { path: ['hours', 'mon', 1], message: '"25:00-26:00": 25:00 is not a time of day' },
      { path: ['hours', 'tue', 0], message: 'cannot read "8-16" as a time range' },
      { path: ['hours', 'wed', 0], message: '"08:00-24:30": 24:30 is not a time of day' },
      { path: ['hours', 'thu', 0], message: '"00:00-00:00" is an empty range' },
    ]);
  });

  it('overlapping ranges on one day', () => {
    expect(issues({ hours: { 'mon-fri': ['08:00-12:00', '11:00-16:00'] } })).toEqual([
      { path: ['hours', 'mon-fri', 1], message: 'ranges 08:00-12:00 and 11:00-16:00 overlap' },
    ]);
  });

  it("an overnight range that runs into the next day's range", () => {
    expect(issues({ hours: { 'mon-fri': ['08:00-16:00'], sun: ['22:00-09:00'] } })).toEqual([
      { path: ['hours', 'sun', 0], message: '22:00-09:00 on sun runs overnight into 08:00-16:00 on mon' },
    ]);
  });

  it('a day given twice, and unknown weekday keys', () => {
    expect(issues({ hours: { 'mon-fri': ['08:00-16:00'], fri: ['08:00-12:00'], monday: ['08:00-12:00'], 'mon-xyz': [] } })).toEqual([
      { path: ['hours', 'fri'], message: 'fri is given twice (by mon-fri and fri)' },
      { path: ['hours', 'monday'], message: 'unknown weekday "monday"' },
      { path: ['hours', 'mon-xyz'], message: 'unknown weekday "mon-xyz"' },
      { path: ['hours', 'fri', 0], message: 'ranges 08:00-16:00 and 08:00-12:00 overlap' },
    ]);
    expect(checkCalendarDef({ ...base, hours: { monday: ['08:00-12:00'] } })[0]?.hint).toBe('write "mon"');
  });

  it('a week without any range', () => {
    expect(issues({ hours: { 'mon-sun': [] } })).toEqual([{ path: ['hours'], message: 'no weekly hours: the calendar is never open' }]);
    expect(issues({ hours: { 'mon-sun': [] }, overrides: { '2026-12-24': ['10:00-12:00'] } })).toEqual([]);
  });

  it('bad override dates and ranges, and an override that collides with its neighbour', () => {
    expect(issues({ overrides: { '2026-02-30': [], '2026-12-23': ['8-12'], '2026-04-05': ['20:00-09:00'] } })).toEqual([
      { path: ['overrides', '2026-02-30'], message: 'cannot read "2026-02-30" as a date' },
      { path: ['overrides', '2026-12-23', 0], message: 'cannot read "8-12" as a time range' },
      { path: ['overrides', '2026-04-05', 0], message: '20:00-09:00 on 2026-04-05 runs overnight into 08:00-16:00 on 2026-04-06' },
    ]);
  });

  it('unknown country and region codes say which codes exist', () => {
    const [country] = checkCalendarDef({ ...base, holidays: { country: 'DKK' } });
    expect(country).toEqual({
      path: ['holidays', 'country'],
      message: 'unknown country code "DKK"',
      hint: 'codes starting with D: DE, DJ, DK, DM, DO, DZ',
    });
    expect(checkCalendarDef({ ...base, holidays: { country: 'Denmark' } })[0]?.hint).toBe('did you mean "DK" (Denmark)?');
    expect(checkCalendarDef({ ...base, holidays: { country: 'dk' } })[0]?.hint).toBe('country codes are upper case: "DK" (Denmark)');
    const [region] = checkCalendarDef({ ...base, holidays: { country: 'DE', region: 'BX' } });
    expect(region?.path).toEqual(['holidays', 'region']);
    expect(region?.message).toBe('unknown region "BX" for DE');
    expect(region?.hint).toContain('regions: BB, BE, BW, BY');
  });

  it('unknown holiday types and names, with the nearest name of that country', () => {
    expect(checkCalendarDef({ ...base, holidays: { country: 'DK', types: ['public', 'bank-holiday'] } })).toEqual([
      {
        path: ['holidays', 'types', 1],
        message: 'unknown holiday type "bank-holiday"',
        hint: 'types are public, bank, school, optional, observance',
      },
    ]);
    expect(checkCalendarDef({ ...base, holidays: { country: 'DK', include: ['Juleaften'], exclude: ['Anden påskdag'] } })).toEqual([
      { path: ['holidays', 'include', 0], message: 'no holiday named "Juleaften" in DK', hint: 'did you mean "Juleaftensdag"?' },
      { path: ['holidays', 'exclude', 0], message: 'no holiday named "Anden påskdag" in DK', hint: 'did you mean "Anden påskedag"?' },
    ]);
  });

  it('bad closed dates, and holiday keys without a country', () => {
    expect(issues({ holidays: { dates: ['2026-13-01'], include: ['Juleaftensdag'] } })).toEqual([
      { path: ['holidays', 'dates', 0], message: 'cannot read "2026-13-01" as a date' },
      { path: ['holidays'], message: 'region, types, include and exclude need a country' },
    ]);
  });
});

describe('compileCalendar', () => {
  it('throws a CalendarError carrying every issue', () => {
    const bad = { ...base, timezone: 'Mars/Olympus', hours: { mon: ['25:00-26:00'] } };
    expect(() => compileCalendar(bad)).toThrow(CalendarError);
    try {
      compileCalendar(bad);
    } catch (e) {
      expect((e as CalendarError).issues.map((i) => i.path)).toEqual([['timezone'], ['hours', 'mon', 0]]);
      expect((e as CalendarError).message).toBe('bad calendar: timezone: unknown time zone "Mars/Olympus" (and 1 more)');
    }
  });
});
