import type { Ticket } from './types.js';

/**
 * Tickets by id across all files. The same id twice keeps the row with the
 * latest `updated`, else the later row (later file, or later in the file)
 * (issue 4); each such merge is counted. First-seen order is kept.
 */
export type TicketTable = {
  put(ticket: Ticket): void;
  has(id: string): boolean;
  readonly merged: number;
  readonly mergedIds: readonly string[];
  list(): Ticket[];
};

export function ticketTable(): TicketTable {
  const byId = new Map<string, number>();
  const tickets: Ticket[] = [];
  const mergedIds: string[] = [];
  let merged = 0;
  return {
    put(ticket) {
      const at = byId.get(ticket.id);
      if (at === undefined) {
        byId.set(ticket.id, tickets.length);
        tickets.push(ticket);
        return;
      }
      merged++;
      if (mergedIds.length < 5) mergedIds.push(ticket.id);
      const old = tickets[at]!;
      const before = old.times.updated;
      const now = ticket.times.updated;
      if (before !== undefined && now !== undefined && now < before) return;
      tickets[at] = ticket;
    },
    has: (id) => byId.has(id),
    get merged() {
      return merged;
    },
    mergedIds,
    list: () => tickets,
  };
}
