import { autoCandidates } from './candidates.js';
import { ParseStatus, scratch } from './date-format.js';

/**
 * The likely fix when every row of a file failed on its dates:
 * the formats `auto` knows that read the first bad value, as a
 * `--date-format` to pass. Day-first and month-first both reading it are both
 * named: only the user knows which the export writes.
 */
const GENERIC =
  'the dates are not in the format they were read with: pass --date-format with the export\'s format (luxon tokens, e.g. --date-format "dd-MM-yyyy HH:mm") or set input.date_format in the SLA file';

/** A status history's dates have their own setting, input.events.date_format, and no flag (--date-format would change how the ticket file is read instead). */
const GENERIC_HISTORY =
  'the dates are not in the format they were read with: set input.events.date_format in the SLA file to the history\'s format (luxon tokens, e.g. "dd-MM-yyyy HH:mm")';

export function dateFormatFix(message: string, history = false): string {
  const generic = history ? GENERIC_HISTORY : GENERIC;
  const value = /"([^"]*)" (?:as a date|is not a real date|has a year)/.exec(message)?.[1];
  if (value === undefined) return generic;
  const out = scratch();
  const readers = autoCandidates().filter((f) => f.parse(value, out) === ParseStatus.ok);
  const first = readers[0];
  if (first === undefined) return generic;
  const setting = (text: string) =>
    history ? `input.events.date_format: "${text === 'ISO 8601' ? 'iso' : text}"` : `--date-format "${text === 'ISO 8601' ? 'iso' : text}"`;
  const tail = history ? 'in the SLA file' : 'or set input.date_format in the SLA file';
  const other =
    first.order === 'dmy' || first.order === 'mdy'
      ? readers.find((f) => f.order !== first.order && (f.order === 'dmy' || f.order === 'mdy'))
      : undefined;
  if (other !== undefined)
    return `"${value}" reads as ${first.text} (day first) or ${other.text} (month first): ${history ? 'set' : 'pass'} the one the export writes, ${setting(first.text)} or ${setting(other.text)}, ${tail}`;
  return `"${value}" reads as ${first.text}: ${history ? 'set' : 'pass'} ${setting(first.text)} ${tail}`;
}
