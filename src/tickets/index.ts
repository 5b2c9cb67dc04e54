/** The ticket import's public API. */
export { importTickets } from './import-tickets.js';
export { isErrorUnderStrict, hasStrictErrors, isRejection, strictProblems, REJECTION_LABELS } from './problems.js';
export { presets, presetNames, type Preset } from './columns/presets/index.js';
export type {
  Ticket,
  TicketList,
  TicketEvent,
  EventLog,
  ImportResult,
  ImportRequest,
  ImportOptions,
  ImportCounts,
  Source,
  SourceRef,
} from './types.js';
