import type { ReviewDocument } from '../../src/review/types.js';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * A small agreement for hand-worked review tests: P2 and P3 on a 24x7
 * calendar (business time = clock time), response 1h and resolution 8h, goals
 * 95 % and 90 %, four months of trend. Tickets are CSV rows
 * `id,created,priority,first_response,resolved`, times in Copenhagen.
 */
export const REVIEW_SLA = `sla: 1
name: Testaftale
timezone: Europe/Copenhagen
calendars:
  always: 24x7
metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved }
policies:
  - { name: P2, when: { priority: P2 }, calendar: always, targets: { response: 1h, resolution: 8h } }
  - { name: P3, when: { priority: P3 }, calendar: always, targets: { response: 4h, resolution: 3bd } }
goals: { response: 95%, resolution: 90% }
statuses: { resolved: [Resolved] }
input: { date_format: yyyy-MM-dd HH:mm }
report: { trend_months: 4, language: en, due: { working_day: 5, calendar: always } }
`;

export type Row = [id: string, created: string, priority: string, firstResponse?: string, resolved?: string];

export function ticketsCsv(rows: readonly Row[]): string {
  return `id,created,priority,first_response,resolved\n${rows.map((r) => [r[0], r[1], r[2], r[3] ?? '', r[4] ?? ''].join(',')).join('\n')}\n`;
}

/** `slacheck review --format json` for December 2026 (as of 2027-01-05 12:00) on these rows. */
export async function reviewOf(rows: readonly Row[], args: string[] = [], sla = REVIEW_SLA): Promise<ReviewDocument> {
  const io = fakeIo({ files: { 'sla.yaml': sla, 'tickets.csv': ticketsCsv(rows) } });
  const { code, out, err } = await runCli(
    ['review', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2027-01-05T12:00', '--format', 'json', ...args],
    io,
  );
  if (code !== 0) throw new Error(`exit ${code}: ${err}`);
  return JSON.parse(out) as ReviewDocument;
}
