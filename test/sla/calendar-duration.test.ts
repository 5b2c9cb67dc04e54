import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDuration, parseCalendarDuration, parseDuration, parseTargetDuration } from '../../src/sla/values/duration.js';
import { calendarTarget } from '../../src/evaluate/calendar-target.js';

describe('parseCalendarDuration: 1mo and Nd (SPEC 13.2)', () => {
  it('reads months and calendar days', () => {
    expect(parseCalendarDuration('1mo')).toEqual({ ok: true, value: { kind: 'calendar-months', months: 1, text: '1mo' } });
    expect(parseCalendarDuration(' 2mo ')).toEqual({ ok: true, value: { kind: 'calendar-months', months: 2, text: '2mo' } });
    expect(parseCalendarDuration('30d')).toEqual({ ok: true, value: { kind: 'calendar-days', days: 30, text: '30d' } });
    expect(parseCalendarDuration('0d')).toEqual({ ok: true, value: { kind: 'calendar-days', days: 0, text: '0d' } });
    expect(parseCalendarDuration('120mo').ok).toBe(true);
    expect(parseCalendarDuration('3650d').ok).toBe(true);
  });
  it('suggests the unit for words and spaced forms', () => {
    const hint = (v: unknown): string => {
      const r = parseCalendarDuration(v);
      return r.ok ? '' : r.hint;
    };
    expect(hint('1 month')).toMatch(/^did you mean 1mo\? /);
    expect(hint('1 måned')).toMatch(/^did you mean 1mo\? /);
    expect(hint('3 mdr')).toMatch(/^did you mean 3mo\? /);
    expect(hint('30 dage')).toMatch(/^did you mean 30d\? /);
    expect(hint('30 days')).toMatch(/^did you mean 30d\? /);
    expect(hint('1 mo')).toMatch(/^did you mean 1mo\? /);
    expect(hint('1M')).toMatch(/^did you mean 1mo \(months\) or 1m \(minutes\)\? /);
    expect(hint(30)).toMatch(/add a unit/);
  });
  it('refuses targets beyond ten years', () => {
    expect(parseCalendarDuration('121mo')).toMatchObject({ ok: false, message: '"121mo" is longer than any SLA target' });
    expect(parseCalendarDuration('3651d')).toMatchObject({ ok: false });
  });
  it('prints back as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.boolean(), (n, months) => {
        const text = `${n}${months ? 'mo' : 'd'}`;
        const r = parseCalendarDuration(text);
        expect(r.ok && formatCalendarDuration(r.value)).toBe(text);
      }),
    );
  });
});

describe('parseTargetDuration: every unit a target may have once calendar units are wired', () => {
  it('reads business time, business days and calendar units', () => {
    expect(parseTargetDuration('4h')).toEqual({ ok: true, value: { kind: 'business-time', ms: 4 * 3_600_000, text: '4h' } });
    expect(parseTargetDuration('3bd')).toEqual({ ok: true, value: { kind: 'business-days', days: 3, text: '3bd' } });
    expect(parseTargetDuration('1mo')).toEqual({ ok: true, value: { kind: 'calendar-months', months: 1, text: '1mo' } });
    expect(parseTargetDuration('72h')).toMatchObject({ ok: true, value: { kind: 'business-time' } });
    // `m` stays minutes: a month is `mo`.
    expect(parseTargetDuration('1m')).toMatchObject({ ok: true, value: { kind: 'business-time', ms: 60_000 } });
  });
  it('names every unit in its hints', () => {
    expect(parseTargetDuration('soon')).toMatchObject({
      ok: false,
      hint: "write 45m, 4h, 1h30m (business time in the policy's calendar) or 3bd (business days), or 1mo (the same day and clock time a month later) or 30d (calendar days, the same clock time)",
    });
    expect(parseTargetDuration('1 month')).toMatchObject({ ok: false, hint: expect.stringMatching(/^did you mean 1mo\? write 45m/) });
  });
});

describe('the SLA file still refuses calendar units until the clocks judge them', () => {
  it('parseDuration reads 1mo and 30d as errors', () => {
    expect(parseDuration('1mo').ok).toBe(false);
    expect(parseDuration('30d').ok).toBe(false);
  });
});

describe('calendarTarget: a wall-clock due and a real-time budget', () => {
  it('gives the NIS2 final report due one month after the notification', () => {
    // Notification 2026-03-15 10:00 CET; one month later is 2026-04-15 10:00 CEST: 31 days less the DST hour.
    const start = Date.UTC(2026, 2, 15, 9, 0);
    const { due, budgetMs } = calendarTarget('Europe/Copenhagen', start, { kind: 'calendar-months', months: 1, text: '1mo' });
    expect(due).toBe(Date.UTC(2026, 3, 15, 8, 0));
    expect(budgetMs).toBe((31 * 24 - 1) * 3_600_000);
  });
  it('gives 3d as three calendar days', () => {
    const start = Date.UTC(2026, 9, 23, 10, 0); // 12:00 CEST; the night of 24-25 Oct has 25 hours
    expect(calendarTarget('Europe/Copenhagen', start, { kind: 'calendar-days', days: 3, text: '3d' }).budgetMs).toBe(73 * 3_600_000);
  });
});
