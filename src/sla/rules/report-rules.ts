import { fieldSpelling, TEXT_FIELDS } from './field-rules.js';
import { defined, unknown } from './name-rules.js';
import type { Rule } from './rule.js';

/** The `report:` section: its deadline names a calendar that exists; its `major` keys are checked like a policy's `when`. */
export const reportReferences: Rule = ({ file, names: { calendars }, report }) => {
  const section = file.report;
  if (section === undefined) return;
  const calendar = section.due?.calendar;
  if (calendar !== undefined && !calendars.includes(calendar)) {
    report({
      code: 'sla.unknown-calendar',
      path: ['report', 'due', 'calendar'],
      message: unknown('calendar', calendar, calendars, 'value'),
      hint: defined('calendars', calendars),
    });
  }
  for (const field of Object.keys(section.major ?? {})) fieldSpelling(report, ['report', 'major', field], field, TEXT_FIELDS, 'key');
};
