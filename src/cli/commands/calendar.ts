import { Option, type Command } from 'commander';
import { parseDuration } from '../../sla/values/duration.js';
import { formatTimeline } from '../../report/format-timeline.js';
import { timelineAdding, timelineBetween } from '../../sla/calendar-timeline.js';
import { beyondTenYears } from '../../sla/rules/target-rules.js';
import type { Duration, Sla, SlaCalendar } from '../../sla/types.js';
import { didYouMean } from '../../did-you-mean.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { INSTANT_FORMS, parseInstant } from '../parse-instant.js';
import { readSla } from '../read-sla.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

type Options = { sla: string; calendar?: string; from: string; to?: string; add?: string; format: 'table' | 'json' };

/**
 * `slacheck calendar --sla FILE [--calendar NAME] --from T (--to T | --add DURATION)`:
 * business time and segments between two instants, or the due instant of a
 * duration, in one calendar of the SLA (default: the first). T without an
 * offset is local to the SLA's time zone.
 */
export const calendarCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('calendar')
    .description('business time between two instants, or the due instant of a duration, in one calendar of an SLA')
    .addHelpText(
      'after',
      examples([
        [
          'slacheck calendar --sla sla.yaml --from 2026-04-01T15:00 --to 2026-04-07T09:00',
          'business time between two instants, with the closed days in between',
        ],
        ['slacheck calendar --sla sla.yaml --calendar office --from 2026-12-23T15:00 --add 4h', 'when 4 business hours from then are up'],
      ]),
    )
    .requiredOption('--sla <file>', 'the SLA file (required)')
    .option('--calendar <name>', 'calendar to use (default: the first in the file)')
    .requiredOption('--from <time>', `start (required), ISO 8601 (${INSTANT_FORMS}); no offset: the SLA's time zone`)
    .option('--to <time>', 'end, ISO 8601: print the business time and segments in between')
    .option('--add <duration>', 'a duration (45m, 4h, 1h30m, 3bd): print the due instant')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((options: Options) => {
      if ((options.to === undefined) === (options.add === undefined))
        throw new UsageError(
          'give either --to or --add',
          'e.g. --from 2026-04-01T15:00 --to 2026-04-07T09:00, or --from 2026-04-01T15:00 --add 4h',
        );
      const sla = readSla(io, options.sla);
      const cal = pickCalendar(sla, options.calendar);
      const from = instant('--from', options.from, sla.timezone);
      const timeline =
        options.add === undefined
          ? timelineBetween(cal, from, laterInstant(from, options.to!, sla.timezone))
          : timelineAdding(cal, from, reachable(cal, duration(options.add), options.add));
      io.stdout.write(options.format === 'json' ? `${JSON.stringify(timeline, null, 2)}\n` : formatTimeline(timeline));
    });
};

function pickCalendar(sla: Sla, name: string | undefined): SlaCalendar {
  const names = [...sla.calendars.keys()];
  const cal = sla.calendars.get(name ?? names[0]!);
  if (cal === undefined)
    throw new UsageError(
      `--calendar: unknown calendar "${name}"${prefix(didYouMean(name!, names))}`,
      `calendars in the SLA file: ${names.join(', ')}`,
    );
  return cal;
}

function instant(flag: string, text: string, zone: string): number {
  const parsed = parseInstant(text, zone);
  if (!parsed.ok) throw new UsageError(`${flag}: ${parsed.message}`);
  return parsed.at;
}

function laterInstant(from: number, text: string, zone: string): number {
  const to = instant('--to', text, zone);
  if (to < from) throw new UsageError(`--to: ${text} is before --from`, 'give the earlier time as --from');
  return to;
}

function duration(text: string) {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new UsageError(`--add: ${parsed.message}`, parsed.hint);
  return parsed.value;
}

/** Listing the segments of a span past ten years runs out of memory (--add 87600h on a calendar open a minute a week: 1,700 years). */
function reachable(cal: SlaCalendar, d: Duration, text: string): Duration {
  if (beyondTenYears(cal.def, d))
    throw new UsageError(
      `--add: ${text} takes the calendar "${cal.name}" more than ten years to reach`,
      "check the duration and the calendar's hours",
    );
  return d;
}

function prefix(text: string): string {
  return text === '' ? '' : `; ${text}`;
}
