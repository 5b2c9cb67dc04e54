import { checkCalendarDef } from '../../calendar/index.js';
import { isValidZone } from '../../calendar/wall-clock.js';
import { calendarDef } from '../normalize/calendar-def.js';
import type { Rule } from './rule.js';
import { explainScalar } from '../written/scalars.js';

/** Calendar definitions are checked by the calendar engine itself (one parser of weekday keys and ranges); we place its findings. */
export const calendarDefinitions: Rule = ({ file, complete, report }) => {
  if (file.calendars === undefined || file.timezone === undefined || !isValidZone(file.timezone)) return;
  for (const [name, entry] of Object.entries(file.calendars)) {
    const def = calendarDef(entry, file.timezone);
    if (!isValidZone(def.timezone)) continue; // already reported by the schema
    for (const issue of checkCalendarDef(def)) {
      // usableSections prunes broken weekday keys, which the schema reported, and can leave `hours: {}` behind.
      if (!complete && isPrunedHours(def, issue.path)) continue;
      const [section] = issue.path;
      const code =
        section === 'hours'
          ? 'sla.bad-hours'
          : section === 'overrides'
            ? 'sla.bad-override'
            : section === 'holidays'
              ? 'sla.bad-holidays'
              : 'sla.bad-calendar';
      // A weekday key or an override date is the key itself; everything else is a value.
      const part = issue.path.length === 2 && (section === 'hours' || section === 'overrides') ? 'key' : 'value';
      report({ code, path: ['calendars', name, ...issue.path], part, message: issue.message, hint: issue.hint });
    }
  }
};

function isPrunedHours(def: { hours: unknown }, path: readonly (string | number)[]): boolean {
  return (
    path.length === 1 && path[0] === 'hours' && typeof def.hours === 'object' && def.hours !== null && Object.keys(def.hours).length === 0
  );
}

export const inputTimezone: Rule = ({ file, report }) => {
  const zone = file.input?.timezone;
  if (zone === undefined || isValidZone(zone)) return;
  const why = explainScalar('sla.unknown-timezone', zone);
  report({ code: 'sla.unknown-timezone', path: ['input', 'timezone'], message: why.message, hint: why.hint });
};
