import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatMinutes, parseDuration } from '../../src/sla/values/duration.js';

const MINUTE = 60_000;

describe('parseDuration: the accepted forms', () => {
  it.each([
    ['45m', { kind: 'business-time', ms: 45 * MINUTE, text: '45m' }],
    ['4h', { kind: 'business-time', ms: 4 * 60 * MINUTE, text: '4h' }],
    // 1h30m = 60 + 30 = 90 minutes
    ['1h30m', { kind: 'business-time', ms: 90 * MINUTE, text: '1h30m' }],
    ['0m', { kind: 'business-time', ms: 0, text: '0m' }],
    ['90m', { kind: 'business-time', ms: 90 * MINUTE, text: '90m' }],
    ['3bd', { kind: 'business-days', days: 3, text: '3bd' }],
    [' 2h ', { kind: 'business-time', ms: 2 * 60 * MINUTE, text: '2h' }],
  ])('reads %j', (text, expected) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseDuration: everything else is an error that shows the accepted forms', () => {
  const forms = "write 45m, 4h, 1h30m (business time in the policy's calendar) or 3bd (business days)";
  it.each([
    // YAML turns `30` into a number and `"30"` stays text: both are a bare number.
    [30, '30 is a bare number, not a duration', `add a unit (30m, 30h or 30bd): ${forms}`],
    ['30', '30 is a bare number, not a duration', `add a unit (30m, 30h or 30bd): ${forms}`],
    ['1.5', '1.5 is a bare number, not a duration', `add a unit: ${forms}`],
    // YAML 1.2 keeps 1:30 as text; YAML 1.1 would make it 90 (the caller passes the source text then).
    ['1:30', '"1:30" is not a duration', `did you mean 1h30m? ${forms}`],
    ['2:00', '"2:00" is not a duration', `did you mean 2h? ${forms}`],
    // Issue 8: the minutes' unit left out.
    ['1h30', '"1h30" is not a duration', `did you mean 1h30m? ${forms}`],
    ['2h05', '"2h05" is not a duration', `did you mean 2h5m? ${forms}`],
    ['4H', '"4H" is not a duration', `did you mean 4h? ${forms}`],
    ['1h 30m', '"1h 30m" is not a duration', `did you mean 1h30m? ${forms}`],
    ['2d', '"2d" is not a duration', `did you mean 2bd (business days)? ${forms}`],
    ['4 hours', '"4 hours" is not a duration', forms],
    ['1.5h', '"1.5h" is not a duration', forms],
    ['', '"" is not a duration', forms],
    ['-1h', '"-1h" is not a duration', forms],
    ['1h90m', '"1h90m" has 90 minutes after the hours', 'write the minutes below 60, e.g. 2h30m'],
    ['99999999h', '"99999999h" is longer than any SLA target', 'targets go up to 87600h or 3650bd'],
    [null, 'expected a duration, found nothing', forms],
    [['4h'], 'expected a duration, found a list', forms],
    [{ h: 4 }, 'expected a duration, found a mapping', forms],
    [true, 'expected a duration, found the boolean true', forms],
  ])('refuses %j', (value, message, hint) => {
    expect(parseDuration(value)).toEqual({ ok: false, message, hint });
  });
});

describe('parseDuration against an independent reading of the grammar', () => {
  it('reads NhMm, Nh, Nm as hours * 60 + minutes, and prints them back in the shortest form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('hm', 'h', 'm'), (h, m, form) => {
        const text = form === 'hm' ? `${h}h${m}m` : form === 'h' ? `${h}h` : `${m}m`;
        const minutes = form === 'hm' ? h * 60 + m : form === 'h' ? h * 60 : m;
        const parsed = parseDuration(text);
        expect(parsed).toEqual({ ok: true, value: { kind: 'business-time', ms: minutes * MINUTE, text } });
        const shortest =
          minutes === 0
            ? '0m'
            : minutes % 60 === 0
              ? `${minutes / 60}h`
              : minutes < 60
                ? `${minutes}m`
                : `${Math.floor(minutes / 60)}h${minutes % 60}m`;
        if (parsed.ok) expect(formatDuration(parsed.value)).toBe(shortest);
      }),
    );
  });

  it('accepts a string exactly when it matches the grammar, and never throws', () => {
    const tokens = fc.constantFrom('1', '2', '30', '59', '60', '90', 'h', 'm', 'bd', 'd', ' ', ':', '.', 'H', '-', '%');
    fc.assert(
      fc.property(
        fc.array(tokens, { maxLength: 6 }).map((t) => t.join('')),
        (text) => {
          const parsed = parseDuration(text);
          expect(parsed.ok).toBe(grammar(text));
          if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

/** The grammar of SPEC 3, written out case by case; bounds: 87600 hours, 3650 business days. */
function grammar(text: string): boolean {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)bd$/.exec(t))) return Number(m[1]) <= 3650;
  if ((m = /^(\d+)h(\d+)m$/.exec(t))) return Number(m[1]) <= 87600 && Number(m[2]) < 60;
  if ((m = /^(\d+)h$/.exec(t))) return Number(m[1]) <= 87600;
  if ((m = /^(\d+)m$/.exec(t))) return Number(m[1]) <= 87600 * 60;
  return false;
}

describe('formatMinutes', () => {
  it.each([
    [0, '0m'],
    [45, '45m'],
    [60, '1h'],
    [90, '1h30m'],
    [1500, '25h'],
    [0.5, '30s'],
    [61.5, '1h1m30s'],
  ])('%d minutes is %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
