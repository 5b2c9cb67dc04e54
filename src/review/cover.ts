import { nthWorkingDay } from '../calendar/index.js';
import type { Instant } from '../calendar/types.js';
import { formatDate, instantToLocal } from '../calendar/wall-clock.js';
import type { Period } from '../evaluate/types.js';
import type { Sla } from '../sla/types.js';
import type { ImportCounts } from '../tickets/types.js';
import type { CoverDoc, DeadlineDoc, InputDoc } from './types.js';

/** An input file as the CLI read it: its size and SHA-256 (the review states what it was made from). */
export type InputFile = { file: string; kind: 'tickets' | 'history'; bytes: number; sha256: string };

/**
 * SPEC 10.1 section 1, beyond the names: the deadline (`report.due`: the Nth
 * working day of the month after the period's last month, in the named
 * calendar) and whether the report was made by it: by the date of the run
 * when its time is shown, else by the date of the as-of instant (a cron job's
 * as-of is the time of its run); and the input files with rows and SHA-256.
 * Rows are counted per kind of file: a file has its own count when it is the
 * only one of its kind. `no_data`: no ticket read at all, or none
 * active in the period (`activeTickets`): then no figure is good news.
 */
export function toCover(
  sla: Sla,
  period: Period,
  produced: Instant,
  inputs: readonly InputFile[],
  counts: ImportCounts | undefined,
  activeTickets: number,
): CoverDoc {
  const rows = {
    ticket_rows: counts?.ticketRows ?? 0,
    history_rows: counts?.eventRows ?? 0,
    tickets: counts?.tickets ?? 0,
    events: counts?.events ?? 0,
  };
  const only = (kind: InputFile['kind']) => inputs.filter((i) => i.kind === kind).length === 1;
  return {
    no_data: rows.tickets === 0 ? 'no-tickets' : activeTickets === 0 ? 'no-ticket-in-period' : null,
    deadline: deadline(sla, period, produced),
    inputs: inputs.map((i): InputDoc => ({
      file: i.file,
      kind: i.kind,
      bytes: i.bytes,
      rows: only(i.kind) ? (i.kind === 'tickets' ? rows.ticket_rows : rows.history_rows) : null,
      sha256: i.sha256,
    })),
    rows,
  };
}

function deadline(sla: Sla, period: Period, produced: Instant): DeadlineDoc | null {
  const due = sla.report?.due;
  if (due === undefined) return null;
  const last = instantToLocal(sla.timezone, period.to - 1);
  const next = last.month === 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: last.month + 1 };
  const date = nthWorkingDay(sla.calendars.get(due.calendar)!.calendar, next.year, next.month, due.workingDay);
  const made = formatDate(instantToLocal(sla.timezone, produced));
  return { date, working_day: due.workingDay, calendar: due.calendar, produced: made, on_time: made <= date };
}
