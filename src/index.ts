/**
 * slacheck's public library API. The calendar engine: instants are epoch
 * milliseconds, spans are half-open [from, to).
 */
export {
  compileCalendar,
  checkCalendarDef,
  CalendarError,
  businessTime,
  addBusinessTime,
  addBusinessDays,
  segments,
  nthWorkingDay,
  holidaysIn,
  closedDatesIn,
  closedTimesIn,
  readIcs,
} from './calendar/index.js';
export type {
  Calendar,
  CalendarDef,
  CalendarIssue,
  HolidaysDef,
  WeeklyHoursDef,
  Instant,
  Span,
  Pause,
  Segment,
  SegmentKind,
  ClosedBy,
  IcsFile,
} from './calendar/index.js';
export { ProblemError } from './problem.js';
// The SLA file: parse and validate (every problem located), durations, the JSON Schema.
export { parseSla, type SlaResult } from './sla/parse-sla.js';
export { icsPathsIn, type IcsText, type IcsTexts } from './sla/written/ics-files.js';
export { parseDuration } from './sla/values/duration.js';
export { slaJsonSchema, type SlaFile } from './sla/written/schema.js';
export { withWaitingStatuses } from './sla/normalize/waiting.js';
export type { Sla, Policy, Metric, ClockItem, Milestone, Validity, Goal, Duration, SlaCalendar, Priorities } from './sla/types.js';
// Ticket exports: canonical tickets and status history from CSV bytes (no file system).
export { importTickets, hasStrictErrors, isErrorUnderStrict, strictProblems, presets, presetNames } from './tickets/index.js';
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
  Preset,
} from './tickets/index.js';
export { formatProblemSummary } from './report/problem-summary.js';
