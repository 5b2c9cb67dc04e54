import { isoFormat } from './iso.js';
import { ParseStatus, type DateFormat } from './date-format.js';

/**
 * A format that also reads ISO 8601 (ISO is always accepted in a
 * status history, whatever its date format): the format first, then ISO for
 * a value the format cannot read. A value the format finds impossible
 * (`31-02-2026`) stays impossible unless ISO reads it.
 */
export function orIso(format: DateFormat): DateFormat {
  if (format === isoFormat) return format;
  return {
    text: `${format.text} or ISO 8601`,
    order: format.order,
    parse(value, out) {
      const status = format.parse(value, out);
      if (status === ParseStatus.ok) return status;
      const iso = isoFormat.parse(value, out);
      return iso === ParseStatus.ok ? iso : status;
    },
  };
}
