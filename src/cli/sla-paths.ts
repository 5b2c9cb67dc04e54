import { dirname, isAbsolute, join } from 'node:path';
import type { Sla } from '../sla/types.js';

/**
 * Paths written in the SLA file (input.events.file, the ICS files under
 * calendars.*.holidays.ics; outages and notes as they come) are relative to
 * the SLA file's folder, as every configuration format people know reads its
 * paths (tsconfig, docker-compose): a cron job that `cd`s elsewhere reads the
 * same files. Paths on the command line stay relative to the current
 * directory. `-` (standard input) and absolute paths are taken as they are.
 * Every path the SLA file names goes through this one function.
 */
export function resolveSlaPath(slaFile: string, path: string): string {
  if (path === '-' || isAbsolute(path)) return path;
  return join(dirname(slaFile), path);
}

/**
 * The SLA with the history paths it names resolved against its file's
 * folder (resolveSlaPath). The ICS files are resolved where they are read,
 * before parsing (read-sla.ts), since parseSla needs their texts.
 */
export function withSlaPaths(sla: Sla, slaFile: string): Sla {
  const file = sla.input.events?.file;
  if (file === undefined) return sla;
  const resolved = typeof file === 'string' ? resolveSlaPath(slaFile, file) : file.map((f) => resolveSlaPath(slaFile, f));
  return { ...sla, input: { ...sla.input, events: { ...sla.input.events, file: resolved } } };
}
