import { whenOf } from './match-key.js';
import type { ReportFile } from '../written/report-schema.js';
import type { ReportSettings } from '../types.js';

/** SPEC 10: twelve months of trend unless the file says otherwise. */
export const DEFAULT_TREND_MONTHS = 12;

/** The `report:` section as the review uses it: `major` in the comparison form of a policy's `when`. */
export function reportSettings(file: ReportFile | undefined): ReportSettings {
  const settings: ReportSettings = { trendMonths: file?.trend_months ?? DEFAULT_TREND_MONTHS };
  if (file === undefined) return settings;
  if (file.title !== undefined) settings.title = file.title;
  if (file.supplier !== undefined) settings.supplier = file.supplier;
  if (file.customer !== undefined) settings.customer = file.customer;
  if (file.language !== undefined) settings.language = file.language;
  if (file.due !== undefined) settings.due = { workingDay: file.due.working_day, calendar: file.due.calendar };
  if (file.major !== undefined) {
    const written = Object.fromEntries(
      Object.entries(file.major).map(([k, v]) => [k.trim(), (Array.isArray(v) ? v : [v]).map((x) => String(x).trim())]),
    );
    settings.major = { when: whenOf({ when: file.major }), written };
  }
  return settings;
}
