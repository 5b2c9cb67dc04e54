import { formatWhere, problem, type Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import { formatPath, parseYaml, whereOf, type Path, type YamlSource } from '../sla/written/yaml-source.js';
import { importSla, resolveSettings } from '../tickets/import-settings.js';
import type { ImportOptions } from '../tickets/types.js';

/**
 * `compare` reads the exports once and judges the same tickets under every
 * SLA file, so the files must agree on everything that decides how the
 * exports are read:
 * - `timezone` (naive timestamps without `input.timezone`, and the period and
 *   `--as-of`, are read in it),
 * - every key of `input:` (preset, columns, date format, encoding, history …),
 * - `priorities:` (map and matrix: the export's values to priorities).
 * A difference is an error naming both values and both places, never a
 * silent choice; a command-line flag that overrides a setting (--preset,
 * --map, --date-format, --events, …) makes the files' values irrelevant.
 * What the files may differ in (calendars, metrics with their pauses,
 * policies, goals, and `statuses:`, which only the evaluation reads: terms
 * to compare) is read with the columns every file needs: the
 * import reads their union, and each file is evaluated with its own terms.
 */
export type SlaSource = { file: string; text: string; sla: Sla };

const SECTIONS = ['timezone', 'input', 'priorities'] as const;

/** The paths a flag overrides (`input.date_format` for --date-format, `input.events.file` for --events); they are not compared. */
export function overriddenPaths(flags: ImportOptions, historyGiven = false): Set<string> {
  const paths = new Set<string>();
  if (historyGiven) paths.add('input.events.file');
  if (flags.preset !== undefined) paths.add('input.preset');
  if (flags.dateFormat !== undefined) paths.add('input.date_format');
  if (flags.encoding !== undefined) paths.add('input.encoding');
  if (flags.delimiter !== undefined) paths.add('input.delimiter');
  if (flags.timezone !== undefined) paths.add('input.timezone');
  for (const field of Object.keys(flags.map ?? {}))
    paths.add(formatPath(['input', 'columns', field])).add(formatPath(['input', 'events', 'columns', field]));
  return paths;
}

/** Every difference between the first file and each later one, located in the later file; empty when they read the exports alike. */
export function importDifferences(sources: readonly SlaSource[], flags: ImportOptions = {}, historyGiven = false): Problem[] {
  const parsed = sources.map((s) => parseYaml(s.text, s.file));
  const skip = overriddenPaths(flags, historyGiven);
  const sections = (data: unknown) => Object.fromEntries(SECTIONS.map((k) => [k, isMapping(data) ? data[k] : undefined]));
  const problems: Problem[] = [];
  for (let i = 1; i < sources.length; i++) {
    const found: Problem[] = [];
    const visit = (a: unknown, b: unknown, path: Path): void => {
      if (skip.has(formatPath(path))) return;
      if (isMapping(a) && isMapping(b)) {
        for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) visit(a[key], b[key], [...path, key]);
      } else if (comparable(a, path) !== comparable(b, path)) {
        found.push(differs(parsed[i]!.source, parsed[0]!.source, path, a, b));
      }
    };
    visit(sections(parsed[0]!.data), sections(parsed[i]!.data), []);
    problems.push(...found.sort((x, y) => (x.where.line ?? 0) - (y.where.line ?? 0) || (x.where.column ?? 0) - (y.where.column ?? 0)));
  }
  problems.push(...unreadableFields(sources, flags));
  return problems;
}

/** Lists that are sets (null tokens) compare in any order and case, as they are matched; anything else as written. */
const SET_LISTS = new Set(['input.null_values']);

function comparable(value: unknown, path: Path): string {
  if (Array.isArray(value) && SET_LISTS.has(formatPath(path)))
    return JSON.stringify(value.map((v) => String(v).trim().toLowerCase()).sort());
  return JSON.stringify(value);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const FLAGS: Record<string, string> = {
  'input.preset': '--preset',
  'input.date_format': '--date-format',
  'input.encoding': '--encoding',
  'input.delimiter': '--delimiter',
  'input.timezone': '--input-timezone',
};

function differs(here: YamlSource, first: YamlSource, path: Path, firstValue: unknown, value: unknown): Problem {
  const field = formatPath(path);
  // A whole section is pointed at by its key, a setting by its value.
  const there = formatWhere(whereOf(first, path, isMapping(firstValue) ? 'key' : 'value'));
  const flag =
    FLAGS[field] ?? (path[0] === 'input' && path[1] === 'columns' && path.length === 3 ? `--map ${String(path[2])}=Column` : undefined);
  return problem(
    'compare.input-differs',
    'error',
    `${shown(value)} here, ${shown(firstValue)} in ${there}: the files read the exports differently`,
    whereOf(here, path, isMapping(value) ? 'key' : 'value'),
    `compare reads the exports once for every file: make ${field} the same in both${flag === undefined ? '' : `, or override both with ${flag}`}`,
  );
}

/** A section that only one file has is named, not printed: its keys follow in the other file. */
function shown(value: unknown): string {
  return value === undefined ? 'not set' : isMapping(value) ? 'set' : JSON.stringify(value);
}

/**
 * A column one file reads as a timestamp (a metric's start or stop) and
 * another as text (a policy's `when` key) cannot be both in one import.
 */
function unreadableFields(sources: readonly SlaSource[], flags: ImportOptions): Problem[] {
  const merged = resolveSettings(importSla(mergedImportSla(sources.map((s) => s.sla))), flags).settings;
  if (merged === undefined) return []; // the import reports why
  const problems: Problem[] = [];
  for (const source of sources) {
    const own = resolveSettings(importSla(source.sla), flags).settings;
    for (const field of own?.textFields ?? []) {
      if (merged.textFields.includes(field)) continue;
      problems.push(
        problem(
          'compare.input-differs',
          'error',
          `policies read the field "${field}" as text here, and another file's metrics read it as a timestamp`,
          { file: source.file },
          'compare reads the exports once for every file: a column is either a timestamp or a text field',
        ),
      );
    }
  }
  return problems;
}

/**
 * The SLA the shared import reads with: the first file, with every file's
 * metrics and policies, so that each column any file needs is read. Only the
 * import uses it; each file is evaluated with its own SLA.
 */
export function mergedImportSla(slas: readonly Sla[]): Sla {
  const metrics = new Map(slas.flatMap((sla, i) => [...sla.metrics].map(([name, metric]) => [`${i}\u0000${name}`, metric] as const)));
  return { ...slas[0]!, metrics, policies: slas.flatMap((sla) => sla.policies) };
}
