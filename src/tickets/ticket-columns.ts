import type { Ticket } from './types.js';

/**
 * A Ticket's values in the order of the given fields: NaN for an absent
 * instant, undefined for an absent text. Generated once per field list, for
 * the reason record-builder.ts gives: `ticket.times[field]` in a loop over
 * varying names is a megamorphic load; a million tickets have ten million.
 * Field names go in as JSON string literals, so no name can inject code.
 */
export type TicketColumnsReader = (ticket: Ticket, times: Float64Array, texts: (string | undefined)[]) => void;

export function ticketColumnsReader(timeFields: readonly string[], textFields: readonly string[]): TicketColumnsReader {
  const lines = [
    'const t = ticket.times;',
    ...timeFields.map((field, k) => `times[${k}] = t[${JSON.stringify(field)}] ?? NaN;`),
    'const f = ticket.fields;',
    ...textFields.map((field, k) => `texts[${k}] = f[${JSON.stringify(field)}];`),
  ];
  return new Function('ticket', 'times', 'texts', lines.join('\n')) as TicketColumnsReader;
}
