import { compileCalendar } from '../src/calendar/index.js';
import type { CalendarDef } from '../src/calendar/types.js';
import { localToInstant } from '../src/calendar/wall-clock.js';
import type { Duration, Goal, Metric, Policy, Sla, SlaCalendar } from '../src/sla/types.js';
import type { EventLog, Ticket, TicketEvent } from '../src/tickets/types.js';

/**
 * Builders with defaults, so that each test states only the fact it is about.
 * The default SLA is the Danish SME agreement of SPEC 4 without holidays:
 * P1 on a 24x7 on-call calendar, P2-P4 on office hours Mon-Fri 08:00-16:00
 * Europe/Copenhagen; resolution paused while waiting for the customer.
 */

export const ZONE = 'Europe/Copenhagen';

/** A naive local time in Copenhagen, `2026-10-05 09:30`, as an instant. */
export function cph(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text);
  if (m === null) throw new Error(`cph: bad time ${text}`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return localToInstant(ZONE, { year, month, day, hour, minute }).at;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function officeDef(extra: Partial<CalendarDef> = {}): CalendarDef {
  return { timezone: ZONE, hours: { 'mon-fri': ['08:00-16:00'] }, ...extra };
}

export function slaCalendar(name: string, def: CalendarDef): SlaCalendar {
  return { name, def, calendar: compileCalendar(def) };
}

export const time = (text: string): Duration => {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(text)!;
  return { kind: 'business-time', ms: Number(m[1] ?? 0) * HOUR + Number(m[2] ?? 0) * MINUTE, text };
};
export const days = (n: number): Duration => ({ kind: 'business-days', days: n, text: `${n}bd` });

export function policy(
  name: string,
  index: number,
  when: Record<string, string[]>,
  calendar: string,
  targets: Record<string, Duration>,
): Policy {
  return {
    name,
    index,
    when: Object.fromEntries(Object.entries(when).map(([k, v]) => [k, v.map((x) => x.trim().toLowerCase())])),
    calendar,
    targets,
  };
}

export const RESPONSE: Metric = { name: 'response', start: 'created', stop: ['first_response', 'resolved'], pauseWhenStatus: [] };
export const RESOLUTION: Metric = {
  name: 'resolution',
  start: 'created',
  stop: ['resolved'],
  pauseWhenStatus: ['Afventer kunde', 'Afventer tredjepart'],
};

export function sla(overrides: Partial<Sla> = {}): Sla {
  return {
    version: 1,
    name: 'Test SLA',
    timezone: ZONE,
    calendars: new Map([
      ['office', slaCalendar('office', officeDef())],
      ['oncall', slaCalendar('oncall', { timezone: ZONE, hours: '24x7' })],
    ]),
    metrics: new Map([
      ['response', RESPONSE],
      ['resolution', RESOLUTION],
    ]),
    policies: [
      policy('P1', 0, { priority: ['P1'] }, 'oncall', { response: time('30m'), resolution: time('4h') }),
      policy('P2', 1, { priority: ['P2'] }, 'office', { response: time('1h'), resolution: time('8h') }),
      policy('P3-P4', 2, { priority: ['P3', 'P4'] }, 'office', { response: time('4h'), resolution: days(3) }),
    ],
    goals: [
      { metric: 'response', percent: 95 },
      { metric: 'resolution', percent: 90 },
    ] satisfies Goal[],
    resolvedStatuses: ['Resolved', 'Closed'],
    priorities: { map: new Map() },
    input: {},
    ...overrides,
  };
}

/** A ticket; times are Copenhagen wall times `YYYY-MM-DD HH:MM`. */
export function ticket(id: string, times: Record<string, string | undefined>, fields: Record<string, string> = {}, line = 2): Ticket {
  const instants = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v === undefined ? undefined : cph(v)]));
  return { id, source: { file: 'tickets.csv', line }, times: instants, fields };
}

/** Events by ticket id, each `[at, {status?, priority?, reply?}]`. */
export function eventLog(byTicket: Record<string, [string, Omit<TicketEvent, 'at' | 'source'>][]> = {}): EventLog {
  const map = new Map<string, TicketEvent[]>();
  let n = 1;
  for (const [id, list] of Object.entries(byTicket)) {
    map.set(
      id,
      list.map(([at, e]) => ({ at: cph(at), ...e, source: { file: 'events.csv', line: ++n } })).sort((a, b) => a.at - b.at),
    );
  }
  return { eventsFor: (id) => map.get(id) ?? [], size: [...map.values()].reduce((s, l) => s + l.length, 0) };
}
