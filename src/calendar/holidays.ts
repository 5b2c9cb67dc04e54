import Holidays from 'date-holidays';
import { didYouMean } from '../did-you-mean.js';
import { parseDay, type DayNumber } from './days.js';
import type { CalendarIssue, ClosedBy, HolidaysDef } from './types.js';

/**
 * Public holidays through date-holidays (SPEC 3), the only importer of that
 * package. date-holidays computes one year at a time; callers cache the
 * result per calendar and year (holidaysOfYear in day-plan.ts).
 */

/** What the calendar takes from date-holidays: `types`, minus `exclude`, plus `include` (names compared trimmed, case-insensitively). */
export type HolidaySource = {
  readonly lookup: Holidays;
  readonly types: ReadonlySet<string>;
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
  /** `holidays.country DK` (or `DE-BY`): where its closures come from, as segments and validate say. */
  readonly source: string;
};

const TYPES = ['public', 'bank', 'school', 'optional', 'observance'];
const DAY_MS = 86_400_000;
const norm = (name: string): string => name.trim().toLowerCase();

export function holidaySource(def: HolidaysDef | undefined): HolidaySource | undefined {
  if (def?.country === undefined) return undefined;
  const lookup = def.region === undefined ? new Holidays(def.country) : new Holidays(def.country, def.region);
  return {
    lookup,
    types: new Set(def.types ?? ['public']),
    include: new Set((def.include ?? []).map(norm)),
    exclude: new Set((def.exclude ?? []).map(norm)),
    source: `holidays.country ${def.region === undefined ? def.country : `${def.country}-${def.region}`}`,
  };
}

/**
 * The dates that the source's entries of `year` close, with the holiday's
 * name (the first one when two fall on a date). An entry closes every date
 * it touches (a date-holidays entry may start at 14:00 or last several
 * days), so a few dates may lie in the next year; callers look a date up in
 * its own year first, then in the year before.
 */
export function holidayDates(source: HolidaySource, year: number): Map<DayNumber, ClosedBy> {
  const out = new Map<DayNumber, ClosedBy>();
  for (const h of source.lookup.getHolidays(year)) {
    if (!closes(source, h.name, h.type)) continue;
    const start = parseDay(h.date.slice(0, 10));
    if (start === undefined) continue;
    // Whole days the entry lasts, at least one; rounding absorbs 23/25-hour DST days.
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    const by = { name: h.name, source: source.source };
    for (let dn = start; dn < start + length; dn++) if (!out.has(dn)) out.set(dn, by);
  }
  return out;
}

function closes(source: HolidaySource, name: string, type: string): boolean {
  const key = norm(name);
  if (source.include.has(key)) return true;
  return source.types.has(type) && !source.exclude.has(key);
}

/** Problems with `holidays:` that only date-holidays can tell: codes, types, names. */
export function checkHolidays(def: HolidaysDef): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const countries = new Holidays().getCountries('en') as Record<string, string>;
  if (def.country === undefined) {
    if (def.region !== undefined || def.include !== undefined || def.exclude !== undefined || def.types !== undefined) {
      issues.push({
        path: ['holidays'],
        message: 'region, types, include and exclude need a country',
        hint: 'add country: with an ISO 3166 code such as DK',
      });
    }
    return issues;
  }
  const country = def.country;
  if (countries[country] === undefined) {
    issues.push({ path: ['holidays', 'country'], message: `unknown country code "${country}"`, hint: countryHint(country, countries) });
    return issues;
  }
  if (def.region !== undefined) {
    const regions = (new Holidays().getStates(country, 'en') ?? {}) as Record<string, string>;
    if (regions[def.region] === undefined)
      issues.push({
        path: ['holidays', 'region'],
        message: `unknown region "${def.region}" for ${country}`,
        hint: regionHint(def.region, regions),
      });
  }
  for (const [i, type] of (def.types ?? []).entries()) {
    if (!TYPES.includes(type))
      issues.push({ path: ['holidays', 'types', i], message: `unknown holiday type "${type}"`, hint: `types are ${TYPES.join(', ')}` });
  }
  if (issues.length === 0 && (def.include?.length || def.exclude?.length)) issues.push(...checkNames(def));
  return issues;
}

function countryHint(code: string, countries: Record<string, string>): string {
  const byName = Object.entries(countries).find(([, name]) => norm(name) === norm(code));
  if (byName !== undefined) return `did you mean "${byName[0]}" (${byName[1]})?`;
  const upper = code.trim().toUpperCase();
  if (countries[upper] !== undefined) return `country codes are upper case: "${upper}" (${countries[upper]})`;
  const near = Object.keys(countries).filter((c) => c[0] === upper[0]);
  return near.length > 0 ? `codes starting with ${upper[0]}: ${near.join(', ')}` : 'use an ISO 3166 alpha-2 code such as DK, DE or US';
}

function regionHint(region: string, regions: Record<string, string>): string {
  const codes = Object.keys(regions);
  if (codes.length === 0) return 'this country has no regions in date-holidays; leave region out';
  const near = didYouMean(region, codes);
  return `${near === '' ? '' : `${near} `}regions: ${codes.join(', ')}`;
}

/** did-you-mean by spelling, else a name that contains the word (`Juleaften` -> `Juleaftensdag`). */
function nearName(name: string, names: string[]): string {
  const spelt = didYouMean(name, names);
  if (spelt !== '' || norm(name).length < 3) return spelt;
  const containing = names.find((n) => norm(n).includes(norm(name)));
  return containing === undefined ? '' : `did you mean "${containing}"?`;
}

// Years scanned for the names a country ever produces: wide enough for rules that changed (DK Store Bededag ended in 2024).
const NAME_YEARS = { from: 2010, to: 2035 };

/** An include/exclude name that date-holidays never produces for the country is a typo. */
function checkNames(def: HolidaysDef): CalendarIssue[] {
  const source = holidaySource(def)!;
  const names = new Map<string, string>();
  for (let y = NAME_YEARS.from; y <= NAME_YEARS.to; y++) {
    for (const h of source.lookup.getHolidays(y)) names.set(norm(h.name), h.name);
  }
  const issues: CalendarIssue[] = [];
  for (const key of ['include', 'exclude'] as const) {
    for (const [i, name] of (def[key] ?? []).entries()) {
      if (names.has(norm(name))) continue;
      const near = nearName(name, [...names.values()]);
      const where = def.region === undefined ? def.country : `${def.country}-${def.region}`;
      issues.push({
        path: ['holidays', key, i],
        message: `no holiday named "${name}" in ${where}`,
        hint: near === '' ? `names in ${where}: ${[...names.values()].join(', ')}` : near,
      });
    }
  }
  return issues;
}
