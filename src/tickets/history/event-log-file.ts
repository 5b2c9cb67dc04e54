import type { Instant } from '../../calendar/wall-clock.js';
import type { Problem } from '../../problem.js';
import { findColumn, type FieldColumn } from '../columns/column-plan.js';
import type { EventStore } from '../store/event-store.js';
import { FileRejected } from '../read/file-error.js';
import { missingColumn, type Headers } from '../read/headers.js';
import { coverWide, eventFieldColumns, historyCoverage, isReplyCell, missingHistoryColumns } from './history-columns.js';
import type { EventLogMark, EventLogSettings } from '../../sla/written/input-schema.js';
import { dstNotice, rejectRow, timeProblem } from '../problems.js';
import { readCounted, type Handled } from '../read/read-file.js';
import { cellReader, type RunState } from '../run-state.js';
import { ticketColumns } from '../ticket-rows/ticket-file.js';
import { ticketReader, type TicketColumns, type TicketReader } from '../ticket-rows/ticket-rows.js';
import type { TicketTable } from '../store/ticket-table.js';
import type { Source } from '../types.js';

/**
 * An export that is an event log, with no ticket table (both real datasets):
 * every row is an event of the ticket its `ticket` column names; the ticket
 * itself is one of its rows (the last by `order`, else by time), and
 * `times` marks (`first_response: { first: Take in charge ticket }`) set
 * timestamps from activities. Groups span files.
 */
export type EventLogBuilder = {
  /** Rows and rejected rows are added to `tally`, also when the file is refused halfway. */
  read(source: Source, fileIndex: number, tally: Handled): Promise<void>;
  /** Build the tickets into the table, once every file is read; returns how many groups were rejected. */
  finish(): number;
  /** A ticket id -> its key in the event store (a group of the log), or -1. */
  keyOf(id: string): number;
  /** The id of a key. */
  idOf(key: number): string;
  readonly keyCount: number;
  /** After finish: whether the group became a ticket. */
  isTicket(key: number): boolean;
};

type Mark = { field: string; last: boolean; values?: ReadonlySet<string> };
type Group = {
  key: string;
  index: number;
  row: readonly string[];
  line: number;
  rowNumber: number;
  rank: [number, number, number];
  reader: TicketReader;
  marks: Map<string, [Instant, number]>;
};

export function eventLogBuilder(
  config: EventLogSettings,
  run: RunState,
  store: EventStore,
  table: TicketTable,
  problems: Problem[],
): EventLogBuilder {
  const marks = Object.entries(config.times ?? {}).map(([field, mark]) => toMark(field, mark));
  const groups = new Map<string, Group>();
  const list: Group[] = [];
  let accepted = new Uint8Array(0);
  const lastRow = (config.ticket_row ?? 'last') === 'last';
  let seq = 0;
  return {
    keyOf: (id) => groups.get(id)?.index ?? -1,
    idOf: (key) => list[key]!.key,
    get keyCount() {
      return list.length;
    },
    isTicket: (key) => accepted[key] === 1,
    async read(source, fileIndex, tally) {
      const file = source.name;
      let kept = 0;
      await readCounted(
        source,
        run,
        problems,
        (headers) => {
          const c = logColumns(file, headers, config, run, marks, problems);
          const timeColumns = [...new Set([c.at.index, ...c.ticket.times.map((t) => t.index)])];
          return {
            timeColumns,
            headerOf: (k) => headers.names[k] ?? `#${k + 1}`,
            start(times) {
              const reader = ticketReader(file, c.ticket, times, run, table, problems);
              const statusCell = cellReader(run);
              const priorityCell = cellReader(run, run.priority);
              const fieldCells = c.fields.map(({ k, column }) => ({ k, index: column.index, read: cellReader(run) }));
              return (row, line, n) => {
                const key = run.clean(row[c.key.index]);
                if (key === undefined)
                  return void problems.push(rejectRow('tickets.missing-id', file, line, n, c.key.header, 'no ticket id'));
                const text = run.clean(row[c.at.index]);
                const at = text === undefined ? Number.NaN : times.read(c.at.index, text);
                if (at !== at) {
                  return void problems.push(timeProblem(file, line, n, c.at.header, text, times.lastStatus, times.describe(c.at.index)));
                }
                if (times.lastResolution !== 'exact')
                  problems.push(dstNotice(file, line, n, c.at.header, text!, times.lastResolution, run.settings.zone));
                kept++;
                const order = c.order === undefined ? Number.NaN : Number(run.clean(row[c.order.index]) ?? Number.NaN);
                const status = c.status === undefined ? undefined : statusCell(row[c.status.index]);
                const priority = c.priority === undefined ? undefined : priorityCell(row[c.priority.index]);
                const rank: [number, number, number] =
                  c.order === undefined ? [at, 0, seq++] : [order === order ? order : -Infinity, at, seq++];
                let group = groups.get(key);
                if (group === undefined) {
                  group = { key, index: list.length, row, line, rowNumber: n, rank, reader, marks: new Map() };
                  groups.set(key, group);
                  list.push(group);
                } else if (later(rank, group.rank) === lastRow) {
                  Object.assign(group, { row, line, rowNumber: n, rank, reader });
                }
                const reply = c.reply !== undefined && isReplyCell(run.clean(row[c.reply.index]));
                store.add(group.index, at, order, status, priority, reply, fileIndex, line);
                for (const cell of fieldCells) {
                  const value = cell.read(row[cell.index]);
                  if (value !== undefined) store.setField(cell.k, value);
                }
                if (marks.length === 0) return;
                const activity = c.activity === undefined ? undefined : run.clean(row[c.activity.index])?.toLowerCase();
                applyMarks(group, marks, activity, at, rank[2]);
              };
            },
          };
        },
        tally,
        () => kept,
      );
    },
    finish() {
      let rejected = 0;
      accepted = new Uint8Array(list.length);
      for (const g of list) {
        const extra = new Map([...g.marks].map(([field, [at]]) => [field, at]));
        if (g.reader(g.row, g.line, g.rowNumber, g.key, extra)) accepted[g.index] = 1;
        else rejected++;
      }
      return rejected;
    },
  };
}

function toMark(field: string, mark: EventLogMark): Mark {
  if (mark === 'first' || mark === 'last') return { field, last: mark === 'last' };
  const [last, values] = 'first' in mark ? [false, mark.first] : [true, mark.last];
  return { field, last, values: new Set((typeof values === 'string' ? [values] : values).map((v) => v.trim().toLowerCase())) };
}

/** Strictly later by (order or time, time, file sequence). */
function later(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return a[k]! > b[k]!;
  return false;
}

function applyMarks(group: Group, marks: readonly Mark[], activity: string | undefined, at: Instant, seq: number): void {
  for (const mark of marks) {
    if (mark.values !== undefined && (activity === undefined || !mark.values.has(activity))) continue;
    const current = group.marks.get(mark.field);
    const replace = current === undefined || (mark.last ? at > current[0] || (at === current[0] && seq > current[1]) : at < current[0]);
    if (replace) group.marks.set(mark.field, [at, seq]);
  }
}

type LogColumns = {
  key: FieldColumn;
  at: FieldColumn;
  order?: FieldColumn;
  status?: FieldColumn;
  priority?: FieldColumn;
  activity?: FieldColumn;
  ticket: TicketColumns;
  /** Only when a metric reads replies (SPEC 8.1, 8.2). */
  reply?: FieldColumn;
  /** The store's other history columns that metrics' milestones name. */
  fields: { k: number; column: FieldColumn }[];
};

function logColumns(
  file: string,
  headers: Headers,
  config: EventLogSettings,
  run: RunState,
  marks: readonly Mark[],
  problems: Problem[],
): LogColumns {
  const { settings } = run;
  const defaults = settings.preset.eventLog ?? {};
  const column = (name: string | undefined, fallbacks: readonly string[], required: boolean, field: string): FieldColumn | undefined => {
    const wanted = name === undefined ? fallbacks : [name];
    const index = headers.find(wanted);
    if (index >= 0) return { field, index, header: headers.names[index]! };
    if (required || name !== undefined) throw new FileRejected(missingColumn(file, field, wanted, headers, name !== undefined));
    return undefined;
  };
  const idColumn = findColumn('id', headers, settings.columns, settings.preset.columns);
  const key = column(
    config.ticket ?? defaults.ticket,
    idColumn.index >= 0 ? [headers.names[idColumn.index]!] : idColumn.wanted,
    true,
    'event_log.ticket',
  )!;
  const at = column(config.at ?? defaults.at, settings.preset.events.at ?? ['at'], true, 'event_log.at')!;
  const order = column(config.order ?? defaults.order, [], false, 'event_log.order');
  const status = column(config.status ?? defaults.status, settings.preset.events.status ?? ['status'], false, 'event_log.status');
  const priority = column(
    config.priority ?? defaults.priority,
    settings.preset.events.priority ?? ['priority'],
    false,
    'event_log.priority',
  );
  const activity = config.activity === undefined ? status : column(config.activity, [], true, 'event_log.activity');
  if (marks.length > 0 && activity === undefined)
    throw new FileRejected(missingColumn(file, 'event_log.activity', ['activity'], headers, false));
  // An event log's files are its tickets too: each must have the columns metrics read (status may be named under event_log).
  const coverage = historyCoverage();
  coverWide(coverage, file, headers, settings);
  if (status !== undefined) coverage.seen.add('status');
  if (priority !== undefined) coverage.seen.add('priority');
  const [missing, ...more] = missingHistoryColumns(coverage, settings);
  if (missing !== undefined) {
    problems.push(...more);
    throw new FileRejected(missing);
  }
  const wantsReply = settings.historyColumns.some((h) => h.name === 'reply');
  const reply = wantsReply
    ? column(undefined, [settings.eventColumns.reply ?? 'reply', ...(settings.preset.events.reply ?? [])], false, 'reply')
    : undefined;
  // Created may come from a mark instead of a column.
  const required = marks.some((m) => m.field === 'created') ? [] : ['created'];
  const ticket = ticketColumns(file, headers, run, required, problems);
  // The ticket's status is its chosen row's status, when the ticket columns have none of their own.
  const texts =
    status !== undefined && !ticket.texts.some((t) => t.field === 'status')
      ? [...ticket.texts, { ...status, field: 'status' }]
      : ticket.texts;
  return {
    key,
    at,
    order,
    status,
    priority,
    activity,
    ticket: { ...ticket, texts, id: key.index, idHeader: key.header },
    reply,
    fields: eventFieldColumns(headers, settings),
  };
}
