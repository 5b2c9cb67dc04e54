import { matchKey } from '../../../sla/normalize/match-key.js';
import type { Priorities } from '../../../sla/types.js';
import type { Preset, PriorityRange } from './preset.js';

/**
 * The priority map in force for one run: the preset's default
 * labels, then the SLA file's `priorities.map` on top (it extends them, and
 * wins where both name a label), then the preset's numeric ranges for a
 * number no label names. The matrix is the SLA file's alone.
 */
export function prioritiesInForce(preset: Preset, sla: Priorities): Priorities {
  const map = new Map<string, string>();
  for (const [label, priority] of Object.entries(preset.priorities)) map.set(matchKey(label), priority);
  for (const [label, priority] of sla.map) map.set(label, priority);
  return {
    map,
    ...(sla.matrix === undefined ? {} : { matrix: sla.matrix }),
    ...(preset.priorityRanges === undefined ? {} : { ranges: preset.priorityRanges }),
  };
}

/** A whole number (`75`, ` 100`) through the ranges, highest `min` first; undefined for anything else. */
export function priorityInRange(ranges: readonly PriorityRange[] | undefined, value: string): string | undefined {
  if (ranges === undefined || !/^\s*\d{1,9}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return ranges.find((r) => n >= r.min)?.priority;
}

/** One line of the map in force, for `validate` and `inspect`: where it comes from. */
export type PriorityEntry = { from: string; to: string; source: 'preset' | 'sla' };

/**
 * The map in force as written: the preset's labels (and its ranges as
 * `0-49`, `100+`) that the SLA file does not override, then the SLA file's.
 */
export function priorityEntries(preset: Preset | undefined, slaMap: Readonly<Record<string, string>>): PriorityEntry[] {
  const overridden = new Set(Object.keys(slaMap).map(matchKey));
  const own = preset === undefined ? [] : [...Object.entries(preset.priorities), ...rangeLabels(preset.priorityRanges ?? [])];
  return [
    ...own.filter(([from]) => !overridden.has(matchKey(from))).map(([from, to]): PriorityEntry => ({ from, to, source: 'preset' })),
    ...Object.entries(slaMap).map(([from, to]): PriorityEntry => ({ from, to: to.trim(), source: 'sla' })),
  ];
}

/** Ranges listed highest first -> `100+`, `50-99`, `0-49`. */
function rangeLabels(ranges: readonly PriorityRange[]): [string, string][] {
  return ranges.map((r, i) => {
    const above = ranges[i - 1];
    return [above === undefined ? `${r.min}+` : `${r.min}-${above.min - 1}`, r.priority];
  });
}

/** The export labels the map in force names (the preset's as written, the SLA file's), for the did-you-mean of a priority it does not know. */
export function priorityLabels(preset: Preset | undefined, sla: Priorities): string[] {
  const own = preset === undefined ? [] : Object.keys(preset.priorities);
  const known = new Set(own.map(matchKey));
  return [...own, ...[...sla.map.keys()].filter((label) => !known.has(label))];
}
