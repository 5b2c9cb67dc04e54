import { matchKey } from './match-key.js';
import type { Metric, Sla } from '../types.js';

/**
 * `pause_when_status: [waiting]`: the word `waiting` stands for the
 * waiting statuses in force (the SLA file's `statuses.waiting`, else the
 * preset's), and for a status literally named "waiting" as well, so that such
 * a status is still paused on. To pause on a literal "Waiting" status alone,
 * set `statuses.waiting: [Waiting]`. Other entries are statuses as written.
 */
export const WAITING = 'waiting';

export function isWaitingWord(status: string): boolean {
  return matchKey(status) === WAITING;
}

/** The metric's pause statuses with `waiting` expanded (order kept, duplicates dropped). */
export function expandWaiting(statuses: readonly string[], waiting: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    if (!seen.has(matchKey(s))) {
      seen.add(matchKey(s));
      out.push(s);
    }
  };
  for (const status of statuses) {
    if (!isWaitingWord(status)) add(status);
    else for (const w of [...waiting, status]) add(w);
  }
  return out;
}

/** The SLA with every metric's `waiting` expanded: done once per run, after the import has settled the preset. */
export function withWaitingStatuses(sla: Sla, waiting: readonly string[]): Sla {
  if (![...sla.metrics.values()].some((m) => m.pauseWhenStatus.some(isWaitingWord))) return sla;
  const metrics = new Map<string, Metric>(
    [...sla.metrics].map(([name, m]) => [name, { ...m, pauseWhenStatus: expandWaiting(m.pauseWhenStatus, waiting) }]),
  );
  return { ...sla, metrics };
}
