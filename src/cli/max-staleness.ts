import { DEFAULT_MAX_STALENESS_MS } from '../evaluate/stale-export.js';
import { UsageError } from './errors.js';

const FORMS = 'days, hours and minutes, e.g. 24h, 3d, 1d12h or 90m';

/**
 * `--max-staleness DURATION`: how long before the period's end
 * (or the as-of instant) an export's newest activity may be before the run
 * warns that it looks stale. Calendar time, not business time: an export is
 * taken on a clock, not in office hours. Default 24h.
 */
export function maxStalenessFlag(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_STALENESS_MS;
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text.trim());
  if (m === null || text.trim() === '') throw new UsageError(`--max-staleness: "${text}" is not a duration`, `write ${FORMS}`);
  const [days, hours, minutes] = [m[1], m[2], m[3]].map((n) => Number(n ?? 0)) as [number, number, number];
  return ((days * 24 + hours) * 60 + minutes) * 60_000;
}
