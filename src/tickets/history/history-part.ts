import type { Problem } from '../../problem.js';
import { eventStore, type StoredEvents } from '../store/event-store.js';
import { readHistoryFiles, type HistoryCounts } from './history-files.js';
import { idIndex } from '../store/id-index.js';
import { resolveSettings, type ImportSla } from '../import-settings.js';
import { runState } from '../run-state.js';
import type { TicketTable } from '../store/ticket-table.js';
import type { ImportOptions, Source } from '../types.js';

/**
 * Status histories read apart from the tickets (in a worker thread, while
 * the tickets are read): events keyed by their own ticket ids, in columns
 * that cross threads without a copy. The import then re-keys them to the
 * ticket table (adoptHistoryPart). The result is the same as reading the
 * histories after the tickets.
 */
export type HistoryRequest = {
  events: readonly Source[];
  sla: ImportSla;
  options?: ImportOptions;
  /** Index of the first history file in the import's list of files (after the ticket files). */
  firstFile: number;
};

export type HistoryPart = {
  stored: StoredEvents;
  /** Ticket id of each key in `stored`. */
  ids: string[];
  /** The history files' names, in the order of their indices from `firstFile` on. */
  files: string[];
  problems: Problem[];
  counts: HistoryCounts;
};

export async function readHistoryPart(request: HistoryRequest): Promise<HistoryPart> {
  const counts: HistoryCounts = { eventRows: 0, rejectedEventRows: 0, ignoredRows: 0 };
  const problems: Problem[] = [];
  const ids: string[] = [];
  const files = request.events.map((source) => source.name);
  // The settings' own problems are the import's to report: it resolves the same settings.
  const { settings } = resolveSettings(request.sla, request.options);
  const store = eventStore(settings?.eventFields);
  if (settings === undefined) return { stored: store.columns(), ids, files, problems, counts };
  const index = idIndex((k) => ids[k]!);
  const keyOf = (id: string): number => {
    const known = index.insert(id, ids.length);
    if (known >= 0) return known;
    ids.push(id);
    return ids.length - 1;
  };
  const orphans = { events: 0, tickets: new Set<string>() };
  await readHistoryFiles(
    request.events,
    request.firstFile,
    runState(settings, settings.priorities),
    store,
    keyOf,
    orphans,
    problems,
    counts,
  );
  return { stored: store.columns(), ids, files, problems, counts };
}

/** The buffers to transfer with postMessage: every column block. */
export function transferList(part: HistoryPart): ArrayBuffer[] {
  const b = part.stored.blocks;
  const optional = [...b.priority, ...b.reply, ...b.order, ...b.fields.flat()].filter((column) => column !== undefined);
  const arrays = [...b.ticket, ...b.at, ...b.status, ...b.line, ...b.file, ...optional];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * The part's events re-keyed in place to ticket-table positions; ids that are
 * not tickets get keys after the table's (`table.size + k` for unknownIds[k]),
 * which the store's seal counts as orphans.
 */
export function adoptHistoryPart(part: HistoryPart, table: TicketTable): { store: ReturnType<typeof eventStore>; unknownIds: string[] } {
  const unknownIds: string[] = [];
  const key = Int32Array.from(part.ids, (id) => {
    const position = table.position(id);
    return position >= 0 ? position : table.size + unknownIds.push(id) - 1;
  });
  const { ticket } = part.stored.blocks;
  let left = part.stored.count;
  for (const block of ticket) {
    const n = Math.min(left, block.length);
    for (let i = 0; i < n; i++) block[i] = key[block[i]!]!;
    left -= n;
  }
  return { store: eventStore(part.stored.fields, part.stored), unknownIds };
}
