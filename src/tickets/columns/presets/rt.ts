import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * Request Tracker's search result "Spreadsheet" download (export-formats.md
 * 6.5; RT's `Search/Results.tsv`, R1): tab-separated, UTF-8, no quoting,
 * one header line of the search format's column titles (`#` or `id`,
 * `Subject`, `Status`, `Queue`/`QueueName`, `Owner`/`OwnerName`,
 * `Requestors`, `Priority`, `Created`, `Started`, `Told`, `Resolved`,
 * `LastUpdated`, `Due`). Dates in the user's format, by default
 * `Fri Oct 02 10:27:09 2026` (R2) in the user's zone; an unset date is the
 * text `Not set` (RT::Date), read as empty like the other null tokens.
 *
 * `Told` is when the requestor was last told (RT moves it on every reply):
 * the first response only where each ticket is answered once, so it is a
 * candidate, not mapped. `Started` is when work started, not a reply.
 *
 * Priorities: RT stores a number; RT's PriorityAsString default shows
 * Low (0), Medium (50) and High (100), each number as the label of the
 * highest threshold it reaches (RT::Extension::PriorityAsString): 0-49 Low,
 * 50-99 Medium, 100 and up High. RT has no critical level, so High is P2
 * (as Zammad's `3 high`), Medium P3, Low P4. Waiting: `stalled`. Done: the
 * default lifecycle's inactive statuses `resolved`, `rejected`, `deleted`.
 */
export const rt: Preset = {
  name: 'rt',
  label: 'Request Tracker',
  columns: {
    id: ['id', '#'],
    created: ['created'],
    resolved: ['resolved'],
    updated: ['lastupdated', 'last updated'],
    priority: ['priority'],
    status: ['status'],
    group: ['queue', 'queuename'],
    assignee: ['owner', 'ownername'],
    customer: ['requestors', 'requestor'],
    title: ['subject'],
  },
  candidates: {
    first_response: {
      columns: ['told'],
      note: 'Told is the last reply to the requestor, the first only for tickets answered once; --map first_response=Told if that is how you work',
    },
  },
  dateFormat: 'auto',
  typicalDateFormat: 'EEE MMM dd HH:mm:ss yyyy (Fri Oct 02 10:27:09 2026)',
  priorities: { High: 'P2', Medium: 'P3', Low: 'P4' },
  priorityRanges: [
    { min: 100, priority: 'P2' },
    { min: 50, priority: 'P3' },
    { min: 0, priority: 'P4' },
  ],
  resolvedStatuses: ['resolved', 'rejected', 'deleted'],
  waitingStatuses: ['stalled'],
  nullValues: COMMON_NULLS,
  unquotedTabs: true,
  signatures: [['told'], ['lastupdated'], ['requestors', 'queue'], ['queuename', 'ownername']],
  events: COMMON_EVENTS,
};
