import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { naiveToInstant } from '../../src/calendar/wall-clock.js';
import { compileDateSetting, fileTimes, zoneClock, type DateFormat } from '../../src/tickets/timestamps/file-times.js';

/**
 * The fast timestamp path against luxon, the reference (issue 4): random
 * instants, many of them on daylight-saving days, in zones with odd rules,
 * written by luxon in a supported format, then read back by both.
 */
const ZONES = [
  'UTC',
  'Europe/Copenhagen',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'Africa/Casablanca',
];

const FORMATS = [
  'dd-MM-yyyy HH:mm',
  'd/M/yyyy H:mm:ss',
  'dd/MMM/yy h:mm a',
  'dd/MMM/yy HH:mm',
  'dd.MM.yyyy HH:mm',
  'yyyy/MM/dd HH:mm:ss.SSS',
  'EEE MMM dd HH:mm:ss yyyy',
  'MM/dd/yyyy hh:mm:ss a',
  "yyyy-MM-dd'T'HH:mm:ssZZ",
  'yyyy-MM-dd HH:mm:ss ZZZ',
  'd MMMM yyyy HH:mm',
  'yyyy-MM-dd HH:mm',
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
];

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 11, 31);

/** Instants where a zone's offset changes, found with luxon alone. */
function transitions(zone: string): number[] {
  const found: number[] = [];
  const step = 6 * 3_600_000;
  for (let at = FROM; at < TO; at += step) {
    const a = DateTime.fromMillis(at, { zone }).offset;
    const b = DateTime.fromMillis(at + step, { zone }).offset;
    if (a === b) continue;
    let lo = at;
    let hi = at + step;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (DateTime.fromMillis(mid, { zone }).offset === a) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

const transitionsByZone = new Map(ZONES.map((z) => [z, transitions(z)]));

/** An instant, a third of the time within three hours of one of the zone's transitions. */
const instantIn = (zone: string): fc.Arbitrary<number> => {
  const near = transitionsByZone.get(zone)!;
  const anywhere = fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((m) => m * 60_000 + 123);
  if (near.length === 0) return anywhere;
  const nearTransition = fc
    .tuple(fc.constantFrom(...near), fc.integer({ min: -180, max: 180 }), fc.integer({ min: 0, max: 59_999 }))
    .map(([t, m, ms]) => t + m * 60_000 + ms);
  return fc.oneof(anywhere, anywhere, nearTransition);
};

/** Luxon's reading of a value, with SPEC 3's rule for overlaps (the earlier instant), never luxon's own guess. */
function luxonReading(value: string, format: string, zone: string): number {
  const dt = DateTime.fromFormat(value, format, { zone, locale: 'en', setZone: false });
  if (!dt.isValid) return Number.NaN;
  if (/Z/.test(format)) return dt.toMillis();
  return Math.min(...dt.getPossibleOffsets().map((d) => d.toMillis()));
}

function compiled(format: string): DateFormat {
  const setting = compileDateSetting(format);
  if (setting === 'auto' || 'error' in setting) throw new Error(`cannot compile ${format}`);
  return setting;
}

describe('fast timestamp parser equals luxon', () => {
  it('for random instants in random zones and formats', () => {
    const parsers = new Map(FORMATS.map((f) => [f, compiled(f)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), instantIn(zone), fc.constantFrom(...FORMATS))),
        ([zone, at, format]) => {
          const value = DateTime.fromMillis(at, { zone, locale: 'en' }).toFormat(format);
          const times = fileTimes(parsers.get(format)!, zoneClock(zone), [0]);
          const expected = luxonReading(value, format, zone);
          expect(Number.isNaN(expected)).toBe(false);
          expect(times.read(0, value)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for month names in da, de, es, fr, nl, sv and nb, with or without a trailing dot', () => {
    const format = 'dd/MMM/yyyy HH:mm';
    const parser = compiled(format);
    fc.assert(
      fc.property(fc.constantFrom('da', 'de', 'es', 'fr', 'nl', 'sv', 'nb', 'en'), instantIn('Europe/Copenhagen'), (locale, at) => {
        const zone = 'Europe/Copenhagen';
        const local = DateTime.fromMillis(at, { zone, locale }).toFormat(format);
        const english = DateTime.fromMillis(at, { zone, locale: 'en' }).toFormat(format);
        const times = fileTimes(parser, zoneClock(zone), [0]);
        const expected = luxonReading(english, format, zone);
        expect(Number.isNaN(expected)).toBe(false);
        expect(times.read(0, local)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('zone clock', () => {
  it('equals naiveToInstant for any naive time, gaps and overlaps included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), instantIn(zone))),
        fc.integer({ min: -120, max: 120 }),
        ([zone, at], shiftMinutes) => {
          // A naive value near a transition: the instant's wall time, shifted into possible gaps and overlaps.
          const naive = at + DateTime.fromMillis(at, { zone }).offset * 60_000 + shiftMinutes * 60_000;
          const clock = zoneClock(zone);
          const expected = naiveToInstant(zone, naive);
          expect(clock.toInstant(naive)).toBe(expected.at);
          expect(clock.lastResolution).toBe(expected.resolution);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
