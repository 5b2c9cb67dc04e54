import { numberColumn, textColumn, type Column } from './columns.js';
import { idIndex } from './id-index.js';
import { recordBuilder, timesBuilder } from './record-builder.js';
import { ticketColumnsReader } from './ticket-columns.js';
import type { Ticket, TicketList } from './types.js';

/**
 * Tickets by id across all files. The same id twice keeps the row with the
 * latest `updated`, else the later row (later file, or later in the file)
 * (issue 4); each such merge is counted. First-seen order is kept.
 *
 * Stored in columns (columns.ts: one per field, instants unboxed, texts
 * interned upstream), not as a million objects of objects: a ticket costs
 * ~100 bytes instead of ~290, and the tickets of an export no longer crowd
 * the heap the rest of the run needs. list() builds each Ticket object when
 * it is read.
 */
export type TicketTable = {
  put(ticket: Ticket): void;
  has(id: string): boolean;
  /** The ticket's position in list(), or -1: the key the status history is stored under. */
  position(id: string): number;
  readonly size: number;
  readonly merged: number;
  readonly mergedIds: readonly string[];
  list(): TicketList;
};

/** `timeFields` and `textFields` are every field any file may fill (Settings); others are not kept. */
export function ticketTable(timeFields: readonly string[], textFields: readonly string[]): TicketTable {
  const ids: string[] = [];
  const lines = numberColumn(0);
  const files = numberColumn(0);
  const fileNames: string[] = [];
  const times = timeFields.map(() => numberColumn(Number.NaN));
  const texts = textFields.map(() => textColumn());
  const updated = timeFields.indexOf('updated');
  const read = ticketColumnsReader(timeFields, textFields);
  const timeValues = new Float64Array(timeFields.length);
  const textValues: (string | undefined)[] = textFields.map(() => undefined);
  const byId = idIndex((p) => ids[p]!);
  const mergedIds: string[] = [];
  let merged = 0;

  const fileIndex = (name: string): number => {
    // Tickets arrive file by file: the last file is almost always the one.
    const last = fileNames.length - 1;
    if (last >= 0 && fileNames[last] === name) return last;
    const known = fileNames.indexOf(name);
    return known >= 0 ? known : fileNames.push(name) - 1;
  };
  const store = (p: number, ticket: Ticket): void => {
    read(ticket, timeValues, textValues);
    ids[p] = ticket.id;
    lines.set(p, ticket.source.line);
    files.set(p, fileIndex(ticket.source.file));
    for (let k = 0; k < times.length; k++) times[k]!.set(p, timeValues[k]!);
    for (let k = 0; k < texts.length; k++) texts[k]!.set(p, textValues[k]);
  };

  return {
    put(ticket) {
      const at = byId.insert(ticket.id, ids.length);
      if (at < 0) return store(ids.length, ticket);
      merged++;
      if (mergedIds.length < 5) mergedIds.push(ticket.id);
      const before = updated < 0 ? Number.NaN : times[updated]!.get(at);
      const now = ticket.times.updated;
      if (before === before && now !== undefined && now < before) return;
      store(at, ticket);
    },
    has: (id) => byId.get(id) >= 0,
    position: (id) => byId.get(id),
    get size() {
      return ids.length;
    },
    get merged() {
      return merged;
    },
    mergedIds,
    list: () => ticketList({ ids, lines, files, fileNames, times, texts, timeFields, textFields, position: (id) => byId.get(id) }),
  };
}

type Columns = {
  ids: readonly string[];
  lines: Column<number>;
  files: Column<number>;
  fileNames: readonly string[];
  times: readonly Column<number>[];
  texts: readonly Column<string | undefined>[];
  timeFields: readonly string[];
  textFields: readonly string[];
  position(id: string): number;
};

function ticketList(c: Columns): TicketList {
  const buildTimes = timesBuilder(c.timeFields);
  const buildFields = recordBuilder<string>(c.textFields);
  const timeValues = new Float64Array(c.timeFields.length);
  const textValues: (string | undefined)[] = c.textFields.map(() => undefined);
  const at = (p: number): Ticket => {
    for (let k = 0; k < timeValues.length; k++) timeValues[k] = c.times[k]!.get(p);
    for (let k = 0; k < textValues.length; k++) textValues[k] = c.texts[k]!.get(p);
    return { id: c.ids[p]!, source: { file: c.fileNames[c.files.get(p)]!, line: c.lines.get(p) }, times: buildTimes(timeValues), fields: buildFields(textValues) };
  };
  return {
    length: c.ids.length,
    at: (p) => {
      if (!(p >= 0 && p < c.ids.length)) throw new RangeError(`no ticket at position ${p}`);
      return at(p);
    },
    get(id) {
      const p = c.position(id);
      return p < 0 ? undefined : at(p);
    },
    ids: () => c.ids,
    *[Symbol.iterator]() {
      for (let p = 0; p < c.ids.length; p++) yield at(p);
    },
  };
}
