import { problem, type Problem } from '../problem.js';
import { looksLikeRemainingTime } from './columns/vendor-verdict.js';
import { dateFormatFix } from './timestamps/date-format-fix.js';
import { ParseStatus } from './timestamps/date-format.js';

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
  'tickets.year-out-of-range': ['year out of range', 'years out of range'],
  'tickets.bad-minutes': ['unreadable number of minutes', 'unreadable numbers of minutes'],
};

/**
 * Rows that are kept, but not as written: a warning each, which --strict also
 * makes an error. [one, many, what was done].
 */
export const ROW_WARNING_LABELS: Readonly<Record<string, [singular: string, plural: string, done: string]>> = {
  'tickets.surplus-cells': [
    'row has more cells than the header',
    'rows have more cells than the header',
    "the cells past the header's last column are not read",
  ],
  'tickets.nul-byte': ['row holds a NUL byte', 'rows hold NUL bytes', 'the NUL bytes were removed'],
  'tickets.short-row': [
    'row has fewer cells than the header',
    'rows have fewer cells than the header',
    'the missing cells are read as empty',
  ],
};

export function isRowWarning(p: Problem): boolean {
  return ROW_WARNING_LABELS[p.code] !== undefined;
}

/** True for a rejected row: a warning that --strict makes an error. */
export function isRejection(p: Problem): boolean {
  return REJECTION_LABELS[p.code] !== undefined;
}

/**
 * Warnings about a whole input that --strict also makes errors: a
 * file that looks cut off, an export whose newest activity stops well before
 * the period or the as-of does. A cron job run with --strict must not mail a
 * clean report from half an export.
 */
export const STRICT_INPUT_WARNINGS: ReadonlySet<string> = new Set(['tickets.truncated-file', 'evaluate.stale-export']);

/** SPEC 5.2: under --strict any rejected row, any row not read as written, and a truncated or stale input fail the run (exit 2); notices never do. */
export function isErrorUnderStrict(p: Problem): boolean {
  return p.severity === 'error' || isRejection(p) || isRowWarning(p) || STRICT_INPUT_WARNINGS.has(p.code);
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
export function rejectRow(
  code: string,
  file: string,
  line: number,
  row: number,
  column: string | undefined,
  message: string,
  hint?: string,
): Problem {
  const place = column === undefined ? `row ${row}` : `row ${row}, column "${column}"`;
  return problem(
    code,
    'warning',
    `${place}: ${message}`,
    column === undefined ? { file, line, row } : { file, line, row, field: column },
    hint,
  );
}

/** A naive time that daylight saving moved (SPEC 3): a notice, the row is kept. */
export function dstNotice(
  file: string,
  line: number,
  row: number,
  header: string,
  value: string,
  resolution: 'gap' | 'overlap' | 'exact',
  zone: string,
): Problem {
  return resolution === 'gap'
    ? rejectRow(
        'tickets.dst-gap',
        file,
        line,
        row,
        header,
        `"${value}" does not exist in ${zone} (clocks spring forward); read as the end of the gap`,
      )
    : rejectRow(
        'tickets.dst-overlap',
        file,
        line,
        row,
        header,
        `"${value}" happens twice in ${zone} (clocks fall back); read as the earlier`,
      );
}

/** A cell of the helpdesk's verdict column that is not a remaining time: a notice; the row is used without that verdict. */
export function badVerdict(file: string, line: number, row: number, column: string, value: string): Problem {
  return rejectRow(
    'tickets.bad-vendor-verdict',
    file,
    line,
    row,
    column,
    `cannot read "${value}" as the helpdesk's remaining time (such as 1:05, -2:40 or -2h 40m); the row is used without this verdict`,
    "slacheck reads this column only to compare its own verdict with the helpdesk's; if the column holds something else, map verdict.METRIC to another column or leave it out of the export",
  );
}

/** A timestamp cell that cannot be used: empty where a time is needed, unreadable in the format, a date that does not exist, or a year out of range. */
export function timeProblem(
  file: string,
  line: number,
  row: number,
  column: string,
  value: string | undefined,
  status: ParseStatus,
  format: string,
): Problem {
  if (value === undefined || status === ParseStatus.empty) return rejectRow('tickets.bad-timestamp', file, line, row, column, 'no time');
  if (status === ParseStatus.impossible)
    return rejectRow('tickets.impossible-date', file, line, row, column, `"${value}" is not a real date or time (format ${format})`);
  if (status === ParseStatus.outOfRange) {
    return rejectRow(
      'tickets.year-out-of-range',
      file,
      line,
      row,
      column,
      `"${value}" has a year outside 1900-2200 (format ${format})`,
      'correct the year in the export; if the format is wrong, set input.date_format or --date-format',
    );
  }
  const hint = looksLikeRemainingTime(value)
    ? remainingTimeHint(value, column)
    : 'set input.date_format or --date-format if the format is wrong';
  return rejectRow('tickets.bad-timestamp', file, line, row, column, `cannot read "${value}" as a date (format ${format})`, hint);
}

/** The words that mark the hint below (the problem summary and allRowsRejected show it instead of date-format advice). */
export const REMAINING_TIME = 'is a remaining time, not a date';

/**
 * A column of remaining times (Jira's `Time to first response`)
 * mapped as a timestamp field: no date format reads it, so the fix is the
 * mapping, not --date-format.
 */
export function remainingTimeHint(value: string, column: string): string {
  return `"${value}" ${REMAINING_TIME}: "${column}" looks like the helpdesk's own SLA field (Jira's Time to first response or Time to resolution). Map the field to a column of timestamps instead (the jira preset reads first_response from "Custom field ([CHART] Date of First Response)"), or use a status history; to compare slacheck with the helpdesk's verdict, map it with --map verdict.METRIC="${column}" (the jira preset does this by itself)`;
}

/**
 * A file with data rows of which every one was rejected is an error
 * (exit 2), not an empty report: it names the first rejection (looked for
 * from `from` in `problems`) and the likely fix.
 */
export function allRowsRejected(
  file: string | undefined,
  rows: number,
  rejected: number,
  problems: readonly Problem[],
  from: number,
  noun = 'row',
  history = false,
): Problem | undefined {
  if (rows === 0 || rejected < rows) return undefined;
  let first: Problem | undefined;
  for (let k = from; k < problems.length && first === undefined; k++)
    if (isRejection(problems[k]!) && (file === undefined || problems[k]!.where.file === file)) first = problems[k];
  const what = rows === 1 ? `the one ${noun} was rejected` : `every ${noun} was rejected (${rows} of ${rows})`;
  const where = { file: file ?? first?.where.file, line: first?.where.line ?? 1 };
  const why = first === undefined ? '' : rows === 1 ? `: ${first.message}` : `; the first: ${first.message}`;
  const hint =
    first !== undefined && DATE_CODES.has(first.code)
      ? first.hint?.includes(REMAINING_TIME) === true
        ? first.hint
        : dateFormatFix(first.message, history)
      : (LIKELY_FIX[first?.code ?? ''] ?? 'check the export and how it is read (--preset, --map, --date-format, --delimiter)');
  return problem('tickets.all-rows-rejected', 'error', `${what}${why}`, where, hint);
}

const DATE_CODES = new Set(['tickets.bad-timestamp', 'tickets.impossible-date', 'tickets.year-out-of-range']);
const LIKELY_FIX: Readonly<Record<string, string>> = {
  'tickets.missing-id': 'the id column is empty: map the column that holds the ticket id with --map id=COLUMN (or input.columns.id)',
  'tickets.missing-created':
    'the created column is empty: map the column that holds the creation time with --map created=COLUMN (or input.columns.created)',
  'tickets.resolved-before-created': 'are two columns swapped? check which columns --map created= and --map resolved= (or the preset) name',
  'tickets.response-before-created':
    'are two columns swapped? check which columns --map created= and --map first_response= (or the preset) name',
  'tickets.bad-row': 'check the delimiter (--delimiter) and the quoting of the file',
};
