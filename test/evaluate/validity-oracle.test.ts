import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { matchPolicy } from '../../src/evaluate/policy.js';
import type { Policy } from '../../src/sla/types.js';
import { validityOf } from '../../src/sla/values/validity.js';
import { policy, time } from '../builders.js';

/**
 * SPEC 9: a dated policy takes the tickets created on its dates (inclusive, in
 * the SLA's zone), first match on `when` and dates together. The oracle asks
 * luxon for the creation instant's local date and compares date texts; it
 * shares nothing with src/ (which compares instants with the starts of days).
 * Zones: DST at 02:00 (Copenhagen), at midnight (Santiago, Havana, Beirut:
 * some local midnights do not exist, or a day starts after a repeated hour),
 * half-hour DST (Lord Howe).
 */
const ZONES = ['Europe/Copenhagen', 'America/Santiago', 'America/Havana', 'Asia/Beirut', 'Australia/Lord_Howe'] as const;
// Days around the zones' transitions in 2024-2027, and some plain ones.
const DAYS = [
  '2026-03-29',
  '2026-10-25',
  '2026-04-05',
  '2026-09-06',
  '2026-03-08',
  '2026-11-01',
  '2026-04-04',
  '2026-10-04',
  '2024-02-29',
  '2027-01-01',
  '2026-07-01',
  '2025-09-07',
];

const addDays = (date: string, n: number) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: n }).toISODate()!;

type Range = { from?: string; until?: string };

describe('policy validity agrees with an oracle of local dates (SPEC 9)', () => {
  const range = (day: string): fc.Arbitrary<Range> =>
    fc
      .record({
        from: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
        until: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
      })
      .map((r) => ({
        ...(r.from === undefined ? {} : { from: addDays(day, r.from) }),
        ...(r.until === undefined ? {} : { until: addDays(day, r.until) }),
      }));
  const kase = fc
    .record({
      zone: fc.constantFrom(...ZONES),
      day: fc.constantFrom(...DAYS),
      // Near the start of a day: a minute either side of midnight more often than not.
      near: fc.integer({ min: -2, max: 2 }),
      minutes: fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -1500, max: 1500 })),
    })
    .chain((c) =>
      fc.record({
        zone: fc.constant(c.zone),
        day: fc.constant(c.day),
        near: fc.constant(c.near),
        minutes: fc.constant(c.minutes),
        ranges: fc.array(range(c.day), { minLength: 1, maxLength: 4 }),
      }),
    );

  it('picks the first policy whose range holds the creation date, across DST and at midnight', () => {
    fc.assert(
      fc.property(kase, ({ zone, day, near, minutes, ranges }) => {
        // An instant near the start of a day around `day` in the zone (luxon's own idea of that start).
        const created = DateTime.fromISO(addDays(day, near), { zone }).startOf('day').toMillis() + minutes * 60_000;
        const policies: Policy[] = ranges.map((r, i) => {
          const p = policy(`v${i}`, i, { priority: ['P2'] }, 'office', { resolution: time('8h') });
          const validity = validityOf({ valid_from: r.from, valid_until: r.until }, zone);
          return validity === undefined ? p : { ...p, validity };
        });
        const date = DateTime.fromMillis(created, { zone }).toISODate()!;
        const expected = ranges.findIndex((r) => (r.from === undefined || r.from <= date) && (r.until === undefined || date <= r.until));
        const got = matchPolicy(policies, { priority: 'P2' }, created);
        expect(got?.policy.name).toBe(expected < 0 ? undefined : `v${expected}`);
      }),
      { numRuns: 500 },
    );
  });
});
