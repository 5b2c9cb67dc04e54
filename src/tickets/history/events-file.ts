import type { Problem } from '../../problem.js';
import { planColumns, type FieldColumn } from '../columns/column-plan.js';
import type { EventStore } from '../store/event-store.js';
import { FileRejected } from '../read/file-error.js';
import type { Headers } from '../read/headers.js';
import { coverWide, eventFieldColumns, isReplyCell, longFormFields, type HistoryCoverage } from './history-columns.js';
import { dstNotice, rejectRow, timeProblem } from '../problems.js';
import { readFile, type Handled, type RowHandler } from '../read/read-file.js';
import { cellReader, type RunState } from '../run-state.js';
import type { FileTimes } from '../timestamps/file-times.js';
import { ticketShape, type TicketShape } from './ticket-shape.js';
import type { Source } from '../types.js';

/**
 * A status history (SPEC 5.3): wide form (`ticket, at, status, priority,
 * reply`, and the `group`, `assignee` or other columns that metrics'
 * milestones name; an empty cell is no change) or long form (`ticket, at,
 * field, value`, as Jira's change log and ServiceNow's sys_audit have it).
 * Rows in any order. Long-form rows about other fields are counted, not kept.
 */
export type EventFileCounts = { rows: number; rejected: number; ignored: number; ignoredFields: Set<string> };

/** Events whose ticket is unknown when they are read: counted, not stored. */
export type Orphans = { events: number; tickets: Set<string> };

/** A ticket id -> its key in the event store, or -1 when there is no such ticket. */
export type TicketKey = (id: string) => number;

/** Long-form field names read as the status, and as a reply (`inspect --events` reads them alike). */
export const STATUS_FIELDS: ReadonlySet<string> = new Set(['status', 'state', 'incident_state']);
export const REPLY_FIELDS: ReadonlySet<string> = new Set(['reply', 'public reply', 'comment', 'public_reply']);

/** `counts` is filled as rows are read, so that a file refused halfway still accounts for its rows. */
export async function readEventsFile(
  source: Source,
  fileIndex: number,
  run: RunState,
  store: EventStore,
  keyOf: TicketKey,
  orphans: Orphans,
  problems: Problem[],
  counts: EventFileCounts,
  coverage: HistoryCoverage,
): Promise<void> {
  const file = source.name;
  let shape: TicketShape | undefined;
  const handled: Handled = { rows: 0, rejected: 0 };
  const reading = readFile(
    source,
    run,
    problems,
    (headers) => {
      const c = eventColumns(file, headers, run, problems);
      if (c.field === undefined) coverWide(coverage, file, headers, run.settings);
      else coverage.firstLong ??= file;
      shape = ticketShape(file, headers, c.at, run);
      return {
        timeColumns: [c.at.index],
        headerOf: (k) => headers.names[k] ?? `#${k + 1}`,
        dates: run.settings.eventDates,
        start(times) {
          const handle = eventRows(file, fileIndex, c, times, run, store, keyOf, orphans, problems, counts, coverage);
          return shape === undefined ? handle : shape.watch(handle, c.ticket.index);
        },
      };
    },
    handled,
  );
  try {
    await reading;
  } finally {
    counts.rows = handled.rows;
    counts.rejected += handled.rejected;
  }
  const looksLikeTickets = shape?.verdict(handled.rows);
  if (looksLikeTickets !== undefined) problems.push(looksLikeTickets);
}

type EventColumns = {
  ticket: FieldColumn;
  at: FieldColumn;
  status?: FieldColumn;
  priority?: FieldColumn;
  reply?: FieldColumn;
  field?: FieldColumn;
  value?: FieldColumn;
  /** Wide form: the store's other columns (`k`) that this file has. */
  fields: { k: number; column: FieldColumn }[];
};

/** A long-form row's field, as the names of the history columns it changes (status, priority, reply, or a milestone's). */
function coverLongRow(coverage: HistoryCoverage, field: string, fieldOf: (field: string) => readonly number[]): void {
  coverage.longRows++;
  if (coverage.longFields.size < 20) coverage.longFields.add(field);
  if (STATUS_FIELDS.has(field)) coverage.seen.add('status');
  else if (field === 'priority') coverage.seen.add('priority');
  else if (REPLY_FIELDS.has(field)) coverage.seen.add('reply');
  else for (const k of fieldOf(field)) coverage.seenFields.add(k);
}

function eventColumns(file: string, headers: Headers, run: RunState, problems: Problem[]): EventColumns {
  const { settings } = run;
  const found: Problem[] = [];
  const plan = (fields: string[], required: string[]) =>
    planColumns(file, headers, fields, required, settings.eventColumns, settings.preset.events, found);
  const [ticket, at] = plan(['ticket', 'at'], ['ticket', 'at']);
  const [field, value] = plan(['field', 'value'], []).reduce<[FieldColumn?, FieldColumn?]>(
    (acc, c) => (c.field === 'field' ? [c, acc[1]] : [acc[0], c]),
    [undefined, undefined],
  );
  const long = field !== undefined && value !== undefined;
  const wide = long ? [] : plan(['status', 'priority', 'reply'], []);
  const errors = found.filter((p) => p.severity === 'error');
  problems.push(...found.filter((p) => p !== errors[0]));
  if (errors.length > 0 || ticket === undefined || at === undefined) throw new FileRejected(errors[0]!);
  const byName = (name: string) => wide.find((c) => c.field === name);
  if (long) return { ticket, at, field, value, fields: [] };
  return {
    ticket,
    at,
    status: byName('status'),
    priority: byName('priority'),
    reply: byName('reply'),
    fields: eventFieldColumns(headers, settings),
  };
}

function eventRows(
  file: string,
  fileIndex: number,
  c: EventColumns,
  times: FileTimes,
  run: RunState,
  store: EventStore,
  keyOf: TicketKey,
  orphans: Orphans,
  problems: Problem[],
  counts: EventFileCounts,
  coverage: HistoryCoverage,
): RowHandler {
  const statusCell = c.status === undefined ? undefined : cellReader(run);
  const priorityCell = c.priority === undefined ? undefined : cellReader(run, run.priority);
  const fieldCells = c.fields.map(({ k, column }) => ({ k, index: column.index, read: cellReader(run) }));
  const fieldOf = c.field === undefined ? undefined : longFormFields(run.settings);
  // Histories usually list a ticket's events together: the previous row's key saves a lookup.
  let lastTicket: string | undefined;
  let lastKey = -1;
  return (row: readonly string[], line: number, n: number): void => {
    const ticket = run.clean(row[c.ticket.index]);
    if (ticket === undefined) {
      counts.rejected++;
      problems.push(rejectRow('tickets.missing-id', file, line, n, c.ticket.header, 'no ticket id'));
      return;
    }
    const text = run.clean(row[c.at.index]);
    const at = text === undefined ? Number.NaN : times.read(c.at.index, text);
    if (at !== at) {
      counts.rejected++;
      problems.push(timeProblem(file, line, n, c.at.header, text, times.lastStatus, times.describe(c.at.index)));
      return;
    }
    if (times.lastResolution !== 'exact')
      problems.push(dstNotice(file, line, n, c.at.header, text!, times.lastResolution, run.settings.zone));
    const key = ticket === lastTicket ? lastKey : keyOf(ticket);
    lastTicket = ticket;
    lastKey = key;
    // Which needed columns the long form's rows change, whatever their ticket (history-columns.ts).
    if (c.field !== undefined) coverLongRow(coverage, (run.clean(row[c.field.index]) ?? '').toLowerCase(), fieldOf!);
    if (key < 0) {
      orphans.events++;
      orphans.tickets.add(ticket);
      return;
    }
    if (c.field !== undefined) {
      const field = (run.clean(row[c.field.index]) ?? '').toLowerCase();
      const value = run.clean(row[c.value!.index]);
      if (STATUS_FIELDS.has(field)) store.add(key, at, Number.NaN, value, undefined, false, fileIndex, line);
      else if (field === 'priority')
        store.add(key, at, Number.NaN, undefined, value === undefined ? undefined : run.priority(value), false, fileIndex, line);
      // The same rule as the wide form's reply column: `comment,false` is an internal note, not a reply.
      else if (REPLY_FIELDS.has(field)) store.add(key, at, Number.NaN, undefined, undefined, isReplyCell(value), fileIndex, line);
      else if (fieldOf!(field).length > 0) {
        store.add(key, at, Number.NaN, undefined, undefined, false, fileIndex, line);
        if (value !== undefined) for (const k of fieldOf!(field)) store.setField(k, value);
      } else {
        counts.ignored++;
        if (counts.ignoredFields.size < 5) counts.ignoredFields.add(field);
      }
      return;
    }
    const status = statusCell?.(row[c.status!.index]);
    const priority = priorityCell?.(row[c.priority!.index]);
    const reply = c.reply === undefined ? undefined : run.clean(row[c.reply.index]);
    store.add(key, at, Number.NaN, status, priority, isReplyCell(reply), fileIndex, line);
    for (const cell of fieldCells) {
      const value = cell.read(row[cell.index]);
      if (value !== undefined) store.setField(cell.k, value);
    }
  };
}
