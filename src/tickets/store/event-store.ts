import type { Instant } from '../../calendar/wall-clock.js';
import type { EventLog, TicketEvent } from '../types.js';

/**
 * The status history, stored in columns: typed arrays per attribute, in
 * blocks of 64k events (no copying as it grows), with interned status and
 * priority strings, so that an event costs ~27 bytes instead of an object and
 * its strings (3M events with 1M tickets under 600 MB). Other
 * history columns (`group`, `assignee`, …) are kept only when a metric's
 * milestones name them (SPEC 8.1), 4 bytes an event each, and only in blocks
 * where one is set. Tickets are
 * small integers the caller resolves (a position in the ticket table, or an
 * event log's group); `eventsFor` builds one ticket's TicketEvent objects
 * when asked.
 */
export type EventStore = {
  add(
    ticket: number,
    at: Instant,
    order: number,
    status: string | undefined,
    priority: string | undefined,
    reply: boolean,
    file: number,
    line: number,
  ): void;
  /** Sets the event added last's value in column `k` of the store's other history columns (`fields`). */
  setField(k: number, value: string): void;
  readonly count: number;
  /**
   * Sort per ticket and index. `tickets` is the number of ticket keys, `keyOf`
   * finds an id's key (-1: none), `isKnown` says whether a key is a ticket
   * (the others' events are orphans).
   */
  seal(
    files: readonly string[],
    tickets: number,
    keyOf: (id: string) => number,
    isKnown: (key: number) => boolean,
  ): { log: EventLog; orphans: number; orphanKeys: number[]; replies: boolean };
  /** The columns as they are (no copy), to hand to another thread; the store must not be used after. */
  columns(): StoredEvents;
};

/**
 * An event store's raw columns: plain typed arrays and strings, which a
 * worker thread can transfer (no copy) to the thread that evaluates.
 * `status`, `priority` and the other columns hold indices into `texts` (-1:
 * no change); `fields` names the other columns.
 */
export type StoredEvents = { blocks: Blocks; count: number; texts: string[]; fields: string[] };

const NONE = -1;
const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

export type Blocks = {
  ticket: Int32Array[];
  at: Float64Array[];
  order: (Float64Array | undefined)[];
  status: Int32Array[];
  /** Allocated for a block only once an event in it changes the priority (most histories never do). */
  priority: (Int32Array | undefined)[];
  line: Int32Array[];
  file: Uint16Array[];
  /** Allocated for a block only once an event in it is a reply. */
  reply: (Uint8Array | undefined)[];
  /** Per other history column, per block: allocated once an event in the block sets that column. */
  fields: (Int32Array | undefined)[][];
};

/**
 * An empty store keeping the other history columns `fields`, or one that
 * adopts the columns another store handed over (its ticket keys already
 * remapped; its own `fields`).
 */
export function eventStore(fields: readonly string[] = [], adopt?: StoredEvents): EventStore {
  const textList: string[] = adopt?.texts ?? [];
  const texts = new Map<string, number>(textList.map((t, k) => [t, k]));
  const fieldNames = adopt?.fields ?? [...fields];
  const b: Blocks = adopt?.blocks ?? {
    ticket: [],
    at: [],
    order: [],
    status: [],
    priority: [],
    line: [],
    file: [],
    reply: [],
    fields: fieldNames.map(() => []),
  };
  let count = adopt?.count ?? 0;

  const text = (value: string | undefined): number => {
    if (value === undefined) return NONE;
    let k = texts.get(value);
    if (k === undefined) {
      k = textList.length;
      texts.set(value, k);
      textList.push(value);
    }
    return k;
  };
  const addBlock = (): void => {
    b.ticket.push(new Int32Array(BLOCK));
    b.at.push(new Float64Array(BLOCK));
    b.order.push(undefined);
    b.status.push(new Int32Array(BLOCK));
    b.priority.push(undefined);
    b.line.push(new Int32Array(BLOCK));
    b.file.push(new Uint16Array(BLOCK));
    b.reply.push(undefined);
    for (const column of b.fields) column.push(undefined);
  };
  const orderAt = (i: number): number => b.order[i >>> SHIFT]?.[i & MASK] ?? Number.NaN;
  const atOf = (i: number): number => b.at[i >>> SHIFT]![i & MASK]!;

  return {
    get count() {
      return count;
    },
    add(ticket, time, orderValue, statusValue, priorityValue, isReply, file, line) {
      const blk = count >>> SHIFT;
      const i = count & MASK;
      if (i === 0) addBlock();
      b.ticket[blk]![i] = ticket;
      b.at[blk]![i] = time;
      // The order column exists only where an event log has one.
      if (orderValue === orderValue) (b.order[blk] ??= new Float64Array(BLOCK).fill(Number.NaN))[i] = orderValue;
      b.status[blk]![i] = text(statusValue);
      if (priorityValue !== undefined) (b.priority[blk] ??= new Int32Array(BLOCK).fill(NONE))[i] = text(priorityValue);
      b.line[blk]![i] = line;
      b.file[blk]![i] = file;
      if (isReply) (b.reply[blk] ??= new Uint8Array(BLOCK))[i] = 1;
      count++;
    },
    setField(k, value) {
      const last = count - 1;
      (b.fields[k]![last >>> SHIFT] ??= new Int32Array(BLOCK).fill(NONE))[last & MASK] = text(value);
    },
    columns: () => ({ blocks: b, count, texts: textList, fields: fieldNames }),
    seal(files, tickets, keyOf, isKnown) {
      const ticketOf = (i: number): number => b.ticket[i >>> SHIFT]![i & MASK]!;
      const { start, sorted } = sortByTicket(ticketOf, atOf, orderAt, count, tickets);
      let orphans = 0;
      const orphanKeys: number[] = [];
      const known = new Uint8Array(tickets);
      for (let t = 0; t < tickets; t++) {
        if (isKnown(t)) known[t] = 1;
        else if (start[t + 1]! > start[t]!) {
          orphans += start[t + 1]! - start[t]!;
          orphanKeys.push(t);
        }
      }
      const materialise = (i: number): TicketEvent => {
        const blk = i >>> SHIFT;
        const k = i & MASK;
        const event: TicketEvent = { at: b.at[blk]![k]!, source: { file: files[b.file[blk]![k]!]!, line: b.line[blk]![k]! } };
        if (b.status[blk]![k] !== NONE) event.status = textList[b.status[blk]![k]!];
        const priority = b.priority[blk]?.[k] ?? NONE;
        if (priority !== NONE) event.priority = textList[priority];
        if (b.reply[blk]?.[k] === 1) event.reply = true;
        let other: Record<string, string> | undefined;
        for (let f = 0; f < fieldNames.length; f++) {
          const value = b.fields[f]![blk]?.[k] ?? NONE;
          if (value !== NONE) (other ??= {})[fieldNames[f]!] = textList[value]!;
        }
        if (other !== undefined) event.fields = other;
        return event;
      };
      const log: EventLog = {
        size: count - orphans,
        eventsFor(id) {
          const t = keyOf(id);
          if (t < 0 || t >= tickets || known[t] === 0) return [];
          const events: TicketEvent[] = [];
          for (let k = start[t]!; k < start[t + 1]!; k++) events.push(materialise(sorted[k]!));
          return events;
        },
      };
      // Whether any event is a reply: a reply block exists only once one is (add).
      return { log, orphans, orphanKeys, replies: b.reply.some((block) => block !== undefined) };
    },
  };
}

/**
 * Events grouped by ticket (a counting sort keeps file order), then each
 * ticket's events ordered by time, then by the order column, then file order
 * (an insertion sort: a ticket has a handful of events).
 */
function sortByTicket(
  ticketOf: (i: number) => number,
  at: (i: number) => number,
  order: (i: number) => number,
  count: number,
  tickets: number,
): { start: Uint32Array; sorted: Uint32Array } {
  const start = new Uint32Array(tickets + 1);
  for (let i = 0; i < count; i++) start[ticketOf(i) + 1]!++;
  for (let t = 0; t < tickets; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, tickets);
  const sorted = new Uint32Array(count);
  for (let i = 0; i < count; i++) sorted[next[ticketOf(i)]!++] = i;
  const before = (a: number, b: number): boolean => {
    const ta = at(a);
    const tb = at(b);
    if (ta !== tb) return ta < tb;
    const oa = order(a);
    const ob = order(b);
    return oa === oa && ob === ob && oa < ob;
  };
  for (let t = 0; t < tickets; t++) {
    if (start[t + 1]! - start[t]! > 32) {
      // Event indices are in file order, so the last key keeps ties in file order.
      sorted.subarray(start[t]!, start[t + 1]!).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : a - b));
      continue;
    }
    for (let k = start[t]! + 1; k < start[t + 1]!; k++) {
      const e = sorted[k]!;
      let j = k - 1;
      while (j >= start[t]! && before(e, sorted[j]!)) {
        sorted[j + 1] = sorted[j]!;
        j--;
      }
      sorted[j + 1] = e;
    }
  }
  return { start, sorted };
}
