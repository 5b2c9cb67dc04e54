import type { CalendarIssue } from './types.js';

/** compileCalendar's refusal of a definition with issues; `issues` carries each with its path. */
export class CalendarError extends Error {
  readonly issues: readonly CalendarIssue[];

  constructor(issues: readonly CalendarIssue[]) {
    const first = issues[0];
    const where = first === undefined || first.path.length === 0 ? '' : `${formatPath(first.path)}: `;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`bad calendar: ${where}${first?.message ?? 'invalid'}${more}`);
    this.name = 'CalendarError';
    this.issues = issues;
  }
}

/** `hours.mon-fri[1]`: a path inside a calendar definition, as messages print it. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
