import type { Severity } from '../../problem.js';
import type { SlaFile } from '../written/schema.js';
import type { Path } from '../written/yaml-source.js';

/**
 * Checks a schema cannot express: names that refer to each other, calendar
 * definitions (through the calendar engine's own checks), policies that can
 * never match. Each rule is a small named function that reports problems;
 * it sees only the sections that passed the schema (`Partial`), so one
 * broken section does not hide the problems of the others.
 */

export type Finding = { code: string; severity?: Severity; path: Path; part?: 'key' | 'value'; message: string; hint?: string };
export type RuleContext = {
  /** The file, or when it has schema errors the parts of it that pass (see usable-sections.ts). */
  file: Partial<SlaFile>;
  /** False when `file` is such a pruned file: rules that judge the whole contract wait for a clean one. */
  complete: boolean;
  /** Names declared in the file as written, pruned or not, so a broken calendar is not also "unknown". */
  names: Names;
  report: (finding: Finding) => void;
};
export type Names = { calendars: readonly string[]; metrics: readonly string[]; policies: readonly string[] };
export type Rule = (ctx: RuleContext) => void;
