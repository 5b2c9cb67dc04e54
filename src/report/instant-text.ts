import type { Instant } from '../calendar/types.js';
import { formatInstant, formatOffset, offsetMinutes } from '../calendar/wall-clock.js';

/** Instants in one bucket share the zone's offset unless a transition falls inside (checked at both ends). */
const BUCKET = 15 * 60_000;

/**
 * formatInstant for many instants in one zone: the zone's offset is looked up
 * once per quarter hour that holds an instant (an offset lookup goes through
 * Intl and cost a third of `check --all` on a million tickets), then the
 * text is built from it. A quarter hour with a transition inside it (both
 * ends differ) is formatted instant by instant. Same text as formatInstant.
 */
export function instantFormatter(zone: string): (at: Instant) => string {
  const offsets = new Map<number, number | null>();
  return (at) => {
    const bucket = Math.floor(at / BUCKET);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = offsetMinutes(zone, bucket * BUCKET);
      // Whole-minute offsets only: a local mean time before 1900 (+00:53:28) goes the long way.
      offset = Number.isInteger(start) && start === offsetMinutes(zone, (bucket + 1) * BUCKET - 1) ? start : null;
      offsets.set(bucket, offset);
    }
    return offset === null ? formatInstant(zone, at) : withOffset(at, offset);
  };
}

function withOffset(at: Instant, offset: number): string {
  const d = new Date(at + offset * 60_000);
  const ms = d.getUTCMilliseconds();
  const date = `${d.getUTCFullYear().toString().padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  return `${date}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${ms === 0 ? '' : `.${ms.toString().padStart(3, '0')}`}${formatOffset(offset)}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
