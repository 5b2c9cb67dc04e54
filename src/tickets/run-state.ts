import type { Priorities } from '../sla/types.js';
import { priorityInRange } from './columns/presets/priority-map.js';
import { htmlCellText } from './read/html-text.js';
import type { Settings } from './import-settings.js';
import { zoneClock, type ZoneClock } from './timestamps/file-times.js';

/**
 * State one import run shares across its files: the zone clock's offset
 * cache and the priority normalisation cache. Text cells are interned per
 * column by cellReader (a million tickets repeat a few hundred statuses,
 * groups and priorities: one string each).
 */
export type RunState = {
  settings: Settings;
  clock: ZoneClock;
  /** Cell text -> cleaned value (trimmed, null tokens -> undefined; HTML text decoded where the preset says so). */
  clean(raw: string | undefined): string | undefined;
  /** clean() may change a cell beyond trimming (Preset.htmlCells): no fast path may skip it. */
  rewritesText: boolean;
  /** Export priority -> canonical priority through the map in force (keys trimmed, lower-cased), then its ranges; unmapped values stay. */
  priority(value: string): string;
  /** Impact x urgency -> priority through priorities.matrix, when the priority is empty. */
  matrix(impact: string | undefined, urgency: string | undefined): string | undefined;
};

/** Interning stops growing past this many distinct values: ids and titles are not worth keeping twice. */
const INTERN_LIMIT = 100_000;

export function runState(settings: Settings, priorities: Priorities): RunState {
  const priorityCache = new Map<string, string>();
  const { nulls, nullLength } = settings;
  const htmlCells = settings.preset.htmlCells === true;
  return {
    settings,
    clock: zoneClock(settings.zone),
    rewritesText: htmlCells,
    clean(raw) {
      if (raw === undefined || raw === '') return undefined;
      const value = raw.trim();
      if (value === '' || (value.length <= nullLength && nulls.has(value))) return undefined;
      return htmlCells ? htmlCellText(value) : value;
    },
    priority(value) {
      let mapped = priorityCache.get(value);
      if (mapped === undefined) {
        mapped = priorities.map.get(value.toLowerCase()) ?? priorityInRange(priorities.ranges, value) ?? value;
        if (priorityCache.size < INTERN_LIMIT) priorityCache.set(value, mapped);
      }
      return mapped;
    },
    matrix(impact, urgency) {
      if (priorities.matrix === undefined || impact === undefined || urgency === undefined) return undefined;
      return priorities.matrix.get(impact.toLowerCase())?.get(urgency.toLowerCase());
    },
  };
}

/**
 * A text column's cells -> cleaned values (trimmed, null tokens -> undefined,
 * priorities normalised when `normalise` is given), interned: one lookup per
 * cell for the cleaning, the mapping and the interning together.
 */
export function cellReader(run: RunState, normalise?: (value: string) => string): (raw: string | undefined) => string | undefined {
  const known = new Map<string, string | null>();
  return (raw) => {
    if (raw === undefined || raw === '') return undefined;
    const hit = known.get(raw);
    if (hit !== undefined) return hit === null ? undefined : hit;
    const clean = run.clean(raw);
    const value = clean === undefined ? undefined : normalise === undefined ? clean : normalise(clean);
    if (known.size < INTERN_LIMIT) known.set(raw, value ?? null);
    return value;
  };
}
