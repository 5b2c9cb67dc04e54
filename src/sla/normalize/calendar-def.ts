import type { IcsFile } from '../../calendar/index.js';
import type { CalendarDef } from '../../calendar/types.js';
import type { CalendarFile } from '../written/schema.js';

/**
 * One `calendars:` entry as the calendar engine takes it: `24x7` shorthand
 * expanded, and the SLA's top-level zone as default (SPEC 4: the top-level
 * timezone is the default for calendars). `holidays.ics` names files; the
 * engine takes them read (`ics`, by the path as written): a path not in
 * `ics` is left out (the rules check calendars without their ICS files).
 */
export function calendarDef(entry: CalendarFile | '24x7', slaTimezone: string, ics: ReadonlyMap<string, IcsFile> = new Map()): CalendarDef {
  if (entry === '24x7') return { timezone: slaTimezone, hours: '24x7' };
  const def: CalendarDef = { timezone: entry.timezone ?? slaTimezone, hours: entry.hours };
  if (entry.holidays !== undefined) {
    const { ics: paths, ...holidays } = entry.holidays;
    const files = (paths ?? []).flatMap((path) => ics.get(path) ?? []);
    def.holidays = files.length === 0 ? holidays : { ...holidays, ics: files };
  }
  if (entry.overrides !== undefined) def.overrides = entry.overrides;
  return def;
}
