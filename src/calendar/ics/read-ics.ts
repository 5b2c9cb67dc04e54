import ICAL from 'ical.js';
import { problem, ProblemError, type Problem } from '../../problem.js';
import { isValidZone } from '../wall-clock.js';
import type { IcsEvent, IcsFile, IcsLength, IcsTime, IcsZone } from './ics-file.js';
import { naiveOfTime, wallClocks } from './ics-zones.js';
import { ruleStarts } from './rule-starts.js';

/**
 * An ICS file's text -> its events (IcsFile), or problems with the file and
 * the line of the VEVENT they concern. ical.js parses; this module reads
 * what a closing calendar needs (DTSTART, DTEND or DURATION, SUMMARY,
 * STATUS, RRULE, RDATE, EXDATE, RECURRENCE-ID), refuses what ical.js would
 * expand wrongly, and walks each rule through its first year so that a rule
 * too large to walk is an error now, not in the middle of a report. Pure.
 *
 * `name` is the path as the SLA file writes it, `file` the one messages name.
 */
export function readIcs(text: string, name: string, file: string): { ics: IcsFile; problems: Problem[] } {
  const none = { ics: { name, file, events: [] }, problems: [] as Problem[] };
  const lines = text.split(/\r\n|\n|\r/);
  if (!lines.some((l) => /^BEGIN:VCALENDAR\s*$/i.test(l))) {
    none.problems.push(
      problem(
        'ics.not-ics',
        'error',
        'not an iCalendar file: it has no BEGIN:VCALENDAR line',
        { file, line: 1 },
        'export the calendar as an .ics file (Outlook: File > Save Calendar; Google Calendar: Settings > Import and export > Export)',
      ),
    );
    return none;
  }
  let roots: ICAL.Component[];
  try {
    const jcal = ICAL.parse(text) as unknown[];
    // One VCALENDAR parses to one jCal array, several to a list of them.
    roots = (typeof jcal[0] === 'string' ? [jcal] : jcal).map((c) => new ICAL.Component(c as unknown[]));
  } catch (error) {
    none.problems.push(syntaxProblem(error, lines, file));
    return none;
  }
  const found = walk(roots);
  const zones = zonesOf(found.zones);
  const begins = lines.flatMap((l, i) => (/^BEGIN:VEVENT\s*$/i.test(l) ? [i + 1] : []));
  const problems: Problem[] = [];
  const events: IcsEvent[] = [];
  found.events.forEach((vevent, i) => {
    // The k-th VEVENT in document order is the k-th BEGIN:VEVENT line (unless the file hides one in a folded line).
    const line = begins.length === found.events.length ? begins[i]! : undefined;
    const read = readEvent(vevent, line, zones, file);
    if ('event' in read) events.push(read.event);
    problems.push(...read.problems);
  });
  for (const event of events) problems.push(...probeRules(event, file));
  if (found.events.length === 0)
    problems.push(
      problem(
        'ics.no-events',
        'warning',
        'the file has no events (VEVENT): it closes nothing',
        { file },
        'export the calendar that holds the closing days',
      ),
    );
  for (const [kind, count] of found.others) {
    problems.push(
      problem(
        'ics.ignored-component',
        'warning',
        `${count} ${kind} component${count === 1 ? '' : 's'} ignored: only events (VEVENT) close time`,
        { file },
      ),
    );
  }
  return { ics: { name, file, events }, problems };
}

type Found = { events: ICAL.Component[]; zones: Map<string, ICAL.Timezone>; others: Map<string, number> };

/** VEVENTs in document order, VTIMEZONEs by TZID, and a count of the components that close nothing (VTODO, VJOURNAL, VFREEBUSY). */
function walk(roots: readonly ICAL.Component[]): Found {
  const found: Found = { events: [], zones: new Map(), others: new Map() };
  const visit = (c: ICAL.Component): void => {
    if (c.name === 'vevent') found.events.push(c);
    else if (c.name === 'vtimezone') {
      const tzid = c.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') found.zones.set(tzid, new ICAL.Timezone({ component: c, tzid }));
      return;
    } else if (c.name === 'vtodo' || c.name === 'vjournal' || c.name === 'vfreebusy') {
      found.others.set(c.name.toUpperCase(), (found.others.get(c.name.toUpperCase()) ?? 0) + 1);
      return;
    }
    for (const sub of c.getAllSubcomponents()) if (sub.name !== 'valarm') visit(sub);
  };
  roots.forEach(visit);
  return found;
}

/** A VEVENT that cannot be read: what, and what to do. */
class EventError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const DAY = 86_400_000;

function readEvent(
  vevent: ICAL.Component,
  line: number | undefined,
  zones: Zones,
  file: string,
): { event: IcsEvent; problems: Problem[] } | { problems: Problem[] } {
  const where = line === undefined ? { file } : { file, line };
  const summary = textOf(vevent, 'summary') || 'closed';
  try {
    const startProp = vevent.getFirstProperty('dtstart');
    if (startProp === null)
      throw new EventError(
        'ics.bad-event',
        'the event has no DTSTART',
        'every event needs a DTSTART: a date (DTSTART;VALUE=DATE:20261224) or a date and time',
      );
    const start = timeOf(startProp, zones);
    const recurrenceProp = vevent.getFirstProperty('recurrence-id');
    if (recurrenceProp !== null && /^thisandfuture$/i.test(String(recurrenceProp.getParameter('range') ?? ''))) {
      throw new EventError(
        'ics.unsupported',
        'RECURRENCE-ID;RANGE=THISANDFUTURE (an override of this and every later instance) is not supported',
        'split the series in the calendar program (end the old one, start a new one), then export again',
      );
    }
    if (vevent.getFirstProperty('exrule') !== null)
      throw new EventError(
        'ics.unsupported',
        'EXRULE is not supported (RFC 5545 deprecates it)',
        'leave the instances out with EXDATE, or end the series with UNTIL',
      );
    const rules = vevent.getAllProperties('rrule').map((p) => p.getFirstValue() as ICAL.Recur);
    rules.forEach(checkRule);
    if (recurrenceProp !== null && rules.length > 0)
      throw new EventError(
        'ics.unsupported',
        'an override (RECURRENCE-ID) with its own RRULE is not supported',
        'an override replaces one instance: remove its RRULE',
      );
    const event: IcsEvent = {
      line: line ?? 0,
      summary,
      uid: textOf(vevent, 'uid') || undefined,
      start,
      length: lengthOf(vevent, start, zones),
      rules,
      rdates: vevent.getAllProperties('rdate').flatMap((p) => rdatesOf(p, start, zones)),
      exdates: vevent.getAllProperties('exdate').flatMap((p) => timesOf(p, zones)),
      ...(recurrenceProp === null ? {} : { recurrenceId: timeOf(recurrenceProp, zones) }),
      cancelled: /^cancelled$/i.test(textOf(vevent, 'status')),
    };
    if (event.length.kind === 'duration' && event.length.wall === 0 && event.length.exact === 0 && !event.cancelled) {
      const how = vevent.getFirstProperty('duration') === null ? 'has a start time but no DTEND or DURATION' : 'has a DURATION of zero';
      return {
        problems: [
          problem(
            'ics.empty-event',
            'warning',
            `"${summary}" ${how}: it closes no time`,
            where,
            'give it a DTEND, or make it a whole-day event (DTSTART;VALUE=DATE)',
          ),
        ],
      };
    }
    return { event, problems: [] };
  } catch (error) {
    if (error instanceof EventError)
      return { problems: [problem(error.code, 'error', `"${summary}": ${error.message}`, where, error.hint)] };
    const why = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        problem(
          'ics.bad-event',
          'error',
          `"${summary}": cannot read the event: ${why}`,
          where,
          "check the event's DTSTART, DTEND, DURATION, RRULE, RDATE and EXDATE against RFC 5545",
        ),
      ],
    };
  }
}

function textOf(vevent: ICAL.Component, name: string): string {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A DATE or DATE-TIME property's first value. */
function timeOf(prop: ICAL.Property, zones: Zones): IcsTime {
  const value = prop.getFirstValue();
  if (!(value instanceof ICAL.Time))
    throw new EventError(
      'ics.bad-event',
      `${prop.name.toUpperCase()} is not a date or a date and time`,
      'write a date (20261224) or a date and time (20261224T080000)',
    );
  return placed(value, rawValues(prop)[0], prop, zones);
}

function timesOf(prop: ICAL.Property, zones: Zones): IcsTime[] {
  const raw = rawValues(prop);
  return prop.getValues().map((value, i) => {
    if (!(value instanceof ICAL.Time))
      throw new EventError(
        'ics.bad-event',
        `${prop.name.toUpperCase()} is not a list of dates or dates and times`,
        'write dates (20261224) or dates and times (20261224T080000), separated by commas',
      );
    return placed(value, raw[i], prop, zones);
  });
}

/** The values as the file writes them (jCal's text form, `2026-12-24T10:00:00`), before ical.js turns them into times. */
function rawValues(prop: ICAL.Property): unknown[] {
  return prop.jCal.slice(3);
}

/**
 * A value placed; `raw` (jCal's text of it) must name a real date and time:
 * ical.js rolls 20261324 on into 24 January 2027 and 25:00 into the next
 * day without a word.
 */
function placed(value: ICAL.Time, raw: unknown, prop: ICAL.Property, zones: Zones): IcsTime {
  const naive = naiveOfTime(value);
  const written = typeof raw === 'string' ? raw.replace(/Z$/, '') : '';
  const read = Number.isFinite(naive) ? new Date(naive).toISOString().slice(0, value.isDate ? 10 : 19) : '';
  if (written !== read) {
    const shown = typeof raw === 'string' ? raw.replaceAll('-', '').replaceAll(':', '') : String(raw);
    throw new EventError(
      'ics.bad-event',
      `${prop.name.toUpperCase()} ${shown} is not a real date${value.isDate ? '' : ' and time'}`,
      'write YYYYMMDD or YYYYMMDDTHHMMSS with a real month, day and time of day',
    );
  }
  return { naive, isDate: value.isDate, zone: zoneOf(value, prop, zones) };
}

function zoneOf(value: ICAL.Time, prop: ICAL.Property, zones: Zones): IcsZone {
  if (value.isDate) return { kind: 'floating' };
  if (value.zone?.tzid === 'UTC' && prop.getParameter('tzid') === undefined) return { kind: 'utc' };
  const tzid = prop.getParameter('tzid');
  if (typeof tzid !== 'string' || tzid === '') return { kind: 'floating' };
  const zone = zones(tzid);
  if (zone !== undefined) return zone;
  throw new EventError(
    'ics.unknown-timezone',
    `TZID "${tzid}" is neither an IANA time zone nor defined in the file (VTIMEZONE)`,
    'export the calendar again with its time zones, or write an IANA zone such as TZID=Europe/Copenhagen',
  );
}

/** A TZID's zone, or undefined when neither the tz database nor the file knows it. */
type Zones = (tzid: string) => IcsZone | undefined;

/** Each TZID looked up once per file: asking Intl whether a zone exists costs about a millisecond. */
function zonesOf(vtimezones: ReadonlyMap<string, ICAL.Timezone>): Zones {
  const known = new Map<string, IcsZone | undefined>();
  return (tzid) => {
    if (!known.has(tzid)) {
      const timezone = vtimezones.get(tzid);
      // The tz database over the file's own definition where both know the zone: one set of DST rules (SPEC 3) for every input.
      known.set(
        tzid,
        isValidZone(tzid) ? { kind: 'iana', tzid } : timezone !== undefined ? { kind: 'vtimezone', tzid, timezone } : undefined,
      );
    }
    return known.get(tzid);
  };
}

function lengthOf(vevent: ICAL.Component, start: IcsTime, zones: Zones): IcsLength {
  const endProp = vevent.getFirstProperty('dtend');
  const durationProp = vevent.getFirstProperty('duration');
  if (endProp !== null && durationProp !== null)
    throw new EventError('ics.bad-event', 'the event has both DTEND and DURATION', 'keep one of them (RFC 5545 3.6.1)');
  if (endProp !== null) {
    const end = timeOf(endProp, zones);
    if (end.isDate !== start.isDate)
      throw new EventError(
        'ics.bad-event',
        `DTSTART is a ${start.isDate ? 'date' : 'date and time'} but DTEND a ${end.isDate ? 'date' : 'date and time'}`,
        'write both as dates (a whole-day event) or both with times',
      );
    if (start.isDate) {
      const days = (end.naive - start.naive) / DAY;
      if (days <= 0)
        throw new EventError(
          'ics.bad-event',
          'DTEND is not after DTSTART',
          'DTEND of a whole-day event is the day after its last day: DTSTART;VALUE=DATE:20261224 and DTEND;VALUE=DATE:20261225 close 24 December',
        );
      return { kind: 'days', days };
    }
    // Both read as UTC when floating: the order of two times does not depend on the zone that places them.
    const clocks = wallClocks('UTC');
    if (clocks(end.zone).toInstant(end.naive) <= clocks(start.zone).toInstant(start.naive))
      throw new EventError('ics.bad-event', 'DTEND is not after DTSTART', 'an event ends after it starts; fix its DTEND');
    return { kind: 'end', end };
  }
  if (durationProp !== null) {
    const d = durationProp.getFirstValue() as ICAL.Duration;
    const days = d.weeks * 7 + d.days;
    const exact = ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000;
    if (d.isNegative)
      throw new EventError('ics.bad-event', `DURATION ${d.toString()} is negative`, 'an event lasts a positive time, such as PT2H or P1D');
    if (start.isDate) {
      if (exact !== 0 || days === 0)
        throw new EventError(
          'ics.bad-event',
          `DURATION ${d.toString()} of a whole-day event is not a number of days`,
          'write whole days, such as P1D or P2W',
        );
      return { kind: 'days', days };
    }
    return { kind: 'duration', wall: days * DAY, exact };
  }
  // RFC 5545 3.6.1: a whole-day event without an end lasts the day, a timed one ends when it starts.
  return start.isDate ? { kind: 'days', days: 1 } : { kind: 'duration', wall: 0, exact: 0 };
}

function rdatesOf(prop: ICAL.Property, start: IcsTime, zones: Zones): { start: IcsTime; end?: IcsTime }[] {
  return prop.getValues().map((value, i) => {
    if (value instanceof ICAL.Period) {
      if (start.isDate)
        throw new EventError('ics.bad-event', 'RDATE;VALUE=PERIOD on a whole-day event', 'list the extra dates as RDATE;VALUE=DATE');
      const [rawStart, rawEnd] = (rawValues(prop)[i] as unknown[] | undefined) ?? [];
      const from = placed(value.start, rawStart, prop, zones);
      const to = value.end !== null ? placed(value.end, rawEnd, prop, zones) : undefined;
      if (to === undefined) {
        const d = value.duration!;
        const ms = ((((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60 + d.seconds) * 1000;
        return { start: from, end: { ...from, naive: from.naive + ms } };
      }
      return { start: from, end: to };
    }
    if (!(value instanceof ICAL.Time))
      throw new EventError(
        'ics.bad-event',
        'RDATE is not a list of dates, dates and times, or periods',
        'write RDATE;VALUE=DATE:20261224,20261231',
      );
    const at = placed(value, rawValues(prop)[i], prop, zones);
    if (at.isDate !== start.isDate)
      throw new EventError(
        'ics.bad-event',
        `RDATE is a ${at.isDate ? 'date' : 'date and time'} but DTSTART a ${start.isDate ? 'date' : 'date and time'}`,
        'write RDATE in the form of DTSTART',
      );
    return { start: at };
  });
}

/**
 * Rule parts that ical.js 2.2 expands wrongly (checked against RFC 5545's
 * examples): BYWEEKNO, and a numbered weekday over the year (BYDAY=20MO
 * without BYMONTH gives every Monday). Refused, so that no closure is made
 * up; BYSETPOS, BYYEARDAY and numbered weekdays within a month are right.
 */
function checkRule(rule: ICAL.Recur): void {
  const parts = rule.parts;
  if (parts.BYWEEKNO !== undefined)
    throw new EventError(
      'ics.unsupported',
      `RRULE ${rule.toString()}: BYWEEKNO is not supported`,
      'write the dates the rule means with RDATE, or as single events',
    );
  if (rule.freq === 'YEARLY' && parts.BYMONTH === undefined && (parts.BYDAY ?? []).some((d) => /^[+-]?\d/.test(String(d)))) {
    throw new EventError(
      'ics.unsupported',
      `RRULE ${rule.toString()}: a numbered weekday of the year (such as BYDAY=20MO) is not supported`,
      'name the month (BYMONTH=5;BYDAY=3MO), or list the dates with RDATE',
    );
  }
}

/**
 * Walks each recurring event through its first year: a rule that yields
 * thousands of instances a year (FREQ=MINUTELY) or cannot be expanded is an
 * error now, with its line. Floating times read as UTC here: how many
 * instances a year has does not depend on the zone.
 */
function probeRules(event: IcsEvent, file: string): Problem[] {
  if (event.rules.length === 0) return [];
  try {
    ruleStarts(event, file, wallClocks('UTC')(event.start.zone)).before(event.start.naive + 366 * DAY);
    return [];
  } catch (error) {
    if (error instanceof ProblemError) return [error.problem];
    throw error;
  }
}

/**
 * ical.js's ParserError (or a value it could not parse), with the first line
 * that holds a text the message quotes: the longest first, so that the line
 * it quotes wins over the `";"` it says is missing.
 */
function syntaxProblem(error: unknown, lines: readonly string[], file: string): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = [...message.matchAll(/"([^"]+)"|'([^']+)'/g)].map((m) => m[1] ?? m[2]!).sort((a, b) => b.length - a.length);
  let line: number | undefined;
  for (const text of quoted) {
    const i = lines.findIndex((l) => l.includes(text));
    if (i >= 0) {
      line = i + 1;
      break;
    }
  }
  if (/component began but did not end/.test(message)) line = unclosed(lines);
  const where = line === undefined ? { file } : { file, line };
  return problem(
    'ics.syntax',
    'error',
    `cannot read the file as iCalendar: ${message}`,
    where,
    'each line is NAME;PARAMS:VALUE and every BEGIN has its END; export the calendar again, or fix the line by hand',
  );
}

/** The line of the first BEGIN that no END of its name closes. */
function unclosed(lines: readonly string[]): number | undefined {
  const open: { name: string; line: number }[] = [];
  const missing: number[] = [];
  lines.forEach((l, i) => {
    const m = /^(BEGIN|END):(\S+)/i.exec(l);
    if (m === null) return;
    const name = m[2]!.toUpperCase();
    if (m[1]!.toUpperCase() === 'BEGIN') open.push({ name, line: i + 1 });
    else {
      const k = open.map((o) => o.name).lastIndexOf(name);
      if (k >= 0)
        missing.push(
          ...open
            .splice(k)
            .slice(1)
            .map((o) => o.line),
        );
    }
  });
  missing.push(...open.map((o) => o.line));
  return missing.length === 0 ? undefined : Math.min(...missing);
}
