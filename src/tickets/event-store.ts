import type { Instant } from '../calendar/wall-clock.js';
import type { EventLog, TicketEvent } from './types.js';

/**
 * The status history, stored in columns: typed arrays per attribute and
 * interned status and priority strings, so that millions of events cost a
 * few dozen bytes each instead of an object and its strings (issue 4: 3M
 * events with 1M tickets under 600 MB). `eventsFor` builds the TicketEvent
 * objects of one ticket when asked.
 */
export type EventStore = {
  add(ticket: string, at: Instant, order: number, status: string | undefined, priority: string | undefined, reply: boolean, file: number, line: number): void;
  readonly count: number;
  /** Sort per ticket and index, keeping the tickets `isKnown` accepts; the others are orphans. */
  seal(files: readonly string[], isKnown: (ticket: string) => boolean): { log: EventLog; orphans: number; orphanTickets: string[] };
};

const NONE = -1;

export function eventStore(): EventStore {
  const ticketIds = new Map<string, number>();
  const ticketKeys: string[] = [];
  const texts = new Map<string, number>();
  const textList: string[] = [];
  let capacity = 1024;
  let count = 0;
  let ticket = new Int32Array(capacity);
  let at = new Float64Array(capacity);
  let order = new Float64Array(capacity);
  let status = new Int32Array(capacity);
  let priority = new Int32Array(capacity);
  let fileLine = new Float64Array(capacity); // file * 2^32 + line
  let reply = new Uint8Array(capacity);

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
  const grow = (): void => {
    capacity *= 2;
    ticket = resize(ticket, new Int32Array(capacity));
    at = resize(at, new Float64Array(capacity));
    order = resize(order, new Float64Array(capacity));
    status = resize(status, new Int32Array(capacity));
    priority = resize(priority, new Int32Array(capacity));
    fileLine = resize(fileLine, new Float64Array(capacity));
    reply = resize(reply, new Uint8Array(capacity));
  };

  return {
    get count() {
      return count;
    },
    add(ticketKey, time, orderValue, statusValue, priorityValue, isReply, file, line) {
      if (count === capacity) grow();
      let t = ticketIds.get(ticketKey);
      if (t === undefined) {
        t = ticketKeys.length;
        ticketIds.set(ticketKey, t);
        ticketKeys.push(ticketKey);
      }
      ticket[count] = t;
      at[count] = time;
      order[count] = orderValue;
      status[count] = text(statusValue);
      priority[count] = text(priorityValue);
      fileLine[count] = file * 4294967296 + line;
      reply[count] = isReply ? 1 : 0;
      count++;
    },
    seal(files, isKnown) {
      const { start, sorted } = sortByTicket(ticket, at, order, count, ticketKeys.length);
      let orphans = 0;
      const orphanTickets: string[] = [];
      const known = ticketKeys.map((key, t) => {
        const ok = isKnown(key);
        if (!ok) {
          orphans += start[t + 1]! - start[t]!;
          orphanTickets.push(key);
        }
        return ok;
      });
      const materialise = (i: number): TicketEvent => {
        const event: TicketEvent = { at: at[i]!, source: { file: files[Math.floor(fileLine[i]! / 4294967296)]!, line: fileLine[i]! % 4294967296 } };
        if (status[i] !== NONE) event.status = textList[status[i]!];
        if (priority[i] !== NONE) event.priority = textList[priority[i]!];
        if (reply[i] === 1) event.reply = true;
        return event;
      };
      const log: EventLog = {
        size: count - orphans,
        eventsFor(id) {
          const t = ticketIds.get(id);
          if (t === undefined || !known[t]) return [];
          const events: TicketEvent[] = [];
          for (let k = start[t]!; k < start[t + 1]!; k++) events.push(materialise(sorted[k]!));
          return events;
        },
      };
      return { log, orphans, orphanTickets };
    },
  };
}

function resize<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Events grouped by ticket (a counting sort keeps file order), then each
 * ticket's events ordered by time, then by the order column, then file order
 * (an insertion sort: a ticket has a handful of events).
 */
function sortByTicket(ticket: Int32Array, at: Float64Array, order: Float64Array, count: number, tickets: number): { start: Uint32Array; sorted: Uint32Array } {
  const start = new Uint32Array(tickets + 1);
  for (let i = 0; i < count; i++) start[ticket[i]! + 1]!++;
  for (let t = 0; t < tickets; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, tickets);
  const sorted = new Uint32Array(count);
  for (let i = 0; i < count; i++) sorted[next[ticket[i]!]!++] = i;
  for (let t = 0; t < tickets; t++) {
    if (start[t + 1]! - start[t]! > 32) {
      // Event indices are in file order, so the last key keeps ties in file order.
      sorted.subarray(start[t]!, start[t + 1]!).sort((a, b) => (before(a, b, at, order) ? -1 : before(b, a, at, order) ? 1 : a - b));
      continue;
    }
    for (let k = start[t]! + 1; k < start[t + 1]!; k++) {
      const e = sorted[k]!;
      let j = k - 1;
      while (j >= start[t]! && before(e, sorted[j]!, at, order)) {
        sorted[j + 1] = sorted[j]!;
        j--;
      }
      sorted[j + 1] = e;
    }
  }
  return { start, sorted };
}

/** Strictly earlier: by time, then by the order column (NaN = none), never by file order (ties stay put). */
function before(a: number, b: number, at: Float64Array, order: Float64Array): boolean {
  if (at[a]! !== at[b]!) return at[a]! < at[b]!;
  const oa = order[a]!;
  const ob = order[b]!;
  return oa === oa && ob === ob && oa < ob;
}
