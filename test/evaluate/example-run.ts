import { readFileSync } from 'node:fs';
import { forEachEvaluation, type TicketEvaluation } from '../../src/evaluate/evaluate.js';
import type { Detail } from '../../src/evaluate/records.js';
import type { Period, TicketRecord } from '../../src/evaluate/types.js';
import type { Problem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import type { Sla } from '../../src/sla/types.js';
import { importTickets } from '../../src/tickets/import-tickets.js';
import type { ImportResult } from '../../src/tickets/types.js';

/** The bundled example (fixtures/example), imported and evaluated through the real layers. */
export const EXAMPLE = 'fixtures/example';

export function exampleSla(): Sla {
  const { sla, problems } = parseSla(readFileSync(`${EXAMPLE}/sla.yaml`, 'utf8'), 'sla.yaml');
  if (sla === undefined) throw new Error(problems.map((p) => p.message).join('\n'));
  return sla;
}

async function* chunks(path: string): AsyncIterable<Uint8Array> {
  yield readFileSync(path);
}

export async function importExample(sla: Sla): Promise<ImportResult> {
  return importTickets({
    tickets: [{ name: 'tickets.csv', chunks: chunks(`${EXAMPLE}/tickets.csv`) }],
    events: [{ name: 'events.csv', chunks: chunks(`${EXAMPLE}/events.csv`) }],
    sla,
  });
}

export type ExampleRun = {
  records: Map<string, TicketRecord>;
  evaluations: Map<string, TicketEvaluation>;
  warnings: Problem[];
  imported: ImportResult;
};

/** Records keyed `NL-1005 resolution`. */
export async function runExample(asOf: number, period?: Period, detail: Detail = 'full'): Promise<ExampleRun> {
  const sla = exampleSla();
  const imported = await importExample(sla);
  const records = new Map<string, TicketRecord>();
  const evaluations = new Map<string, TicketEvaluation>();
  const warnings = forEachEvaluation(
    { sla, tickets: imported.tickets, events: imported.events, resolvedStatuses: imported.resolvedStatuses, asOf, period, detail },
    (e) => {
      evaluations.set(e.ticket.id, e);
      for (const r of e.records) records.set(`${r.ticket} ${r.metric}`, r);
    },
  );
  return { records, evaluations, warnings, imported };
}
