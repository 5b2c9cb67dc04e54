import { z } from 'zod';

/**
 * The `report:` section of the SLA file (SPEC 10): what `slacheck review`
 * puts on its cover, in which language, the deadline, which tickets are
 * major incidents, and how many months the trend shows. Optional as a whole
 * and key by key; normalised in report-settings.ts, checked against the
 * calendars in report-rules.ts.
 */

export const REPORT_LANGUAGES = ['da', 'en'] as const;

const majorValue = z.union([z.string(), z.number(), z.boolean()], { error: 'expected a value' });

export const reportSchema = z
  .object({
    title: z
      .string()
      .describe('title of the monthly review (default: Månedsrapport / Monthly service review); the quarterly edition has its own')
      .optional(),
    supplier: z.string().describe('the supplier, named on the cover').optional(),
    customer: z.string().describe('the customer, named on the cover').optional(),
    language: z
      .enum(REPORT_LANGUAGES)
      .describe('da or en: headings, labels and number format (--language overrides; default en)')
      .optional(),
    due: z
      .object({
        working_day: z.number().int().min(1).max(23).describe('the Nth working day of the month after the period'),
        calendar: z.string().describe('the calendar whose working days count, a name under calendars:'),
      })
      .strict()
      .describe('the report deadline: the Nth working day of the next month in a calendar')
      .optional(),
    major: z
      .record(z.string(), z.union([majorValue, z.array(majorValue)], { error: 'expected a value or a list of values' }))
      .describe("which tickets are major incidents: ticket field -> value or list of values, as a policy's when")
      .optional(),
    trend_months: z.number().int().min(1).max(36).describe('months the trend shows, ending with the period (default 12)').optional(),
  })
  .strict()
  .describe('optional: the monthly service review written by slacheck review');

export type ReportFile = z.infer<typeof reportSchema>;
