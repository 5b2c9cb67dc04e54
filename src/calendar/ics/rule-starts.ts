import type ICAL from 'ical.js';
import { problem, ProblemError } from '../../problem.js';
import type { IcsEvent } from './ics-file.js';
import { icalTime, naiveOfTime, type WallClock } from './ics-zones.js';

/**
 * The starts of one event's RRULE instances (and its DTSTART, always the
 * first instance), as naive ms in the event's wall clock, in order. Walked
 * lazily: from DTSTART up to the latest horizon asked for, never further,
 * so an unbounded rule costs only the years the calendar is asked about.
 *
 * Bounded, because ical.js is not: a rule whose filters never match
 * (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) loops inside ical.js's next() for
 * ever, and FREQ=MINUTELY yields half a million instances a year. Each
 * candidate time ical.js tests goes through check_contracting_rules, so the
 * walker wraps that method on its own iterator: it counts the candidates
 * (at most MAX_CANDIDATES from DTSTART, about two seconds of ical.js) and
 * stops the walk at the horizon. A walk stopped there resumes on the next
 * call: it stopped on a candidate that was refused, which the next
 * candidate follows.
 */

export type RuleStarts = {
  /** Every start before `horizon` (naive ms), ascending, without repeats; walks on as needed. */
  before(horizon: number): readonly number[];
};

/** Candidate times ical.js may test for one event, from DTSTART to the latest horizon (messages say 300,000). */
export const MAX_CANDIDATES = 300_000;
/** Instances of one event in one year: more than five a day is not a closing calendar (messages say 2,000). */
export const MAX_PER_YEAR = 2_000;

// Thrown inside ical.js's next() to leave it at the horizon; one object, no stack to build.
const PAST_HORIZON = new Error('past the horizon');

/** `file` names the ICS file in messages; `until` is the wall clock that reads a UTC UNTIL in the event's zone. */
export function ruleStarts(event: IcsEvent, file: string, until: WallClock): RuleStarts {
  const walks = event.rules.map((rule) => ruleWalk(rule, event, file, until));
  const starts: number[] = [];
  let reached = -Infinity;
  let year = NaN;
  let inYear = 0;
  return {
    before(horizon) {
      if (horizon <= reached) return starts;
      const fresh = event.start.naive >= reached && event.start.naive < horizon ? [event.start.naive] : [];
      // A loop, not push(...): a walk over decades returns more starts than a call takes arguments.
      for (const walk of walks) for (const s of walk(horizon)) fresh.push(s);
      fresh.sort((a, b) => a - b);
      for (const s of fresh) {
        if (starts.length > 0 && starts[starts.length - 1] === s) continue;
        const y = new Date(s).getUTCFullYear();
        inYear = y === year ? inYear + 1 : 1;
        year = y;
        if (inYear > MAX_PER_YEAR) throw new ProblemError(tooMany(event, file, `more than 2,000 instances in ${y}`));
        starts.push(s);
      }
      reached = horizon;
      return starts;
    },
  };
}

/** One RRULE's walk: each call returns the instances before the horizon that earlier calls did not. */
function ruleWalk(rule: ICAL.Recur, event: IcsEvent, file: string, until: WallClock): (horizon: number) => number[] {
  const isDate = event.start.isDate;
  const recur = rule.clone();
  if (rule.until !== null) recur.until = icalTime(untilNaive(rule.until, isDate, until), isDate);
  const iterator = start(() => recur.iterator(icalTime(event.start.naive, isDate)), event, file);
  const check = iterator.check_contracting_rules.bind(iterator);
  let candidates = 0;
  let horizon = -Infinity;
  iterator.check_contracting_rules = () => {
    if (++candidates > MAX_CANDIDATES)
      throw new ProblemError(
        tooMany(event, file, `more than 300,000 candidate times between its DTSTART and ${new Date(horizon).getUTCFullYear()}`),
      );
    const ok = check();
    if (!ok && naiveOfTime(iterator.last) >= horizon) throw PAST_HORIZON;
    return ok;
  };
  let pending: number | undefined;
  let done = false;
  let year = NaN;
  let inYear = 0;
  return (h) => {
    horizon = h;
    const out: number[] = [];
    for (;;) {
      if (pending === undefined) {
        if (done) break;
        const next = step(iterator, event, file);
        if (next === 'past-horizon') break;
        if (next === null) {
          done = true;
          break;
        }
        const naive = naiveOfTime(next);
        if (!isRealDate(recur, event, next)) {
          // Dropped; past the horizon it also ends this call, as a refused candidate would.
          if (naive >= h) break;
          continue;
        }
        // Counted here too, as they come: FREQ=MINUTELY is named for its instances before its candidates run out.
        const y = new Date(naive).getUTCFullYear();
        inYear = y === year ? inYear + 1 : 1;
        year = y;
        if (inYear > MAX_PER_YEAR) throw new ProblemError(tooMany(event, file, `more than 2,000 instances in ${y}`));
        pending = naive;
      }
      if (pending >= h) break;
      out.push(pending);
      pending = undefined;
    }
    return out;
  };
}

function start(make: () => ICAL.RecurIterator, event: IcsEvent, file: string): ICAL.RecurIterator {
  try {
    return make();
  } catch (error) {
    throw new ProblemError(badRule(event, file, error));
  }
}

function step(iterator: ICAL.RecurIterator, event: IcsEvent, file: string): ICAL.Time | null | 'past-horizon' {
  try {
    return iterator.next();
  } catch (error) {
    if (error === PAST_HORIZON) return 'past-horizon';
    if (error instanceof ProblemError) throw error;
    throw new ProblemError(badRule(event, file, error));
  }
}

/**
 * RFC 5545 3.3.10: a rule that produces an invalid date (30 February, 29
 * February in a common year) skips it. ical.js instead rolls such a date
 * into March (FREQ=YEARLY from 29 February 2024 gives 1 March 2025), so an
 * instance whose month or day is not the one the rule names, or, without
 * BY parts that choose days, DTSTART's, is such a date and is dropped.
 */
function isRealDate(rule: ICAL.Recur, event: IcsEvent, t: ICAL.Time): boolean {
  const parts = rule.parts;
  const first = new Date(event.start.naive);
  const choosesDays = parts.BYDAY !== undefined || parts.BYYEARDAY !== undefined || parts.BYWEEKNO !== undefined;
  if (parts.BYMONTH !== undefined && !parts.BYMONTH.includes(t.month)) return false;
  if (parts.BYMONTHDAY !== undefined) {
    const days = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
    return parts.BYMONTHDAY.some((d) => (d > 0 ? d === t.day : days + 1 + d === t.day));
  }
  if (choosesDays) return true;
  if (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') {
    if (t.day !== first.getUTCDate()) return false;
    if (rule.freq === 'YEARLY' && parts.BYMONTH === undefined && t.month !== first.getUTCMonth() + 1) return false;
  }
  return true;
}

/**
 * UNTIL in the event's wall clock. RFC 5545: UTC for a zoned DTSTART,
 * floating for a floating one, a DATE for a DATE; a DATE UNTIL on a timed
 * event is read as the end of that date, and a timed UNTIL on a whole-day
 * event as its date.
 */
function untilNaive(until: ICAL.Time, isDate: boolean, clock: WallClock): number {
  const utc = !until.isDate && until.zone?.tzid === 'UTC';
  const naive = utc ? clock.toNaive(naiveOfTime(until)) : naiveOfTime(until);
  if (isDate) return Math.floor(naive / 86_400_000) * 86_400_000;
  return until.isDate ? naive + 86_400_000 - 1000 : naive;
}

function tooMany(event: IcsEvent, file: string, what: string) {
  return problem(
    'ics.rule-too-large',
    'error',
    `the RRULE of "${event.summary}" gives ${what}: slacheck refuses it rather than walk it for minutes`,
    { file, line: event.line },
    'a closing calendar repeats at most a few times a day: check FREQ, INTERVAL and the BY parts, or list the closures as single events',
  );
}

function badRule(event: IcsEvent, file: string, error: unknown) {
  const why = error instanceof Error ? error.message : String(error);
  return problem(
    'ics.bad-rule',
    'error',
    `cannot expand the RRULE of "${event.summary}": ${why}`,
    { file, line: event.line },
    'check the RRULE against RFC 5545 3.3.10, or list the closures as single events',
  );
}
