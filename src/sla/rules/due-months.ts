import { nthWorkingDay } from '../../calendar/index.js';
import { problem, type Problem, type Where } from '../../problem.js';
import type { Sla } from '../types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `report.due.working_day: N` is the Nth working day of the month
 * after the period; in a month whose calendar has fewer working days the
 * engine counts on into the next month (calendar/working-day.ts), and the
 * deadline on the cover is a month late without a word. The months of
 * `year` where that happens, with their working days; `where` is the
 * setting's place in the file.
 */
export function dueOutsideMonth(sla: Sla, year: number, where: Where): Problem | undefined {
  const due = sla.report?.due;
  const calendar = due === undefined ? undefined : sla.calendars.get(due.calendar);
  if (due === undefined || calendar === undefined) return undefined;
  const short: { month: number; days: number }[] = [];
  for (let month = 1; month <= 12; month++) {
    const prefix = `${year}-${String(month).padStart(2, '0')}`;
    const inMonth = (n: number) => nthWorkingDay(calendar.calendar, year, month, n).startsWith(prefix);
    if (inMonth(due.workingDay)) continue;
    // At most 31 working days in a month.
    let days = 0;
    while (days < 31 && inMonth(days + 1)) days++;
    short.push({ month, days });
  }
  if (short.length === 0) return undefined;
  const months = `${list(short.map((s) => MONTHS[s.month - 1]!))} ${year}`;
  const days = list(short.map((s) => String(s.days)));
  const fewest = Math.min(...short.map((s) => s.days));
  return problem(
    'sla.due-past-month',
    'warning',
    `working day ${due.workingDay} of the month after the period falls outside that month in ${months}: the calendar "${due.calendar}" has ${days} working days there, so the deadline moves into the month after`,
    where,
    `a deadline is due in the month after the period: take a working day of at most ${fewest}`,
  );
}

function list(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
