import { naiveToInstant, offsetMinutes, type Instant, type Resolution } from '../../calendar/wall-clock.js';

/**
 * Naive wall-clock times -> instants in one zone, fast: the zone's offset is
 * looked up once per local day, and per local hour on the few days near a
 * transition. An hour that contains a transition is marked, and its values go
 * through naiveToInstant (SPEC 3's gap and overlap rules) one by one; so the
 * result always equals naiveToInstant's (a property test checks it). Luxon's
 * offset lookup costs ~17 µs, so each probe is asked once per clock.
 */
export type ZoneClock = {
  /** The instant of a naive epoch number (wall-clock.ts naiveMillis). */
  toInstant(naive: number): Instant;
  /** How the last toInstant call resolved: `exact`, or moved out of a gap, or the earlier of an overlap. */
  lastResolution: Resolution;
};

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A day or hour marked as near a transition. */
const MIXED = Number.NaN;

export function zoneClock(zone: string): ZoneClock {
  // Per clock, not per module: house style forbids module-level mutable state.
  const probes = new Map<number, number>();
  const offsetAt = (at: number): number => {
    let o = probes.get(at);
    if (o === undefined) {
      o = offsetMinutes(zone, at);
      probes.set(at, o);
    }
    return o;
  };
  const days = new Map<number, number>();
  const hours = new Map<number, number>();
  let lastDay = Number.NaN;
  let lastDayOffset = MIXED;
  const clock: ZoneClock = {
    lastResolution: 'exact',
    toInstant(naive: number): Instant {
      const day = Math.floor(naive / DAY);
      let offset: number;
      if (day === lastDay) offset = lastDayOffset;
      else {
        offset = days.get(day) ?? dayOffset(offsetAt, day * DAY);
        days.set(day, offset);
        lastDay = day;
        lastDayOffset = offset;
      }
      if (offset !== offset) {
        const hour = Math.floor(naive / HOUR);
        offset = hours.get(hour) ?? hourOffset(zone, hour * HOUR);
        hours.set(hour, offset);
      }
      if (offset !== offset) {
        const resolved = naiveToInstant(zone, naive);
        clock.lastResolution = resolved.resolution;
        return resolved.at;
      }
      clock.lastResolution = 'exact';
      return naive - offset * MINUTE;
    },
  };
  return clock;
}

/**
 * The offset that holds for every naive time of the local day starting at
 * `start`, or MIXED. naiveToInstant compares the offsets a day either side of
 * a naive time, so the day is plain when the offset is the same from a day
 * before it to a day after it (probed at whole days: zones do not change twice
 * within a day).
 */
function dayOffset(offsetAt: (at: number) => number, start: number): number {
  const offset = offsetAt(start - DAY);
  for (const at of [start, start + DAY, start + 2 * DAY]) if (offsetAt(at) !== offset) return MIXED;
  return offset;
}

/**
 * The same for one local hour on a day near a transition: plain when
 * naiveToInstant reads its first and last millisecond exactly, with one
 * offset (a gap or an overlap inside the hour would change the offset
 * between them; two transitions within an hour do not happen).
 */
function hourOffset(zone: string, start: number): number {
  const first = naiveToInstant(zone, start);
  const last = naiveToInstant(zone, start + HOUR - 1);
  if (first.resolution !== 'exact' || last.resolution !== 'exact') return MIXED;
  const offset = start - first.at;
  return start + HOUR - 1 - last.at === offset ? offset / MINUTE : MIXED;
}
