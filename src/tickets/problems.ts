import { problem, type Problem } from '../problem.js';

/**
 * Problem codes of the ticket import. Rejected rows are warnings (the run
 * goes on, SPEC 5.2) that --strict turns into errors; notices are warnings
 * that never do; a file that cannot be read at all is an error.
 */
export const REJECTION_LABELS: Readonly<Record<string, [singular: string, plural: string]>> = {
  'tickets.missing-id': ['missing id', 'missing id'],
  'tickets.missing-created': ['missing created time', 'missing created times'],
  'tickets.bad-timestamp': ['unparseable date', 'unparseable dates'],
  'tickets.impossible-date': ['impossible date', 'impossible dates'],
  'tickets.resolved-before-created': ['resolved before created', 'resolved before created'],
  'tickets.response-before-created': ['first response before created', 'first responses before created'],
  'tickets.bad-row': ['unreadable row', 'unreadable rows'],
};

/** True for a rejected row: a warning that --strict makes an error. */
export function isRejection(p: Problem): boolean {
  return REJECTION_LABELS[p.code] !== undefined;
}

/** SPEC 5.2 and issue 4: under --strict any rejected row fails the run (exit 2); notices never do. */
export function isErrorUnderStrict(p: Problem): boolean {
  return p.severity === 'error' || isRejection(p);
}

export function hasStrictErrors(problems: readonly Problem[], strict: boolean): boolean {
  return problems.some((p) => (strict ? isErrorUnderStrict(p) : p.severity === 'error'));
}

/**
 * The problems that end a run under --strict, as errors (a rejected row is
 * printed as an error then, not as a warning).
 */
export function strictProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter(isErrorUnderStrict).map((p) => (p.severity === 'error' ? p : { ...p, severity: 'error' }));
}

/** A rejected row: `row 42, column "Created": cannot read …` at file:line. */
export function rejectRow(code: string, file: string, line: number, row: number, column: string | undefined, message: string, hint?: string): Problem {
  const place = column === undefined ? `row ${row}` : `row ${row}, column "${column}"`;
  return problem(code, 'warning', `${place}: ${message}`, column === undefined ? { file, line, row } : { file, line, row, field: column }, hint);
}

/** A naive time that daylight saving moved (SPEC 3): a notice, the row is kept. */
export function dstNotice(file: string, line: number, row: number, header: string, value: string, resolution: 'gap' | 'overlap' | 'exact', zone: string): Problem {
  return resolution === 'gap'
    ? rejectRow('tickets.dst-gap', file, line, row, header, `"${value}" does not exist in ${zone} (clocks spring forward); read as the end of the gap`)
    : rejectRow('tickets.dst-overlap', file, line, row, header, `"${value}" happens twice in ${zone} (clocks fall back); read as the earlier`);
}

/** A timestamp cell that cannot be used: empty where a time is needed, unreadable in the format, or a date that does not exist. */
export function timeProblem(file: string, line: number, row: number, column: string, value: string | undefined, impossible: boolean, format: string): Problem {
  if (value === undefined) return rejectRow('tickets.bad-timestamp', file, line, row, column, 'no time');
  if (impossible) return rejectRow('tickets.impossible-date', file, line, row, column, `"${value}" is not a real date or time (format ${format})`);
  return rejectRow('tickets.bad-timestamp', file, line, row, column, `cannot read "${value}" as a date (format ${format})`, 'set input.date_format or --date-format if the format is wrong');
}
