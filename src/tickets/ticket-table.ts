import { idIndex } from './id-index.js';
import type { Ticket } from './types.js';

/**
 * Tickets by id across all files. The same id twice keeps the row with the
 * latest `updated`, else the later row (later file, or later in the file)
 * (issue 4); each such merge is counted. First-seen order is kept.
 */
export type TicketTable = {
  put(ticket: Ticket): void;
  has(id: string): boolean;
  /** The ticket's position in list(), or -1: the key the status history is stored under. */
  position(id: string): number;
  readonly size: number;
  readonly merged: number;
  readonly mergedIds: readonly string[];
  list(): Ticket[];
};

export function ticketTable(): TicketTable {
  const tickets: Ticket[] = [];
  const byId = idIndex((p) => tickets[p]!.id);
  const mergedIds: string[] = [];
  let merged = 0;
  return {
    put(ticket) {
      tickets.push(ticket);
      const at = byId.insert(ticket.id, tickets.length - 1);
      if (at < 0) return;
      tickets.pop();
      merged++;
      if (mergedIds.length < 5) mergedIds.push(ticket.id);
      const before = tickets[at]!.times.updated;
      const now = ticket.times.updated;
      if (before !== undefined && now !== undefined && now < before) return;
      tickets[at] = ticket;
    },
    has: (id) => byId.get(id) >= 0,
    position: (id) => byId.get(id),
    get size() {
      return tickets.length;
    },
    get merged() {
      return merged;
    },
    mergedIds,
    list: () => tickets,
  };
}
