import { readFileSync } from 'node:fs';
import { fakeIo, runCli, type FakeIo } from '../fake-io.js';

/** The bundled example's files in a fake Io, under the paths the README uses. */
export const SLA = 'fixtures/example/sla.yaml';
export const TICKETS = 'fixtures/example/tickets.csv';
export const EVENTS = 'fixtures/example/events.csv';
export const AS_OF = '2027-01-05T12:00';
/** A proposal for the example's agreement (compare). */
export const PROPOSAL = 'fixtures/example/proposal.yaml';

export function exampleIo(options: { env?: Record<string, string>; tty?: boolean; files?: Record<string, string>; diskSpace?: number } = {}): FakeIo {
  const files: Record<string, string | Buffer> = { ...options.files };
  for (const path of [SLA, TICKETS, EVENTS, PROPOSAL]) files[path] = readFileSync(path);
  return fakeIo({ ...options, files });
}

/** `slacheck <command> --sla … tickets.csv --events events.csv --as-of … <args>` on the example. */
export function runExample(command: string, args: string[] = [], io: FakeIo = exampleIo()) {
  return runCli([command, '--sla', SLA, TICKETS, '--events', EVENTS, '--as-of', AS_OF, ...args], io);
}
