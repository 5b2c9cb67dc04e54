import type { CalendarDef } from '../calendar/types.js';
import type { CalendarFile } from './schema.js';

/**
 * One `calendars:` entry as the calendar engine takes it: `24x7` shorthand
 * expanded, and the SLA's top-level zone as default (SPEC 4: the top-level
 * timezone is the default for calendars).
 */
export function calendarDef(entry: CalendarFile | '24x7', slaTimezone: string): CalendarDef {
  if (entry === '24x7') return { timezone: slaTimezone, hours: '24x7' };
  const def: CalendarDef = { timezone: entry.timezone ?? slaTimezone, hours: entry.hours };
  if (entry.holidays !== undefined) def.holidays = entry.holidays;
  if (entry.overrides !== undefined) def.overrides = entry.overrides;
  return def;
}
