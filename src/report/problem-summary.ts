import { formatProblem, type Problem } from '../problem.js';
import { isRejection, isRowWarning, REJECTION_LABELS, REMAINING_TIME, ROW_WARNING_LABELS } from '../tickets/problems.js';
import { visibleLines } from './escape-controls.js';

/**
 * What the import skipped or adjusted, grouped for stderr (house style 4:
 * many similar problems under one header with a count and the first few
 * lines): per file,
 *   `tickets.csv: warning: 12 rows skipped: 9 unparseable dates (lines 14, 88, 90, …), 3 missing id (lines 2, 5, 9)`
 * then daylight-saving adjustments the same way, then unreadable cells of the
 * helpdesk's verdict columns, then rows kept with a
 * warning (surplus cells, NUL bytes) per file and code, then every other
 * problem in full. Lines carry no program name; the caller prefixes `slacheck: `.
 * The full list is in the JSON output's warnings (and formatProblem prints
 * any one of them). Control characters from the exports show as `\x1b`.
 */
const SHOWN_LINES = 3;

export function formatProblemSummary(problems: readonly Problem[]): string[] {
  const out: string[] = [];
  const rejected = byFile(problems.filter(isRejection));
  for (const [file, list] of rejected) {
    // A remaining-time column mapped as a timestamp: the fix is the mapping, said once under the count.
    const mapping = list.find((p) => p.hint?.includes(REMAINING_TIME) === true)?.hint;
    out.push(`${prefix(file)}warning: ${countRows(list.length)} skipped: ${groups(list)}${mapping === undefined ? '' : `\n  ${mapping}`}`);
  }
  const dst = byFile(problems.filter(isDst));
  for (const [file, list] of dst) {
    out.push(
      `${prefix(file)}warning: ${list.length} ${list.length === 1 ? 'time' : 'times'} fell in a daylight-saving change (${lines(list)}); a time in the gap is read as the end of the gap, a repeated time as the earlier one`,
    );
  }
  for (const [file, list] of byFile(problems.filter(isBadVerdict))) {
    out.push(
      list.length === 1
        ? formatProblem(list[0]!)
        : `${prefix(file)}warning: ${list.length} cells of the helpdesk's SLA columns are not a remaining time (${lines(list)}, first "${list[0]!.where.field}"); those rows are used without the helpdesk's verdict`,
    );
  }
  for (const [file, list] of byFile(problems.filter(isRowWarning))) {
    for (const [code, same] of byCode(list)) {
      const [, many, done] = ROW_WARNING_LABELS[code]!;
      out.push(same.length === 1 ? formatProblem(same[0]!) : `${prefix(file)}warning: ${same.length} ${many} (${lines(same)}); ${done}`);
    }
  }
  for (const p of problems) if (!isRejection(p) && !isDst(p) && !isRowWarning(p) && !isBadVerdict(p)) out.push(formatProblem(p));
  return out.map(visibleLines);
}

function isBadVerdict(p: Problem): boolean {
  return p.code === 'tickets.bad-vendor-verdict';
}

function isDst(p: Problem): boolean {
  return p.code === 'tickets.dst-gap' || p.code === 'tickets.dst-overlap';
}

function byFile(problems: readonly Problem[]): Map<string | undefined, Problem[]> {
  const groups = new Map<string | undefined, Problem[]>();
  for (const p of problems) {
    const list = groups.get(p.where.file);
    if (list === undefined) groups.set(p.where.file, [p]);
    else list.push(p);
  }
  return groups;
}

function prefix(file: string | undefined): string {
  return file === undefined ? '' : `${file}: `;
}

function countRows(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}

/** `9 unparseable dates (lines 14, 88, 90, …), 3 missing id (lines 2, 5, 9)`, largest group first, ties in code order. */
function groups(list: readonly Problem[]): string {
  return [...byCode(list).entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, ps]) => {
      const [one, many] = REJECTION_LABELS[code]!;
      return `${ps.length} ${ps.length === 1 ? one : many} (${lines(ps)})`;
    })
    .join(', ');
}

function byCode(list: readonly Problem[]): Map<string, Problem[]> {
  const codes = new Map<string, Problem[]>();
  for (const p of list) {
    const same = codes.get(p.code);
    if (same === undefined) codes.set(p.code, [p]);
    else same.push(p);
  }
  return codes;
}

function lines(list: readonly Problem[]): string {
  const shown = list.slice(0, SHOWN_LINES).map((p) => p.where.line ?? p.where.row ?? '?');
  return `${shown.length === 1 ? 'line' : 'lines'} ${shown.join(', ')}${list.length > SHOWN_LINES ? ', …' : ''}`;
}
