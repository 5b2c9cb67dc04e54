import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import {
  dayStart,
  monthPeriod,
  nextDay,
  quarterPeriod,
  relativePeriod,
  RELATIVE_PERIODS,
  type RelativePeriod,
} from '../evaluate/periods.js';
import type { Period } from '../evaluate/types.js';
import { UsageError } from './errors.js';
import { parseInstant } from './parse-instant.js';

export type PeriodFlags = { month?: string; quarter?: string; from?: string; to?: string; period?: string };

/**
 * The period flags (at most one kind) as a Period in the SLA's zone, or
 * undefined for "every record as of the as-of". `--from D --to D`: a date
 * `--from` starts at its local midnight; a date `--to` is inclusive (the
 * period ends at the next midnight); instants are used as given, `--to`
 * exclusive. A period that starts after the as-of instant is a usage error.
 */
export function periodFromFlags(flags: PeriodFlags, zone: string, asOf: Instant): Period | undefined {
  const given = (['month', 'quarter', 'period', 'from'] as const).filter((k) => flags[k] !== undefined).map((k) => `--${k}`);
  if (given.length > 1) throw new UsageError(`give one period, not ${given.join(' and ')}`);
  if (flags.to !== undefined && flags.from === undefined)
    throw new UsageError('--to needs --from', 'e.g. --from 2026-10-01 --to 2026-10-31');
  const period = chosen(flags, zone, asOf);
  // Nothing in such a period has happened yet; an empty report would look like a quiet month.
  if (period !== undefined && period.from > asOf) {
    throw new UsageError(
      `the period ${period.label} starts after the as-of instant ${formatInstant(zone, asOf)}`,
      'pass an earlier period, or a later --as-of (the default is now)',
    );
  }
  return period;
}

function chosen(flags: PeriodFlags, zone: string, asOf: Instant): Period | undefined {
  if (flags.month !== undefined) return month(flags.month, zone);
  if (flags.quarter !== undefined) return quarter(flags.quarter, zone);
  if (flags.period !== undefined) return relative(flags.period, zone, asOf);
  if (flags.from !== undefined) return range(flags.from, flags.to, zone);
  return undefined;
}

function month(text: string, zone: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new UsageError(`--month: "${text}" is not a month`, 'write YYYY-MM, e.g. 2026-10');
  checkYear('--month', text, Number(m[1]));
  return monthPeriod(zone, Number(m[1]), Number(m[2]));
}

function quarter(text: string, zone: string): Period {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(text.trim());
  if (m === null) throw new UsageError(`--quarter: "${text}" is not a quarter`, 'write YYYY-Qn, e.g. 2026-Q4');
  checkYear('--quarter', text, Number(m[1]));
  return quarterPeriod(zone, Number(m[1]), Number(m[2]));
}

/** The engine's years, as for ticket timestamps: `--month 0026-10` is refused, not run on October 1926 (a JS Date's reading of year 26). */
function checkYear(flag: string, text: string, year: number): void {
  if (year < 1900 || year > 2200)
    throw new UsageError(`${flag}: "${text}" is outside the years 1900-2200 slacheck reads`, 'check the year: four digits, e.g. 2026');
}

function relative(text: string, zone: string, asOf: Instant): Period {
  if (!(RELATIVE_PERIODS as readonly string[]).includes(text))
    throw new UsageError(`--period: "${text}" is not a period`, `write one of ${RELATIVE_PERIODS.join(', ')}`);
  return relativePeriod(text as RelativePeriod, zone, asOf);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function range(fromText: string, toText: string | undefined, zone: string): Period {
  if (toText === undefined) throw new UsageError('--from needs --to', 'e.g. --from 2026-10-01 --to 2026-10-31');
  const from = instantFlag('--from', fromText, zone);
  const end = instantFlag('--to', toText, zone);
  const date = DATE.exec(toText.trim());
  const to = date === null ? end : dayStart(zone, nextDay({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }));
  if (to <= from) throw new UsageError(`--to ${toText} is not after --from ${fromText}`);
  return { from, to, label: `${fromText.trim()}..${toText.trim()}` };
}

export function instantFlag(flag: string, text: string, zone: string): Instant {
  const parsed = parseInstant(text, zone);
  if (!parsed.ok) throw new UsageError(`${flag}: ${parsed.message}`);
  return parsed.at;
}
