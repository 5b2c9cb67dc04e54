/**
 * A problem is data: what went wrong, where, and what to do about it.
 * Every layer reports user-facing trouble as Problems and never throws on
 * user input; the CLI prints them (GNU style, one line each) and picks the
 * exit code.
 */
export type Severity = 'error' | 'warning';

export type Where = {
  file?: string;
  /** 1-based line in the file. */
  line?: number;
  /** 1-based column in the line. */
  column?: number;
  /** 1-based data row (CSV records after the header). */
  row?: number;
  /** Path in a document (`policies[1].targets.respons`) or a column header. */
  field?: string;
};

export type Problem = {
  /** Stable, dotted, lower case, prefixed by layer: `sla.unknown-calendar`, `tickets.bad-timestamp`. */
  code: string;
  severity: Severity;
  /** Starts in lower case, no final period. */
  message: string;
  where: Where;
  /** What to do about it: indented under the message when printed. */
  hint?: string;
};

export function problem(code: string, severity: Severity, message: string, where: Where = {}, hint?: string): Problem {
  return hint === undefined ? { code, severity, message, where } : { code, severity, message, where, hint };
}

/** `file:line:column` with the parts that are known (GNU Coding Standards 4.4). */
export function formatWhere(where: Where): string {
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(where.file);
  if (where.line !== undefined) parts.push(String(where.line));
  if (where.line !== undefined && where.column !== undefined) parts.push(String(where.column));
  return parts.join(':');
}

/**
 * One problem as text: `sla.yaml:14:7: policies[1].targets.respons: unknown metric`,
 * then the hint indented on the next line. No program-name prefix: the CLI adds it.
 */
export function formatProblem(p: Problem): string {
  const place = formatWhere(p.where);
  // A document path leads the message (YAML); CSV problems name row and column in the message itself.
  const path = p.where.field !== undefined && p.where.row === undefined ? `${p.where.field}: ` : '';
  const head = `${place === '' ? '' : `${place}: `}${p.severity === 'warning' ? 'warning: ' : ''}${path}${p.message}`;
  return p.hint === undefined ? head : `${head}\n  ${p.hint.split('\n').join('\n  ')}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * A Problem thrown where it cannot be returned: deep inside a lazy step of
 * the pure core, such as the calendar engine walking an ICS recurrence rule
 * for a year that evaluation first asks about. cli/main.ts prints it like
 * any other problem (exit 2); it is never a bug report.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}
