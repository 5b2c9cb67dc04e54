import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { parseSla } from '../../src/sla/parse-sla.js';
import type { Sla } from '../../src/sla/types.js';
import { importTickets } from '../../src/tickets/import-tickets.js';
import type { ImportResult } from '../../src/tickets/types.js';
import { importSla, plain, source } from './helpers.js';

/**
 * Issue 21: every fixture export and the real datasets give the same import
 * (tickets, events, problems, counts) read by the tokenizer and by csv-parse
 * (the differential oracle, oracle/csv-parse-rows.ts). The oracle stands in
 * for csvBatches through vi.mock; everything after it is the real import.
 * The oracle takes only types from csv-rows.ts: a value from it would make
 * the mock's factory wait for itself.
 */
const use = vi.hoisted(() => ({ oracle: false }));

vi.mock('../../src/tickets/read/csv-rows.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/tickets/read/csv-rows.js')>();
  const { csvParseBatches } = await import('./oracle/csv-parse-rows.js');
  return {
    ...real,
    csvBatches: (...args: Parameters<typeof real.csvBatches>) => (use.oracle ? csvParseBatches(...args) : real.csvBatches(...args)),
  };
});

const root = new URL('../../', import.meta.url);
const bytes = (path: string): Buffer => readFileSync(new URL(path, root));

function slaFile(path: string): Sla {
  const { sla, problems } = parseSla(bytes(path).toString('utf8'), path);
  if (sla === undefined) throw new Error(`${path}: ${problems.map((p) => p.message).join('; ')}`);
  return sla;
}

type Case = { tickets: [string, Buffer][]; events?: [string, Buffer][]; sla: Sla; chunk: number };

/** The import as data: tickets, each ticket's events, problems, counts. */
function summary(result: ImportResult): unknown {
  const tickets = [...result.tickets];
  return {
    tickets: plain(tickets),
    events: tickets.map((t) => result.events.eventsFor(t.id)),
    problems: result.problems,
    counts: result.counts,
    preset: result.preset,
  };
}

async function importWith(oracle: boolean, c: Case): Promise<unknown> {
  use.oracle = oracle;
  try {
    const result = await importTickets({
      tickets: c.tickets.map(([name, content]) => source(name, content, c.chunk)),
      events: (c.events ?? []).map(([name, content]) => source(name, content, c.chunk)),
      sla: c.sla,
    });
    return summary(result);
  } finally {
    use.oracle = false;
  }
}

async function expectSameImport(c: Case): Promise<void> {
  const ours = await importWith(false, c);
  const oracle = await importWith(true, c);
  expect(ours).toEqual(oracle);
  expect((ours as { tickets: unknown[] }).tickets.length + (ours as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
}

/** Every export file under a fixtures folder, with the preset its header chooses. */
function exportFiles(folder: string): string[] {
  return readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(csv|tsv)$/.test(name))
    .sort()
    .map((name) => `${folder}${name}`);
}

describe('fixtures read by the tokenizer and by csv-parse give the same import', () => {
  for (const path of [...exportFiles('fixtures/exports/'), ...exportFiles('fixtures/helpdesks/')]) {
    it(path, async () => {
      await expectSameImport({ tickets: [[path, bytes(path)]], sla: importSla(), chunk: 7 });
    });
  }

  it('the example with its status history', async () => {
    await expectSameImport({
      tickets: [['tickets.csv', bytes('fixtures/example/tickets.csv')]],
      events: [['events.csv', bytes('fixtures/example/events.csv')]],
      sla: slaFile('fixtures/example/sla.yaml'),
      chunk: 4093,
    });
  });

  for (const [excerpt, sla] of [
    ['fixtures/datasets/servicenow-uci-excerpt.csv', 'fixtures/datasets/servicenow-uci.sla.yaml'],
    ['fixtures/datasets/helpdesk-italian-excerpt.csv', 'fixtures/datasets/helpdesk-italian.sla.yaml'],
  ] as const) {
    it(excerpt, async () => {
      await expectSameImport({ tickets: [[excerpt, bytes(excerpt)]], sla: slaFile(sla), chunk: 7 });
    });
  }
});

/** The public event logs, where this machine has them (bench/datasets.bench.mjs reads the same). */
const DATASETS = [
  {
    file: '/work/shared/datasets/servicenow-incident-event-log/incident_event_log.csv.gz',
    sla: 'fixtures/datasets/servicenow-uci.sla.yaml',
  },
  { file: '/work/shared/datasets/helpdesk-italian-event-log/finale.csv', sla: 'fixtures/datasets/helpdesk-italian.sla.yaml' },
].filter((d) => existsSync(d.file));

describe('the real datasets read by the tokenizer and by csv-parse give the same import', () => {
  for (const { file, sla } of DATASETS) {
    it(file, { timeout: 240_000 }, async () => {
      const raw = readFileSync(file);
      const content = file.endsWith('.gz') ? gunzipSync(raw) : raw;
      await expectSameImport({ tickets: [[file, content]], sla: slaFile(sla), chunk: 1 << 20 });
    });
  }
});
