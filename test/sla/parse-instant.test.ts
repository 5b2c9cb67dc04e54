import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/cli/parse-instant.js';

const zone = 'Europe/Copenhagen';

describe('parseInstant: ISO 8601 on the command line', () => {
  it.each([
    // Copenhagen is UTC+2 in summer: 15:00 local = 13:00Z.
    ['2026-04-01T15:00', Date.UTC(2026, 3, 1, 13, 0)],
    ['2026-04-01 15:00:30', Date.UTC(2026, 3, 1, 13, 0, 30)],
    ['2026-04-01T15:00:30.25', Date.UTC(2026, 3, 1, 13, 0, 30, 250)],
    // A date alone is the start of that local day; UTC+1 in winter.
    ['2026-01-15', Date.UTC(2026, 0, 14, 23, 0)],
    ['2026-04-01T15:00Z', Date.UTC(2026, 3, 1, 15, 0)],
    ['2026-04-01T15:00:00+05:30', Date.UTC(2026, 3, 1, 9, 30)],
    ['2026-04-01T15:00-0300', Date.UTC(2026, 3, 1, 18, 0)],
    // SPEC 3: 02:30 on 2026-03-29 does not exist in Copenhagen; it moves to the end of the gap, 03:00 CEST = 01:00Z.
    ['2026-03-29T02:30', Date.UTC(2026, 2, 29, 1, 0)],
    // SPEC 3: 02:30 on 2026-10-25 happens twice; the earlier (CEST, UTC+2) is taken = 00:30Z.
    ['2026-10-25T02:30', Date.UTC(2026, 9, 25, 0, 30)],
  ])('reads %s', (text, at) => {
    expect(parseInstant(text, zone)).toEqual({ ok: true, at });
  });

  it.each([
    [
      'yesterday',
      'cannot read "yesterday" as a time; write ISO 8601, e.g. 2026-04-01, 2026-04-01T15:00, 2026-04-01T15:00:00+02:00 or 2026-04-01T13:00Z',
    ],
    [
      '01-04-2026',
      'cannot read "01-04-2026" as a time; write ISO 8601, e.g. 2026-04-01, 2026-04-01T15:00, 2026-04-01T15:00:00+02:00 or 2026-04-01T13:00Z',
    ],
    ['2026-02-30', '"2026-02-30" is not a real date and time'],
    ['2026-04-01T24:30', '"2026-04-01T24:30" is not a real date and time'],
  ])('refuses %s', (text, message) => {
    expect(parseInstant(text, zone)).toEqual({ ok: false, message });
  });
});
