import type { Instant } from '../../calendar/wall-clock.js';
import type { Problem } from '../../problem.js';
import type { FieldColumn } from '../columns/column-plan.js';
import { parseMinutes, type DerivedColumn } from '../columns/derived-times.js';
import type { ListColumn } from '../columns/list-columns.js';
import { badVerdict, dstNotice, rejectRow, timeProblem } from '../problems.js';
import { parseRemainingTime, VERDICT_PREFIX } from '../columns/vendor-verdict.js';
import { cellReader, type RunState } from '../run-state.js';
import type { TicketTable } from '../store/ticket-table.js';
import { ParseStatus, type FileTimes } from '../timestamps/file-times.js';

/**
 * One data row -> a canonical ticket in the ticket table, or a rejection with
 * its reason (SPEC 5.2: missing id, unparseable or impossible date, resolved
 * or first response before created). The hot path: one pass over the mapped
 * columns into the table's scratch row, no allocation per row.
 */
/** `id` and `extraTimes` come from an event log's grouping and marks, when the ticket is derived from one. Returns whether the row became a ticket. */
export type TicketReader = (
  row: readonly string[],
  line: number,
  rowNumber: number,
  id?: string,
  extraTimes?: ReadonlyMap<string, Instant>,
) => boolean;

/** `derived`: timestamps read as another field's time plus a column of minutes (columns/derived-times.ts). */
export type TicketColumns = {
  id: number;
  idHeader: string;
  times: readonly FieldColumn[];
  texts: readonly FieldColumn[];
  lists: readonly ListColumn[];
  derived: readonly DerivedColumn[];
};

export function ticketReader(
  file: string,
  columns: TicketColumns,
  times: FileTimes,
  run: RunState,
  table: TicketTable,
  problems: Problem[],
): TicketReader {
  // Where each of this file's columns goes in the table's row (both are planned from the same Settings).
  const textSlot = columns.texts.map((c) => table.textFields.indexOf(c.field));
  const cells = columns.texts.map((c) =>
    cellReader(run, c.field === 'priority' ? run.priority : c.field.startsWith(VERDICT_PREFIX) ? verdictText : undefined),
  );
  // The helpdesk's verdict columns: a cell that is not a remaining time is named (a notice), and left out.
  const verdicts = columns.texts.flatMap((c, k) =>
    c.field.startsWith(VERDICT_PREFIX) ? [{ k, slot: textSlot[k]!, header: c.header }] : [],
  );
  const scratch = table.scratch;
  const timeSlot = columns.times.map((c) => table.timeFields.indexOf(c.field));
  const lists = columns.lists.map((c) => ({
    slot: table.listFields.indexOf(c.field),
    indexes: c.indexes,
    read: cellReader(run, c.field === 'priority' ? run.priority : undefined),
  }));
  const joined = new Map<string, string>();
  const slot = (field: string) => table.timeFields.indexOf(field);
  const [created, resolved, response] = [slot('created'), slot('resolved'), slot('first_response')];
  const [impact, urgency, priority] = ['impact', 'urgency', 'priority'].map((f) => table.textFields.indexOf(f)) as [number, number, number];
  const derived = columns.derived.map((d) => ({ ...d, slot: slot(d.field), fromSlot: slot(d.from) }));
  const headerOf = (field: string): string =>
    columns.times.find((c) => c.field === field)?.header ?? columns.derived.find((d) => d.field === field)?.header ?? field;
  const reject = (code: string, line: number, row: number, column: string | undefined, message: string, hint?: string): false => {
    problems.push(rejectRow(code, file, line, row, column, message, hint));
    return false;
  };

  const nullLength = run.settings.nullLength;
  return (row, line, rowNumber, givenId, extraTimes) => {
    const rawId = row[columns.id];
    // Fast path: an id longer than any null token with nothing to trim is used as it is.
    const plainId =
      !run.rewritesText &&
      rawId !== undefined &&
      rawId.length > nullLength &&
      rawId.charCodeAt(0) > 32 &&
      rawId.charCodeAt(rawId.length - 1) > 32;
    const id = givenId ?? (plainId ? rawId : run.clean(rawId));
    if (id === undefined) return reject('tickets.missing-id', line, rowNumber, columns.idHeader, 'no ticket id');
    scratch.times.fill(Number.NaN);
    for (let k = 0; k < columns.times.length; k++) {
      const column = columns.times[k]!;
      const raw = row[column.index];
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
        if (times.lastStatus === ParseStatus.empty) continue;
        problems.push(timeProblem(file, line, rowNumber, column.header, value, times.lastStatus, times.describe(column.index)));
        return false;
      }
      if (times.lastResolution !== 'exact')
        problems.push(dstNotice(file, line, rowNumber, column.header, value, times.lastResolution, run.settings.zone));
      scratch.times[timeSlot[k]!] = at;
    }
    if (extraTimes !== undefined) {
      for (const [field, at] of extraTimes) {
        const s = slot(field);
        if (s >= 0) scratch.times[s] = at;
      }
    }
    for (let k = 0; k < derived.length; k++) {
      const d = derived[k]!;
      const base = scratch.times[d.fromSlot]!;
      const text = run.clean(row[d.index]);
      if (text === undefined || !(base === base)) continue;
      const minutes = parseMinutes(text);
      if (!(minutes === minutes))
        return reject('tickets.bad-minutes', line, rowNumber, d.header, `cannot read "${text}" as a number of minutes`);
      // Calendar minutes: elapsed time, across a daylight-saving change too.
      scratch.times[d.slot] = base + Math.round(minutes * 60_000);
    }
    scratch.texts.fill(undefined);
    for (let k = 0; k < columns.texts.length; k++) scratch.texts[textSlot[k]!] = cells[k]!(row[columns.texts[k]!.index]);
    for (const v of verdicts) {
      if (scratch.texts[v.slot] !== '') continue;
      scratch.texts[v.slot] = undefined;
      problems.push(badVerdict(file, line, rowNumber, v.header, row[columns.texts[v.k]!.index]!.trim()));
    }
    if (priority >= 0 && impact >= 0 && urgency >= 0 && scratch.texts[priority] === undefined)
      scratch.texts[priority] = run.matrix(scratch.texts[impact], scratch.texts[urgency]);
    if (lists.length > 0) {
      scratch.lists.fill(undefined);
      for (const list of lists) scratch.lists[list.slot] = listValue(row, list.indexes, list.read, joined);
    }
    // Created is required; resolved and first response cannot come before it.
    const t = scratch.times;
    if (!(t[created]! === t[created]!)) return reject('tickets.missing-created', line, rowNumber, headerOf('created'), 'no created time');
    if (t[resolved]! < t[created]!)
      return reject('tickets.resolved-before-created', line, rowNumber, headerOf('resolved'), 'resolved before it was created');
    if (t[response]! < t[created]!)
      return reject(
        'tickets.response-before-created',
        line,
        rowNumber,
        headerOf('first_response'),
        'first response before the ticket was created',
      );
    table.putScratch(id, file, line);
    return true;
  };
}

/**
 * The distinct values of a list field's columns in one row, in column order,
 * joined by NUL (the ticket table's list form); undefined when all are empty.
 * The joined text is interned: labels repeat across a million tickets.
 */
function listValue(
  row: readonly string[],
  indexes: readonly number[],
  read: (raw: string | undefined) => string | undefined,
  joined: Map<string, string>,
): string | undefined {
  let first: string | undefined;
  let values: string[] | undefined;
  for (const index of indexes) {
    const value = read(row[index]);
    if (value === undefined) continue;
    if (first === undefined) first = value;
    else if (value !== first && !(values ?? []).includes(value)) (values ??= [first]).push(value);
  }
  if (values === undefined) return first;
  const text = values.join('\u0000');
  const known = joined.get(text);
  if (known !== undefined) return known;
  if (joined.size < 100_000) joined.set(text, text);
  return text;
}

/** A verdict cell as the ticket field holds it: `breached` or `within`; '' (no cell is empty after cleaning) marks one that is not a remaining time. */
function verdictText(value: string): string {
  return parseRemainingTime(value) ?? '';
}
