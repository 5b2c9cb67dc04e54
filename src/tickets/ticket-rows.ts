import type { Instant } from '../calendar/wall-clock.js';
import type { Problem } from '../problem.js';
import type { FieldColumn } from './column-plan.js';
import { rejectRow } from './problems.js';
import { internTable, type RunState } from './shared-state.js';
import { ParseStatus, type FileTimes } from './timestamps.js';
import type { Ticket } from './types.js';

/**
 * One data row -> a canonical ticket, or a rejection with its reason
 * (SPEC 5.2: missing id, unparseable or impossible date, resolved or first
 * response before created). The hot path: one pass over the mapped columns,
 * no per-value allocation beyond the ticket itself.
 */
/** `id` and `extraTimes` come from an event log's grouping and marks, when the ticket is derived from one. */
export type TicketReader = (row: readonly string[], line: number, rowNumber: number, id?: string, extraTimes?: Readonly<Record<string, Instant>>) => Ticket | undefined;

export type TicketColumns = { id: number; idHeader: string; times: readonly FieldColumn[]; texts: readonly FieldColumn[] };

export function ticketReader(file: string, columns: TicketColumns, times: FileTimes, run: RunState, problems: Problem[]): TicketReader {
  const interns = columns.texts.map(() => internTable());
  const source = (line: number) => ({ file, line });
  const priorityAt = columns.texts.findIndex((c) => c.field === 'priority');
  const impactAt = columns.texts.findIndex((c) => c.field === 'impact');
  const urgencyAt = columns.texts.findIndex((c) => c.field === 'urgency');
  const reject = (code: string, line: number, row: number, column: string | undefined, message: string, hint?: string): undefined => {
    problems.push(rejectRow(code, file, line, row, column, message, hint));
    return undefined;
  };

  return (row, line, rowNumber, givenId, extraTimes) => {
    const id = givenId ?? run.clean(row[columns.id]);
    if (id === undefined) return reject('tickets.missing-id', line, rowNumber, columns.idHeader, 'no ticket id');
    const timeValues: Record<string, Instant | undefined> = {};
    for (const column of columns.times) {
      const value = run.clean(row[column.index]);
      if (value === undefined) continue;
      const at = times.read(column.index, value);
      if (at !== at) return rejectTime(times, reject, line, rowNumber, column, value);
      if (times.lastResolution !== 'exact') problems.push(dstNotice(file, line, rowNumber, column.header, value, times.lastResolution, run.settings.zone));
      timeValues[column.field] = at;
    }
    if (extraTimes !== undefined) Object.assign(timeValues, extraTimes);
    const fields: Record<string, string | undefined> = {};
    for (let k = 0; k < columns.texts.length; k++) {
      const value = run.clean(row[columns.texts[k]!.index]);
      if (value === undefined) continue;
      fields[columns.texts[k]!.field] = interns[k]!(k === priorityAt ? run.priority(value) : value);
    }
    if (fields.priority === undefined && impactAt >= 0 && urgencyAt >= 0) {
      const fromMatrix = run.matrix(fields.impact, fields.urgency);
      if (fromMatrix !== undefined) fields.priority = fromMatrix;
    }
    return checkOrder({ id, source: source(line), times: timeValues, fields }, reject, rowNumber, columns);
  };
}

/** Created is required; resolved and first response cannot come before it. */
export function checkOrder(
  ticket: Ticket,
  reject: (code: string, line: number, row: number, column: string | undefined, message: string) => undefined,
  rowNumber: number,
  columns: TicketColumns,
): Ticket | undefined {
  const { created, resolved, first_response: response } = ticket.times;
  const header = (field: string) => columns.times.find((c) => c.field === field)?.header ?? field;
  const line = ticket.source.line;
  if (created === undefined) return reject('tickets.missing-created', line, rowNumber, header('created'), 'no created time');
  if (resolved !== undefined && resolved < created) return reject('tickets.resolved-before-created', line, rowNumber, header('resolved'), 'resolved before it was created');
  if (response !== undefined && response < created) return reject('tickets.response-before-created', line, rowNumber, header('first_response'), 'first response before the ticket was created');
  return ticket;
}

function rejectTime(
  times: FileTimes,
  reject: (code: string, line: number, row: number, column: string | undefined, message: string, hint?: string) => undefined,
  line: number,
  rowNumber: number,
  column: FieldColumn,
  value: string,
): undefined {
  const format = times.describe(column.index);
  if (times.lastStatus === ParseStatus.impossible) {
    return reject('tickets.impossible-date', line, rowNumber, column.header, `"${value}" is not a real date or time (format ${format})`);
  }
  return reject('tickets.bad-timestamp', line, rowNumber, column.header, `cannot read "${value}" as a date (format ${format})`, 'set input.date_format or --date-format if the format is wrong');
}

export function dstNotice(file: string, line: number, row: number, header: string, value: string, resolution: 'gap' | 'overlap' | 'exact', zone: string): Problem {
  const gap = resolution === 'gap';
  return {
    code: gap ? 'tickets.dst-gap' : 'tickets.dst-overlap',
    severity: 'warning',
    message: gap
      ? `row ${row}, column "${header}": "${value}" does not exist in ${zone} (clocks spring forward); read as the end of the gap`
      : `row ${row}, column "${header}": "${value}" happens twice in ${zone} (clocks fall back); read as the earlier`,
    where: { file, line, row, field: header },
  };
}
