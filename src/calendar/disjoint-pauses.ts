import type { Pause } from './types.js';

/**
 * Pauses as given (unsorted, overlapping, empty, crossing the span's edges)
 * -> disjoint, sorted pieces, once per call. Where pauses overlap, the piece
 * keeps the label of the pause that began first; touching pieces with the
 * same label are joined.
 */
export function disjointPauses(pauses: readonly Pause[] | undefined): Pause[] {
  if (pauses === undefined || pauses.length === 0) return [];
  const sorted = pauses.filter((p) => p.to > p.from).sort((a, b) => a.from - b.from);
  const out: Pause[] = [];
  let coveredUntil = -Infinity;
  for (const p of sorted) {
    const from = Math.max(p.from, coveredUntil);
    if (p.to <= from) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.to === from && last.label === p.label) last.to = p.to;
    else out.push(p.label === undefined ? { from, to: p.to } : { from, to: p.to, label: p.label });
    coveredUntil = p.to;
  }
  return out;
}
