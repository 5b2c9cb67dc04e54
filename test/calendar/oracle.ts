import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/**
 * The brute-force oracle for the calendar engine: walks minute by minute,
 * converts each minute to local wall time with luxon and asks whether that
 * local minute is open under the calendar as written. Shares no code with
 * src/ (it reads the CalendarDef itself).
 *
 * SPEC 3's DST rules fall out of one idea: a range boundary written as local
 * time L resolves to the first instant whose wall clock has reached L (gap:
 * the transition; overlap: the earlier instant). So an instant is past L
 * exactly when the running maximum of the wall clock so far is past L, and
 * the oracle judges each minute by that running maximum, not by the (in a
 * fall-back hour, repeated) wall clock itself.
 *
 * Assumes minute-granular instants and zone transitions on quarter hours
 * (true for every zone the tests use), so one offset per quarter hour.
 *
 * `closed` (absolute [from, to), as a timed ICS event closes time): a minute
 * inside one is not open, and where it would have been open it is labelled
 * by the first such closure that holds it.
 */

type Def = {
  timezone: string;
  hours: Record<string, readonly string[]> | '24x7';
  holidays?: {
    country?: string;
    region?: string;
    types?: readonly string[];
    include?: readonly string[];
    exclude?: readonly string[];
    dates?: readonly string[];
  };
  overrides?: Record<string, readonly string[]>;
  closed?: readonly { from: number; to: number; label: string }[];
};

const MIN = 60_000;
const DAY = 86_400_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** One minute [at, at + 1 min) as the oracle sees it. */
export type Minute = { at: number; open: boolean; owner: number | undefined; day: number; closedBy: string | undefined };

export type Oracle = {
  /** Every minute of [from, to), both minute-aligned. */
  tape(from: number, to: number): Minute[];
  /** The ranges of a date (days since 1970-01-01) as naive ms [start, end), and why it is closed. */
  plan(day: number): { ranges: [number, number][]; closedBy: string | undefined };
};

export function oracleOf(def: Def): Oracle {
  const weekly = weeklyOf(def.hours);
  const closedBy = closings(def);
  const plans = new Map<number, { ranges: [number, number][]; closedBy: string | undefined }>();
  const plan = (day: number): { ranges: [number, number][]; closedBy: string | undefined } => {
    let known = plans.get(day);
    if (known === undefined) plans.set(day, (known = planOf(day)));
    return known;
  };
  const planOf = (day: number): { ranges: [number, number][]; closedBy: string | undefined } => {
    const override = def.overrides?.[isoDay(day)];
    const closed = closedBy(day);
    const minutes = override ?? (closed === undefined ? weekly[(new Date(day * DAY).getUTCDay() + 6) % 7]! : []);
    const why = override === undefined ? closed : override.length === 0 ? (closed ?? 'override') : undefined;
    return { ranges: minutes.map((r) => toRange(r)).map(([s, e]) => [day * DAY + s * MIN, day * DAY + e * MIN]), closedBy: why };
  };
  const offsets = new Map<number, number>();
  const wall = (at: number): number => {
    const quarter = Math.floor(at / (15 * MIN));
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = DateTime.fromMillis(quarter * 15 * MIN, { zone: def.timezone }).offset;
      offsets.set(quarter, offset);
    }
    return at + offset * MIN;
  };
  // Where closures overlap, the one that starts first (then ends first) holds the minute.
  const closures = [...(def.closed ?? [])].sort((a, b) => a.from - b.from || a.to - b.to);
  const tape = (from: number, to: number): Minute[] => {
    let high = -Infinity;
    // Start the running maximum three hours early: longer than any fall-back repeat.
    for (let at = from - 180 * MIN; at < from; at += MIN) high = Math.max(high, wall(at));
    const out: Minute[] = [];
    for (let at = from; at < to; at += MIN) {
      high = Math.max(high, wall(at));
      const day = Math.floor(high / DAY);
      // A range belongs to the date it starts on: an overnight one from yesterday may hold this minute.
      const owner = [day - 1, day].find((d) => plan(d).ranges.some(([s, e]) => s <= high && high < e));
      const closure = owner === undefined ? undefined : closures.find((c) => c.from <= at && at < c.to);
      if (closure !== undefined) out.push({ at, open: false, owner: undefined, day, closedBy: closure.label });
      else out.push({ at, open: owner !== undefined, owner, day, closedBy: plan(day).closedBy });
    }
    return out;
  };
  return { tape, plan };
}

function weeklyOf(hours: Def['hours']): string[][] {
  if (hours === '24x7') return DAYS.map(() => ['00:00-24:00']);
  const week: string[][] = DAYS.map(() => []);
  for (const [key, list] of Object.entries(hours)) {
    const named = key === 'weekdays' ? 'mon-fri' : key === 'weekend' ? 'sat-sun' : key;
    const [a, b = a] = named.split('-').map((k) => DAYS.indexOf(k));
    for (let d = a!; ; d = (d + 1) % 7) {
      week[d]!.push(...list);
      if (d === b) break;
    }
  }
  return week;
}

function toRange(text: string): [number, number] {
  const [s, e] = text.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) as [number, number];
  return [s, e < s ? e + 1440 : e];
}

function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Why a date is closed by holidays: the first date-holidays entry taken on it, else `closed` for an explicit date. */
function closings(def: Def): (day: number) => string | undefined {
  const h = def.holidays;
  const byYear = new Map<number, Map<string, string>>();
  const lookup =
    h?.country === undefined ? undefined : h.region === undefined ? new Holidays(h.country) : new Holidays(h.country, h.region);
  const types = h?.types ?? ['public'];
  const lower = (xs: readonly string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase());
  return (day) => {
    const date = isoDay(day);
    const year = Number(date.slice(0, 4));
    if (lookup !== undefined && !byYear.has(year)) {
      const names = new Map<string, string>();
      for (const entry of lookup.getHolidays(year)) {
        const name = entry.name.toLowerCase();
        const taken = lower(h?.include).includes(name) || (types.includes(entry.type) && !lower(h?.exclude).includes(name));
        if (taken && !names.has(entry.date.slice(0, 10))) names.set(entry.date.slice(0, 10), entry.name);
      }
      byYear.set(year, names);
    }
    return byYear.get(year)?.get(date) ?? (h?.dates?.includes(date) ? 'closed' : undefined);
  };
}

/** Business time of [from, to) on a tape, minus pauses. */
export function oracleBusinessTime(
  tape: readonly Minute[],
  from: number,
  to: number,
  pauses: readonly { from: number; to: number }[] = [],
): number {
  return tape.filter((m) => m.at >= from && m.at < to && m.open && !inPause(m.at, pauses)).length * MIN;
}

/** The end of the minute at which `ms` of business time since `from` is reached; undefined if not on the tape. */
export function oracleDue(
  tape: readonly Minute[],
  from: number,
  ms: number,
  pauses: readonly { from: number; to: number }[] = [],
): number | undefined {
  if (ms === 0) return from;
  let sum = 0;
  for (const m of tape) {
    if (m.at < from || !m.open || inPause(m.at, pauses)) continue;
    sum += MIN;
    if (sum >= ms) return m.at + MIN;
  }
  return undefined;
}

export function inPause(at: number, pauses: readonly { from: number; to: number }[]): boolean {
  return pauses.some((p) => p.from <= at && at < p.to);
}

/**
 * SPEC 3's Nbd by brute force: the first open minute at or after `from`, the
 * open minutes its owning date had before it (k), then k minutes into the
 * nth following date that has ranges (or that date's last open minute's end).
 * Undefined when that day has no open minute or lies beyond `maxDays`.
 */
export function oracleBusinessDays(oracle: Oracle, from: number, n: number, maxDays = 30): number | undefined {
  const near = oracle.tape(from - 2 * DAY, from + 8 * DAY);
  const first = near.find((m) => m.at >= from && m.open);
  if (first === undefined) return undefined;
  if (n === 0) return first.at;
  const k = near.filter((m) => m.owner === first.owner && m.at < first.at).length * MIN;
  let target = first.owner!;
  for (let left = n; left > 0;) {
    target += 1;
    if (oracle.plan(target).ranges.length > 0) left -= 1;
    if (target - first.owner! > maxDays) return undefined;
  }
  const owned = oracle.tape((target - 2) * DAY, (target + 3) * DAY).filter((m) => m.owner === target);
  if (owned.length === 0) return undefined;
  if (k === 0) return owned[0]!.at;
  return owned[Math.min(owned.length, k / MIN) - 1]!.at + MIN;
}
