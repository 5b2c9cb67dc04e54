import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../src/evaluate/kpis.js';
import type { TicketRecord } from '../../src/evaluate/types.js';
import { minutes, toCheckDocument, toExplainDocument, toReportDocument } from '../../src/report/documents.js';
import { DOCUMENT_KEYS } from '../../src/report/schema-doc.js';
import { cph, MINUTE, ZONE } from '../builders.js';
import { PROPOSAL, runExample } from '../cli/example-io.js';

const record: TicketRecord = {
  ticket: 'NL-1007',
  metric: 'resolution',
  policy: 'P1 Produktion nede',
  priority: 'P1',
  calendar: 'vagt',
  start: cph('2026-10-24 23:00'),
  stop: Date.UTC(2026, 9, 25, 2, 30),
  due: Date.UTC(2026, 9, 25, 1, 0),
  targetMs: 240 * MINUTE,
  elapsedMs: 330 * MINUTE,
  pausedMs: 0,
  wallMs: 330 * MINUTE,
  status: 'breached',
  priorityChanged: false,
  judgedAt: Date.UTC(2026, 9, 25, 2, 30),
  pauses: [],
  source: { file: 'tickets.csv', line: 8 },
};

const kpi: Kpi = {
  group: ['P1 Produktion nede'],
  metric: 'resolution',
  count: 3,
  met: 2,
  breached: 1,
  overdue: 0,
  open: 0,
  attainment: 200 / 3,
  goal: 90,
  goalMet: false,
  medianMs: 180 * MINUTE,
  p90Ms: 330 * MINUTE,
  meanMs: 230 * MINUTE,
  maxMs: 330 * MINUTE,
};
const common = {
  asOf: cph('2027-01-05 12:00'),
  period: { from: cph('2026-10-01 00:00'), to: cph('2026-11-01 00:00'), label: '2026-10' },
  zone: ZONE,
  warnings: [],
};

/** Every key path of a JSON value: `records[].ticket`; an array (or a document's lazy list) of objects is `records[]`, an array of scalars its plain key. */
function paths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, lazy]) => {
    const v: unknown = lazy !== null && typeof lazy === 'object' && Symbol.iterator in lazy ? [...(lazy as Iterable<unknown>)] : lazy;
    const path = `${prefix}${key}`;
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object'))
      return [`${path}[]`, ...v.flatMap((x) => paths(x, `${path}[].`))];
    return [path, ...(Array.isArray(v) ? [] : paths(v, `${path}.`))];
  });
}

describe('output documents', () => {
  it("write a record with SPEC 6 keys in order, timestamps with the SLA zone's offset and minutes", () => {
    const doc = toCheckDocument([{ ...record, customer: 'Bager Hansen ApS', title: 'Server nede' }], common);
    expect(Object.keys(doc)).toEqual(['schema_version', 'as_of', 'period', 'records', 'warnings']);
    expect(Object.keys([...doc.records][0]!).slice(-4)).toEqual(['customer', 'group', 'service', 'title']);
    expect([...doc.records][0]).toEqual({
      ticket: 'NL-1007',
      metric: 'resolution',
      policy: 'P1 Produktion nede',
      priority: 'P1',
      calendar: 'vagt',
      start: '2026-10-24T23:00:00+02:00',
      stop: '2026-10-25T03:30:00+01:00',
      due: '2026-10-25T02:00:00+01:00',
      target_minutes: 240,
      elapsed_minutes: 330,
      paused_minutes: 0,
      wall_minutes: 330,
      over_minutes: 90,
      status: 'breached',
      priority_changed: false,
      updates: null,
      late_updates: null,
      // Issue 22: the helpdesk's own verdict (none here), and the ticket's own fields, null where it has none.
      vendor_verdict: null,
      verdict_differs: null,
      customer: 'Bager Hansen ApS',
      group: null,
      service: null,
      title: 'Server nede',
    });
    expect(doc.period).toEqual({ label: '2026-10', from: '2026-10-01T00:00:00+02:00', to: '2026-11-01T00:00:00+01:00', complete: true });
  });

  it('make records as they are read, again on each read (a table reads them twice)', () => {
    const doc = toCheckDocument([record, { ...record, ticket: 'NL-1008' }], common);
    expect([...doc.records].map((r) => r.ticket)).toEqual(['NL-1007', 'NL-1008']);
    expect([...doc.records].map((r) => r.ticket)).toEqual(['NL-1007', 'NL-1008']);
  });

  it('round minutes to two decimals and never print -0', () => {
    expect([minutes(100), minutes(-1), minutes(90_000)]).toEqual([0, 0, 1.5]);
    expect(Object.is(minutes(-1), 0)).toBe(true);
  });

  it('flatten KPI rows: the --by keys first, percent with two decimals', () => {
    const doc = toReportDocument(['policy'], [kpi], { created: 1, resolved: 2, backlog: 3, reopened: 4, withoutSla: 5 }, common);
    expect(doc.kpis[0]).toMatchObject({
      policy: 'P1 Produktion nede',
      metric: 'resolution',
      attainment_percent: 66.67,
      goal_percent: 90,
      goal_met: false,
      median_minutes: 180,
    });
    expect(Object.keys(doc.kpis[0]!)[0]).toBe('policy');
    expect(doc.volume).toEqual({ created: 1, resolved: 2, backlog: 3, reopened: 4, without_sla: 5 });
  });

  describe('match the key tables docs/json.md prints (schema-doc.ts)', () => {
    const described = (command: keyof typeof DOCUMENT_KEYS) =>
      DOCUMENT_KEYS[command].flatMap(([path]) =>
        path.includes(', ') ? path.split(', ').map((k) => `kpis[].${k.replace('kpis[].', '')}`) : [path],
      );
    const warnings = [{ code: 'x', severity: 'warning' as const, message: 'm', where: {} }];

    it('check', () => {
      expect(new Set(paths(toCheckDocument([record], { ...common, warnings })))).toEqual(new Set(described('check')));
    });

    it('report', () => {
      const doc = toReportDocument(
        ['policy', 'priority', 'service', 'customer', 'group', 'month'],
        [{ ...kpi, group: ['a', 'b', 'c', 'd', 'e', 'f'] }],
        { created: 1, resolved: 2, backlog: 3, reopened: 4, withoutSla: 5 },
        { ...common, warnings },
      );
      expect(new Set(paths(doc))).toEqual(new Set(described('report')));
    });

    it('explain', () => {
      const doc = toExplainDocument(
        {
          ticket: 'NL-1007',
          source: record.source,
          fields: { title: 'Printer', customer: 'Bager Hansen ApS' },
          policy: 'P1',
          reasons: [{ field: 'priority', value: 'P1', accepted: ['p1'] }],
          records: [
            {
              record: {
                ...record,
                updates: 1,
                lateUpdates: 0,
                intervals: [{ from: record.start, to: record.due, businessMs: 0, late: false }],
              },
              timeline: [{ from: record.start, to: record.due, kind: 'counted' }],
            },
          ],
        },
        { ...common, warnings },
      );
      expect(new Set(paths(doc))).toEqual(new Set(described('explain')));
    });

    it('compare, with every --by key and the flips (the bundled example against its proposal)', async () => {
      const { out } = await runExample('compare', [
        '--sla',
        PROPOSAL,
        '--month',
        '2026-10',
        '--flips',
        '--by',
        'policy,priority,service,customer,group,month',
        '--format',
        'json',
      ]);
      const doc = JSON.parse(out) as { flips: unknown[] };
      expect(doc.flips.length).toBeGreaterThan(0);
      expect(new Set(paths(doc))).toEqual(new Set(described('compare')));
    });

    it('suggest', async () => {
      const { out } = await runExample('suggest', ['--month', '2026-10', '--format', 'json']);
      expect(new Set(paths(JSON.parse(out)))).toEqual(new Set(described('suggest')));
    });
  });
});
