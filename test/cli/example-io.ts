import { readFileSync } from 'node:fs';
import { fakeIo, runCli, type FakeIo } from '../fake-io.js';

/** The bundled example's files in a fake Io, under the paths the manual's examples use. */
export const SLA = 'fixtures/example/sla.yaml';
export const TICKETS = 'fixtures/example/tickets.csv';
export const EVENTS = 'fixtures/example/events.csv';
export const AS_OF = '2027-01-05T12:00';
/** A proposal for the example's agreement (compare). */
export const PROPOSAL = 'fixtures/example/proposal.yaml';

export function exampleIo(
  options: { env?: Record<string, string>; tty?: boolean; files?: Record<string, string>; diskSpace?: number } = {},
): FakeIo {
  const files: Record<string, string | Buffer> = { ...options.files };
  for (const path of [SLA, TICKETS, EVENTS, PROPOSAL]) files[path] = readFileSync(path);
  return fakeIo({ ...options, files });
}

/** `slacheck <command> --sla … tickets.csv --events events.csv --as-of … <args>` on the example. */
export function runExample(command: string, args: string[] = [], io: FakeIo = exampleIo()) {
  return runCli([command, '--sla', SLA, TICKETS, '--events', EVENTS, '--as-of', AS_OF, ...args], io);
}

/** The bundled export without the four rows it holds to show rejections (lines 15, 20, 21 and 22): an export --strict takes. */
export function wholeTickets(): string {
  const lines = readFileSync(TICKETS, 'utf8').split('\n');
  return lines.filter((_, k) => ![15, 20, 21, 22].includes(k + 1)).join('\n');
}

/**
 * The bundled export as if it had been taken at `cutoff` (`2026-11-20 23:59`,
 * the export's zone): the tickets created by then, with the first-response
 * and resolved times after it not yet written, and such a ticket still in
 * progress. Rows without a readable created time are left out.
 */
export function exportTakenAt(text: string, cutoff: string): string {
  const sortable = (cell: string | undefined) => {
    const m = /^(\d\d)-(\d\d)-(\d{4}) (\d\d:\d\d)$/.exec(cell ?? '');
    return m === null ? '' : `${m[3]}-${m[2]}-${m[1]} ${m[4]}`;
  };
  const [header, ...rows] = text.trimEnd().split('\n');
  const kept = rows
    .map((row) => row.split(';'))
    .filter((cells) => sortable(cells[1]) !== '' && sortable(cells[1]) <= cutoff)
    .map((cells) => {
      if (sortable(cells[7]) > cutoff) cells[7] = '';
      if (sortable(cells[8]) > cutoff) [cells[8], cells[3]] = ['', 'I gang'];
      return cells.join(';');
    });
  return [header, ...kept].join('\n') + '\n';
}
