import type { Instant } from '../calendar/types.js';
import { formatDate, instantToLocal } from '../calendar/wall-clock.js';
import type { Period } from '../evaluate/types.js';
import { closestMatch } from '../did-you-mean.js';
import { UsageError } from './errors.js';

const PLACEHOLDERS = ['period', 'as_of'] as const;

/**
 * `--output 'reports/sla-{period}.json'`: `{period}` is the
 * period's label in the SLA's time zone (`2026-11`, `2026-Q4`, and for
 * `--from/--to` its first and last dates, `2026-11-01..2026-11-30`);
 * `{as_of}` is the as-of date there (`2026-12-01`). A cron script then needs
 * no `date -d 'last month'`, which on the 31st names the current month and
 * counts in the machine's zone, not the agreement's. Any other `{name}` is a
 * usage error: a typo must not become a file called `sla-{peroid}.json`.
 */
export function outputPath(given: string | undefined, period: Period | undefined, asOf: Instant, zone: string): string | undefined {
  if (given === undefined || !given.includes('{')) return given;
  return given.replace(/\{([A-Za-z_-]*)\}/g, (whole, name: string) => {
    if (name === 'period') {
      if (period === undefined)
        throw new UsageError(
          `--output ${given}: {period} needs a period`,
          'add --month, --quarter, --period or --from/--to, or use {as_of}',
        );
      return periodName(period, zone);
    }
    if (name === 'as_of') return formatDate(instantToLocal(zone, asOf));
    const near = closestMatch(name, PLACEHOLDERS);
    throw new UsageError(
      `--output ${given}: unknown placeholder ${whole}${near === undefined ? '' : `; did you mean {${near}}?`}`,
      `placeholders: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    );
  });
}

/** A month's or a quarter's own label; any other period its first and last local dates (never a time: no `:` in a file name). */
function periodName(period: Period, zone: string): string {
  if (/^\d{4}-(\d{2}|Q[1-4])$/.test(period.label)) return period.label;
  const first = formatDate(instantToLocal(zone, period.from));
  const last = formatDate(instantToLocal(zone, period.to - 1));
  return `${first}..${last}`;
}
