import type { Volume } from '../evaluate/volume.js';
import { sortedKeys } from './backlog.js';
import type { VolumeCounts, VolumeSectionDoc } from './types.js';

/**
 * SPEC 10.1 section 7: the period's volume (as `report` counts it), then by
 * the ticket's priority and by its service; each breakdown adds up to the
 * total, because every counted ticket is active in the period.
 */
export function toVolumeSection(
  total: Volume,
  byPriority: ReadonlyMap<string, Volume>,
  byService: ReadonlyMap<string, Volume>,
): VolumeSectionDoc {
  return {
    total: counts(total),
    by_priority: sortedKeys(byPriority.keys()).map((k) => ({ priority: k === '' ? null : k, ...counts(byPriority.get(k)!) })),
    by_service: sortedKeys(byService.keys()).map((k) => ({ service: k === '' ? null : k, ...counts(byService.get(k)!) })),
  };
}

export function counts(v: Volume): VolumeCounts {
  return { created: v.created, resolved: v.resolved, backlog: v.backlog, reopened: v.reopened, without_sla: v.withoutSla };
}
