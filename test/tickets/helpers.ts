import type { Metric, Policy, Sla } from '../../src/sla/types.js';
import { importTickets } from '../../src/tickets/import-tickets.js';
import type { InputSettings } from '../../src/sla/written/input-schema.js';
import type { ImportOptions, ImportResult, Source, Ticket } from '../../src/tickets/types.js';

/**
 * A resolution clock alone: for tests about reading files, whose exports have
 * no first-response column (the default response clock would get its
 * `tickets.no-first-stop-column` warning, issue 18).
 */
export const RESOLUTION_ONLY: Metric[] = [
  { name: 'resolution', start: 'created', stop: ['resolved'], pauseWhenStatus: ['Afventer kunde'] },
];

/**
 * An Sla built by hand for the import (it reads timezone, input, priorities,
 * statuses, metric fields and policy `when` keys), until tests can use parseSla.
 */
export function importSla(
  options: {
    input?: InputSettings;
    map?: Record<string, string>;
    matrix?: Record<string, Record<string, string>>;
    metrics?: Metric[];
    when?: Record<string, string[]>[];
    resolved?: string[];
    timezone?: string;
  } = {},
): Sla {
  const metrics = options.metrics ?? [
    { name: 'response', start: 'created', stop: ['first_response', 'resolved'], pauseWhenStatus: [] },
    { name: 'resolution', start: 'created', stop: ['resolved'], pauseWhenStatus: ['Afventer kunde'] },
  ];
  const policies: Policy[] = (options.when ?? [{}]).map((when, index) => ({
    name: `p${index}`,
    index,
    when,
    calendar: 'office',
    targets: {},
  }));
  const lower = (r: Record<string, string>) => new Map(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), v]));
  return {
    version: 1,
    name: 'test',
    timezone: options.timezone ?? 'Europe/Copenhagen',
    calendars: new Map(),
    metrics: new Map(metrics.map((m) => [m.name, m])),
    policies,
    goals: [],
    ...(options.resolved === undefined ? {} : { resolvedStatuses: options.resolved }),
    priorities: {
      map: lower(options.map ?? {}),
      ...(options.matrix === undefined
        ? {}
        : { matrix: new Map(Object.entries(options.matrix).map(([i, u]) => [i.toLowerCase(), lower(u)])) }),
    },
    input: options.input ?? {},
  };
}

/** A file as a source, delivered in small chunks so that boundaries fall inside rows and characters. */
export function source(name: string, content: string | Buffer, chunkSize = 7): Source {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    name,
    chunks: {
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
      },
    },
  };
}

export async function load(
  tickets: Record<string, string | Buffer>,
  options: { sla?: Sla; events?: Record<string, string | Buffer>; options?: ImportOptions } = {},
): Promise<ImportResult> {
  return importTickets({
    tickets: Object.entries(tickets).map(([n, c]) => source(n, c)),
    events: Object.entries(options.events ?? {}).map(([n, c]) => source(n, c)),
    sla: options.sla ?? importSla(),
    ...(options.options === undefined ? {} : { options: options.options }),
  });
}

/** Tickets as plain data with ISO instants (UTC), for comparisons that read well. */
export function plain(tickets: Iterable<Ticket>): unknown[] {
  return [...tickets].map((t) => ({
    id: t.id,
    times: Object.fromEntries(
      Object.entries(t.times)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, new Date(v!).toISOString()]),
    ),
    fields: t.fields,
  }));
}

export function codes(result: ImportResult): string[] {
  return result.problems.map((p) => p.code);
}
