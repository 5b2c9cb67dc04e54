import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { problem, type Problem } from '../problem.js';
import type { FileActivity } from '../tickets/types.js';
import type { Period } from './types.js';

/** The default margin before a quiet export is called stale. */
export const DEFAULT_MAX_STALENESS_MS = 24 * 60 * 60 * 1000;

/**
 * An export whose newest activity stops well before the moment the
 * run judges (the period's end, or the as-of instant when that is earlier)
 * gives a report in which the tickets resolved since then are still open and
 * the tickets created since then are missing: November judged from an export
 * taken on the 20th. One warning per ticket file whose newest activity (the
 * latest timestamp of any of its rows: updated, created, first response,
 * resolved, closed) is more than `maxStalenessMs` before that moment.
 * `--strict` makes it an error (tickets/problems.ts).
 */
export function staleExports(
  activity: readonly FileActivity[],
  period: Period | undefined,
  asOf: Instant,
  maxStalenessMs: number,
  zone: string,
): Problem[] {
  const judged = period === undefined || asOf < period.to ? asOf : period.to;
  const what =
    judged === asOf
      ? `the as-of instant ${formatInstant(zone, asOf)}`
      : `the end of the period ${period!.label} (${formatInstant(zone, judged)})`;
  return activity
    .filter((newest) => judged - newest.at > maxStalenessMs)
    .map((newest) =>
      problem(
        'evaluate.stale-export',
        'warning',
        `the newest activity in the export is ${formatInstant(zone, newest.at)} (${newest.field}, line ${newest.line}), ${spanText(judged - newest.at)} before ${what}: the export looks stale or cut off, so tickets created since are missing and tickets resolved since are judged as still open`,
        { file: newest.file, line: newest.line },
        `export the tickets again; to judge as of the export, pass --as-of ${formatInstant(zone, newest.at)}; if nothing happened since, pass a --max-staleness longer than ${spanText(maxStalenessMs)}`,
      ),
    );
}

/** `10 days 9 hours`, `20 hours`, `45 minutes`: the two largest units, rounded down. */
export function spanText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return minutes % 60 > 0 ? `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}` : unit(hours, 'hour');
  return unit(minutes, 'minute');
}
