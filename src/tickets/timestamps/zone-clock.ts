import { naiveToInstant, offsetMinutes, type Instant, type Resolution } from '../../calendar/wall-clock.js';

/**
 * Naive wall-clock times -> instants in one zone, fast: the zone's offset is
 * looked up once per local hour and cached. An hour near a transition is
 * marked, and its values go through naiveToInstant (SPEC 3's gap and overlap
 * rules) one by one; so the result always equals naiveToInstant's.
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

export function zoneClock(zone: string): ZoneClock {
  // Per clock, not per module: house style forbids module-level mutable state.
  const offsets = new Map<number, number>();
  let lastHour = Number.NaN;
  let lastOffset = Number.NaN;
  const clock: ZoneClock = {
    lastResolution: 'exact',
    toInstant(naive: number): Instant {
      const hour = Math.floor(naive / HOUR);
      let offset: number;
      if (hour === lastHour) offset = lastOffset;
      else {
        const cached = offsets.get(hour);
        offset = cached === undefined ? hourOffset(zone, hour * HOUR) : cached;
        if (cached === undefined) offsets.set(hour, offset);
        lastHour = hour;
        lastOffset = offset;
      }
      if (Number.isNaN(offset)) {
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
 * The offset that holds for every naive time in [start, start + 1h), or NaN
 * when a transition is near. naiveToInstant compares the offsets a day either
 * side of the naive time; when those agree over the whole hour, and the
 * instants the hour maps to have that offset too, it answers `exact` with
 * that offset for every value in the hour (two transitions within an hour do
 * not happen).
 */
function hourOffset(zone: string, start: number): number {
  const offset = offsetMinutes(zone, start - DAY);
  const probes = [start + HOUR - DAY, start + DAY, start + HOUR + DAY, start - offset * MINUTE, start + HOUR - offset * MINUTE];
  for (const at of probes) if (offsetMinutes(zone, at) !== offset) return Number.NaN;
  return offset;
}
