import { z } from 'zod';
import { inputSchema } from './input-schema.js';
import { DURATION_FORMS, DURATION_PATTERN } from '../values/duration.js';
import { PERCENT_PATTERN } from '../values/percent.js';
import { reportSchema } from './report-schema.js';
import { scalar } from './scalars.js';

/**
 * The SLA file AS WRITTEN (format version 1, SPEC 4): the one source of the
 * TypeScript type `SlaFile` and of the JSON Schema (`slacheck schema`). Objects
 * are strict, so a misspelt key is an error with a "did you mean". What a schema
 * cannot say (names that refer to each other, calendar ranges, unreachable
 * policies) is checked by the rules (../rules/); calendar definitions by the calendar engine.
 */

/** The schema's `$id`: where the repository keeps it. An identifier, not something an editor can fetch offline. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/slacheck/slacheck/main/schema/sla.schema.json';

/**
 * The file `slacheck init` writes beside a starter SLA file and names in its
 * `$schema` line, relative to it, so that an editor checks the file offline
 * (`slacheck schema --output sla.schema.json` writes it again).
 */
export const SCHEMA_FILE = 'sla.schema.json';

// Patterns shown to editors only: the calendar engine is the one parser of weekday keys and ranges.
const RANGE_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$';
const DAY = '(mon|tue|wed|thu|fri|sat|sun)';
const WEEKDAY_KEY_PATTERN = `^(${DAY}(-${DAY})?|weekdays|weekend)$`;
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const timezone = scalar('sla.unknown-timezone', { description: 'IANA time zone, e.g. Europe/Copenhagen' });
const duration = scalar('sla.bad-duration', { pattern: DURATION_PATTERN, description: `target: ${DURATION_FORMS}` });
const date = scalar('sla.bad-date', { pattern: DATE_PATTERN, description: 'a date YYYY-MM-DD' });
const goal = scalar('sla.bad-goal', { pattern: PERCENT_PATTERN, description: 'attainment goal as a percentage, e.g. 95% or 99.5%' });
const text = (description: string) => z.string().describe(description);
const texts = (description: string) => z.array(z.string()).describe(description);

const ranges = z
  .array(z.string().meta({ pattern: RANGE_PATTERN }))
  .describe('local wall-clock ranges "HH:MM-HH:MM", half-open; 24:00 is a valid end; an end before the start runs overnight');

const weeklyHours = z
  .record(z.string().meta({ pattern: WEEKDAY_KEY_PATTERN }), ranges)
  .describe('weekday -> ranges; keys: mon..sun, ranges such as mon-fri, weekdays, weekend; a day given twice is an error');

const always = z.literal('24x7').describe('always open');

export const holidaysSchema = z
  .object({
    country: text('ISO 3166 country code for public holidays, e.g. DK').optional(),
    region: text('region or state within the country, e.g. BY').optional(),
    types: texts('holiday types to close (date-holidays): public, bank, school, optional, observance; default: public').optional(),
    include: texts('names of other holidays to close as well, e.g. Juleaftensdag').optional(),
    exclude: texts('names of holidays to keep open').optional(),
    dates: z
      .array(z.string().meta({ pattern: DATE_PATTERN }))
      .describe('explicit closed dates YYYY-MM-DD')
      .optional(),
    ics: texts(
      'ICS files (iCalendar, as Outlook and Google Calendar export them) whose events close the calendar: a whole-day event its dates, a timed event its interval; paths relative to the SLA file',
    ).optional(),
  })
  .strict()
  .describe('dates on which the calendar is closed');

export const calendarSchema = z
  .object({
    timezone: timezone.optional().describe('time zone of this calendar; default: the top-level timezone'),
    hours: z
      .union([always, weeklyHours], { error: 'expected 24x7 or a mapping of weekdays to ranges' })
      .describe('service window: 24x7 or weekly ranges'),
    holidays: holidaysSchema.optional(),
    overrides: z
      .record(z.string().meta({ pattern: DATE_PATTERN }), ranges)
      .describe('a date YYYY-MM-DD mapped to its own ranges ([] closes it); beats holidays')
      .optional(),
  })
  .strict();

const whenValue = z.union([z.string(), z.number(), z.boolean()], { error: 'expected a value' });

// SPEC 8.1: a history column -> values, e.g. { group: [Vagt] }; one column per milestone (rules/metric-rules.ts checks that).
const milestone = z
  .record(z.string(), z.union([whenValue, z.array(whenValue)], { error: 'expected a value or a list of values' }))
  .describe(
    'milestone: a status-history column (status, priority, group, assignee or another column of the history) -> values; the first history row whose column holds one of them',
  );

const clockItem = z.union([z.string(), milestone], {
  error: 'expected a field name, reply, or a milestone such as { status: ["I gang"] }',
});

export const metricSchema = z
  .object({
    start: clockItem.describe(
      'what starts the clock: a ticket field such as created, or a milestone such as { status: ["I gang"] } (its first row in the status history)',
    ),
    stop: z
      .union([z.string(), milestone, z.array(clockItem)], { error: 'expected a field name, a milestone, or a list of them' })
      .describe(
        'what stops the clock (a list: the earliest present one): a ticket field such as resolved, reply (an agent reply in the status history), or a milestone such as { group: [Vagt] }',
      ),
    updates: z
      .union([z.string(), milestone, z.array(clockItem)], { error: 'expected reply, a milestone, or a list of them' })
      .describe(
        'makes the metric an update-cadence clock: what counts as an update (reply and/or milestones); its target is the longest allowed business time between updates',
      )
      .optional(),
    pause_when_status: texts(
      "statuses during which the clock is paused; waiting means statuses.waiting, else the preset's waiting statuses",
    ).optional(),
  })
  .strict();

export const policySchema = z
  .object({
    name: text('name of the policy, shown in reports and used by goals'),
    when: z
      .record(z.string(), z.union([whenValue, z.array(whenValue)], { error: 'expected a value or a list of values' }))
      .nullable()
      .describe('ticket field -> value or list of values; every key must match (trimmed, case-insensitive); empty matches every ticket')
      .optional(),
    valid_from: date
      .optional()
      .describe('SPEC 9: the policy applies only to tickets created on or after this date (YYYY-MM-DD, SLA time zone)'),
    valid_until: date
      .optional()
      .describe('SPEC 9: the policy applies only to tickets created on or before this date (YYYY-MM-DD, inclusive, SLA time zone)'),
    calendar: text('name of the calendar under calendars:'),
    targets: z.record(z.string(), duration).describe('metric -> target duration'),
  })
  .strict();

export const goalsSchema = z
  .record(
    z.string(),
    z.union([goal, z.record(z.string(), goal).describe('policy name (or "default" for the others) -> goal')], {
      error: 'expected a goal such as 95% or a mapping of policies to goals',
    }),
  )
  .describe('metric -> attainment goal for every policy, or per policy ("default" for policies not named)');

export const prioritiesSchema = z
  .object({
    map: z.record(z.string(), z.string()).describe('export value -> canonical priority (compared trimmed, case-insensitive)').optional(),
    matrix: z
      .record(z.string(), z.record(z.string(), z.string()))
      .describe('impact -> urgency -> priority, used when a ticket has no priority')
      .optional(),
  })
  .strict();

export const slaFileSchema = z
  .object({
    sla: scalar<1>('sla.unsupported-version', { type: 'integer', const: 1, description: 'format version: 1' }),
    name: text('name of the agreement, shown in reports'),
    timezone: timezone.describe('default time zone for calendars and for timestamps without an offset'),
    calendars: z
      .record(z.string(), z.union([always, calendarSchema], { error: 'expected 24x7 or a calendar mapping with hours' }))
      .describe('named calendars'),
    metrics: z.record(z.string(), metricSchema).describe('the clocks: when they start, stop and pause'),
    policies: z.array(policySchema).min(1).describe('ordered list of policies; the first whose when: matches a ticket gives its targets'),
    goals: goalsSchema.optional(),
    statuses: z
      .object({
        resolved: texts('statuses that mean the work is done').optional(),
        waiting: texts(
          "statuses that mean the ticket waits on the customer or a third party: what pause_when_status: [waiting] means (default: the preset's)",
        ).optional(),
      })
      .strict()
      .describe('ticket statuses with a meaning')
      .optional(),
    priorities: prioritiesSchema.describe('optional: normalise export values to canonical priorities').optional(),
    input: inputSchema.describe('optional: how to read the ticket exports; command-line flags override').optional(),
    report: reportSchema.optional(),
  })
  .strict()
  .meta({ $id: SCHEMA_URL, title: 'slacheck SLA definition, format version 1' });

export type SlaFile = z.infer<typeof slaFileSchema>;
export type CalendarFile = z.infer<typeof calendarSchema>;
export type PolicyFile = z.infer<typeof policySchema>;

/** The JSON Schema of the file, for editors and other tools (`slacheck schema`). */
export function slaJsonSchema(): Record<string, unknown> {
  // z.custom scalars carry their JSON Schema in .meta(), hence 'any' for the unrepresentable check itself.
  return z.toJSONSchema(slaFileSchema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}
