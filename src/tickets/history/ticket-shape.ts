import { problem, type Problem } from '../../problem.js';
import { planColumns, type FieldColumn } from '../columns/column-plan.js';
import type { Headers } from '../read/headers.js';
import type { RowHandler } from '../read/read-file.js';
import type { RunState } from '../run-state.js';

/**
 * The ticket export given as `--events`. It reads as a wide history
 * (id as the ticket, created as the time, status as the status), so each
 * ticket gets one status change at its creation, and a waiting status pauses
 * its clock for its whole life.
 *
 * The rule: a history file has the shape of a ticket table when (1) it has a
 * column, other than its time column, that the ticket table would read as
 * `created`, `first_response`, `resolved` or `closed` (a status history has one
 * time per row: when the change happened), and (2) no ticket id appears in
 * two of its rows. Real histories repeat ids (a ticket changes more than
 * once); an event log with ticket columns repeats them too. Ids are only
 * collected when (1) holds, and only until the first repeat.
 */
export type TicketShape = {
  /** The row handler, with the ids of the rows it sees collected. */
  watch(handle: RowHandler, idColumn: number): RowHandler;
  /** After the file: the warning, when every id was seen once. */
  verdict(rows: number): Problem | undefined;
};

const TICKET_TIMES = ['created', 'first_response', 'resolved', 'closed'];

export function ticketShape(file: string, headers: Headers, at: FieldColumn, run: RunState): TicketShape | undefined {
  const { settings } = run;
  const times = planColumns(file, headers, TICKET_TIMES, [], {}, settings.preset.columns, []).filter((c) => c.index !== at.index);
  if (times.length === 0) return undefined;
  let ids: Set<string> | undefined = new Set();
  return {
    watch: (handle, idColumn) => (row, line, n) => {
      if (ids !== undefined) {
        const id = run.clean(row[idColumn]);
        if (id !== undefined && ids.has(id)) ids = undefined;
        else if (id !== undefined) ids.add(id);
      }
      handle(row, line, n);
    },
    verdict(rows) {
      if (ids === undefined || rows === 0) return undefined;
      const columns = times.map((c) => `"${c.header}"`).join(', ');
      return problem(
        'tickets.events-look-like-tickets',
        'warning',
        `this status history has one row per ticket and ticket columns (${columns}): it looks like the ticket export; each row was read as a status change at "${at.header}", so a waiting status pauses its ticket for good`,
        { file, line: 1 },
        'pass the ticket export as a ticket file, and the status history (one row per status change) with --events',
      );
    },
  };
}
