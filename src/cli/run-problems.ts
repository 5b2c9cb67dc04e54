import type { Problem } from '../problem.js';
import type { ImportResult } from '../tickets/types.js';
import type { Io } from './io.js';
import { printWarnings } from './print-warnings.js';

/** After the output: what the import skipped or noticed, then the evaluation's warnings, on stderr. */
export function printRunProblems(io: Io, imported: ImportResult, warnings: readonly Problem[]): void {
  printWarnings(io, [...imported.problems, ...warnings]);
}
