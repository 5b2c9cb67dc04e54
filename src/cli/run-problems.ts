import type { Problem } from '../problem.js';
import { formatProblemSummary } from '../report/problem-summary.js';
import type { ImportResult } from '../tickets/types.js';
import type { Io } from './io.js';
import { printWarnings } from './print-warnings.js';

/**
 * After the output, on stderr: what the import skipped or noticed (grouped
 * per file and reason), then the evaluation's warnings (grouped per code).
 */
export function printRunProblems(io: Io, imported: ImportResult, warnings: readonly Problem[]): void {
  for (const line of formatProblemSummary(imported.problems)) io.stderr.write(`slacheck: ${line}\n`);
  printWarnings(io, warnings);
}
