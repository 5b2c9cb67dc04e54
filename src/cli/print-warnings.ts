import { formatProblem, type Problem } from '../problem.js';
import { visibleLines } from '../report/escape-controls.js';
import type { Io } from './io.js';

/** At most this many problems of one code are printed one by one; the rest are counted. */
const SHOWN = 3;

/**
 * Evaluation warnings on stderr, grouped by code (house style 4: many similar
 * problems under one count). Every one of them is in the JSON output.
 * Values from the exports in them (ids, priorities) show control characters
 * as `\x1b`: a warning must not drive the terminal.
 */
export function printWarnings(io: Io, warnings: readonly Problem[]): void {
  const byCode = new Map<string, Problem[]>();
  for (const w of warnings) {
    const group = byCode.get(w.code);
    if (group === undefined) byCode.set(w.code, [w]);
    else group.push(w);
  }
  for (const group of byCode.values()) {
    for (const w of group.slice(0, SHOWN)) io.stderr.write(`slacheck: ${visibleLines(formatProblem(w))}\n`);
    const more = group.length - SHOWN;
    if (more > 0) io.stderr.write(`slacheck: … and ${more} more like these (${group[0]!.code}); --format json lists them all\n`);
  }
}
