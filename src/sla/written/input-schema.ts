import { z } from 'zod';

/**
 * The `input:` section of the SLA file (SPEC 4): how to read the exports.
 * The ticket import owns what these settings mean; the SLA schema embeds this
 * schema as is. Command-line flags override each setting.
 */
const values = z.union([z.string(), z.array(z.string())]);

/** When an event log has no ticket table: which rows mark a ticket's timestamps. */
const mark = z.union([
  z.enum(['first', 'last']).describe('the first or last row of the ticket, whatever its activity'),
  z.object({ first: values }).strict().describe('the first row whose activity is one of these'),
  z.object({ last: values }).strict().describe('the last row whose activity is one of these'),
]);

export const eventLogSchema = z
  .object({
    ticket: z.string().optional().describe("column whose value groups rows into tickets (default: the preset's, else the id column)"),
    at: z.string().optional().describe('column with the time of each row'),
    order: z.string().optional().describe('numeric column that orders rows of one ticket when times tie (e.g. sys_mod_count)'),
    status: z.string().optional().describe('column holding the status after each row'),
    priority: z.string().optional().describe('column holding the priority after each row'),
    activity: z.string().optional().describe('column the `times` marks look at (default: the status column)'),
    ticket_row: z.enum(['last', 'first']).optional().describe('which row of a ticket gives its other fields (default: last)'),
    times: z
      .record(z.string(), mark)
      .optional()
      .describe('timestamp field -> the row that marks it, e.g. first_response: { first: "Take in charge ticket" }'),
  })
  .strict();

export const eventsInputSchema = z
  .object({
    file: values.optional().describe('status-history file(s), relative to the folder of this SLA file; --events replaces them'),
    columns: z
      .record(z.string(), z.string())
      .optional()
      .describe('ticket, at, status, priority, reply, group, assignee, field, value, or a column a milestone names -> column header'),
    date_format: z
      .string()
      .optional()
      .describe('timestamps of the history: luxon format tokens, "iso" or "auto" (default); ISO 8601 is always read too'),
  })
  .strict();

export const inputSchema = z
  .object({
    preset: z
      .string()
      .optional()
      .describe(
        'helpdesk export preset: jira, zendesk, servicenow, freshdesk, topdesk, zammad, glpi, rt, generic; chosen from the header row when absent',
      ),
    timezone: z.string().optional().describe('IANA zone of naive timestamps in the exports; default: the SLA time zone'),
    columns: z.record(z.string(), z.string()).optional().describe('canonical field -> column header in the ticket export'),
    date_format: z.string().optional().describe('timestamps of the ticket export: luxon format tokens, "iso" or "auto" (default)'),
    encoding: z
      .string()
      .optional()
      .describe('auto (default: UTF-8 or UTF-16 by BOM, else Windows-1252 when not UTF-8), utf-8, utf-16le, utf-16be, windows-1252'),
    delimiter: z.string().optional().describe('field separator: , ; | or tab; detected when absent'),
    null_values: z
      .array(z.string())
      .optional()
      .describe('cell values that mean "no value" (default: ? NA N/A #N/A #N/B - null (none) Not set)'),
    events: eventsInputSchema.optional().describe('the status history (SPEC 5.3)'),
    event_log: eventLogSchema.optional().describe('the ticket export is an event log: one row per change, tickets derived from it'),
  })
  .strict();

export type InputSettings = z.infer<typeof inputSchema>;
export type EventLogSettings = z.infer<typeof eventLogSchema>;
export type EventLogMark = z.infer<typeof mark>;
