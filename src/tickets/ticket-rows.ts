import type { Instant } from '../calendar/wall-clock.js';
import type { Problem } from '../problem.js';
import type { FieldColumn } from './column-plan.js';
import { rejectRow, timeProblem } from './problems.js';
import { recordBuilder, timesBuilder } from './record-builder.js';
import { cellReader, type RunState } from './shared-state.js';
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
  const cells = columns.texts.map((c) => cellReader(run, c.field === 'priority' ? run.priority : undefined));
  const buildTimes = timesBuilder(columns.times.map((c) => c.field));
  const buildFields = recordBuilder<string>(columns.texts.map((c) => c.field));
  // Scratch values, reused row after row: the builders copy what they keep.
  const timeValues = new Float64Array(columns.times.length);
  const textValues: (string | undefined)[] = columns.texts.map(() => undefined);
  const source = (line: number) => ({ file, line });
  const impactAt = columns.texts.findIndex((c) => c.field === 'impact');
  const urgencyAt = columns.texts.findIndex((c) => c.field === 'urgency');
  const reject = (code: string, line: number, row: number, column: string | undefined, message: string, hint?: string): undefined => {
    problems.push(rejectRow(code, file, line, row, column, message, hint));
    return undefined;
  };

  const nullLength = run.settings.nullLength;
  return (row, line, rowNumber, givenId, extraTimes) => {
    const rawId = row[columns.id];
    // Fast path: an id longer than any null token with nothing to trim is used as it is.
    const plainId = rawId !== undefined && rawId.length > nullLength && rawId.charCodeAt(0) > 32 && rawId.charCodeAt(rawId.length - 1) > 32;
    const id = givenId ?? (plainId ? rawId : run.clean(rawId));
    if (id === undefined) return reject('tickets.missing-id', line, rowNumber, columns.idHeader, 'no ticket id');
    for (let k = 0; k < columns.times.length; k++) {
      const column = columns.times[k]!;
      const raw = row[column.index];
      timeValues[k] = Number.NaN;
      if (raw === undefined || raw === '') continue;
      // Fast path: most cells read as they are; only a cell that does not is trimmed and checked for null tokens.
      let at = times.read(column.index, raw);
      let value = raw;
      if (at !== at) {
        const cleaned = run.clean(raw);
        if (cleaned === undefined) continue;
        value = cleaned;
        if (cleaned !== raw) at = times.read(column.index, cleaned);
      }
      if (at !== at) {
        problems.push(timeProblem(file, line, rowNumber, column.header, value, times.lastStatus === ParseStatus.impossible, times.describe(column.index)));
        return undefined;
      }
      if (times.lastResolution !== 'exact') problems.push(dstNotice(file, line, rowNumber, column.header, value, times.lastResolution, run.settings.zone));
      timeValues[k] = at;
    }
    const timeRecord = buildTimes(timeValues);
    if (extraTimes !== undefined) Object.assign(timeRecord, extraTimes);
    for (let k = 0; k < columns.texts.length; k++) textValues[k] = cells[k]!(row[columns.texts[k]!.index]);
    const fields = buildFields(textValues);
    if (fields.priority === undefined && impactAt >= 0 && urgencyAt >= 0) {
      const fromMatrix = run.matrix(fields.impact, fields.urgency);
      if (fromMatrix !== undefined) fields.priority = fromMatrix;
    }
    return checkOrder({ id, source: source(line), times: timeRecord, fields }, reject, rowNumber, columns);
  };
}

/** Created is required; resolved and first response cannot come before it. */
export function checkOrder(
  ticket: Ticket,
  reject: (code: string, line: number, row: number, column: string | undefined, message: string) => undefined,
  rowNumber: number,
  columns: TicketColumns,
): Ticket | undefined {
  const times = ticket.times;
  const created = times.created;
  const line = ticket.source.line;
  if (created === undefined) return reject('tickets.missing-created', line, rowNumber, headerOf(columns, 'created'), 'no created time');
  const resolved = times.resolved;
  if (resolved !== undefined && resolved < created) return reject('tickets.resolved-before-created', line, rowNumber, headerOf(columns, 'resolved'), 'resolved before it was created');
  const response = times.first_response;
  if (response !== undefined && response < created) {
    return reject('tickets.response-before-created', line, rowNumber, headerOf(columns, 'first_response'), 'first response before the ticket was created');
  }
  return ticket;
}

function headerOf(columns: TicketColumns, field: string): string {
  return columns.times.find((c) => c.field === field)?.header ?? field;
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
