import { z } from 'zod';

/**
 * The `input:` section of the SLA file (SPEC 4): how to read the exports.
 * The ticket import owns what these settings mean; the SLA schema embeds this
 * schema as is. Command-line flags override each setting.
 */
export const inputSchema = z
  .object({
    preset: z.string().optional().describe('helpdesk export preset: jira, zendesk, servicenow, freshdesk, topdesk, zammad, glpi, generic'),
    timezone: z.string().optional().describe('IANA zone of naive timestamps in the exports; default: the SLA time zone'),
    columns: z.record(z.string(), z.string()).optional().describe('canonical field -> column header in the ticket export'),
    date_format: z.string().optional().describe('luxon format tokens, "iso" or "auto" (default)'),
  })
  .strict();

export type InputSettings = z.infer<typeof inputSchema>;
