import { businessTime } from '../calendar/index.js';
import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import type { TicketRecord } from '../evaluate/types.js';
import { minutes, toRecordDoc } from '../report/documents.js';
import type { Sla } from '../sla/types.js';
import type { MajorIncident } from './review-collector.js';
import type { MajorIncidentsDoc, MajorRecordDoc, UnmatchedDoc } from './types.js';

/**
 * SPEC 10.1 section 5: the tickets matching `report.major` that were active
 * in the period (the first 50 by creation, and how many there were), as they
 * stood at its end: created,
 * resolved (when before the end), clock and business duration to the
 * resolution or the end, and the verdict of every metric the policy has
 * (cadence metrics with their updates), also of one that stopped before the
 * period began.
 */

export function toMajorIncidents(
  sla: Sla,
  incidents: readonly MajorIncident[],
  count: number,
  end: Instant,
  unmatched: readonly UnmatchedDoc[] = [],
): MajorIncidentsDoc {
  const zone = sla.timezone;
  const rule = sla.report?.major;
  return {
    rule: rule === undefined ? null : Object.fromEntries(Object.entries(rule.written).map(([k, v]) => [k, [...v]])),
    count,
    unmatched: [...unmatched],
    incidents: incidents.map(({ evaluation: e }) => {
      const created = e.ticket.times.created!;
      const resolved = e.resolvedAt !== undefined && e.resolvedAt < end ? e.resolvedAt : undefined;
      const until = resolved ?? end;
      const calendar = e.match === undefined ? undefined : sla.calendars.get(e.match.policy.calendar)?.calendar;
      return {
        ticket: e.ticket.id,
        title: e.ticket.fields.title ?? null,
        priority: e.fields.priority ?? null,
        policy: e.match?.policy.name ?? null,
        created: formatInstant(zone, created),
        resolved: resolved === undefined ? null : formatInstant(zone, resolved),
        wall_minutes: minutes(Math.max(0, until - created)),
        business_minutes: calendar === undefined ? null : minutes(businessTime(calendar, created, until)),
        records: e.records.map((r) => toMajorRecord(r, zone)),
      };
    }),
  };
}

function toMajorRecord(r: TicketRecord, zone: string): MajorRecordDoc {
  const doc = toRecordDoc(r, zone);
  return {
    metric: r.metric,
    status: r.status,
    target_minutes: doc.target_minutes,
    elapsed_minutes: doc.elapsed_minutes,
    over_minutes: doc.over_minutes,
    due: doc.due,
    stop: doc.stop,
    updates: doc.updates,
    late_updates: doc.late_updates,
  };
}
