import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * Zendesk Admin Center CSV export (export-formats.md 3). Times are in the
 * account's time zone; `Solved at` is the last solve. There is no first-reply
 * timestamp: `First reply time in minutes` is the calendar time from creation
 * to the first public agent comment (export-formats.md 3.1, from Zendesk's
 * help article [Z1][Z2]), so first_response is derived as `Created at` plus
 * those minutes; a column mapped with --map wins. `Full resolution time in
 * minutes` is creation to the last solve, which is `Solved at`: it stands in
 * only for an export without `Solved at`. The "within business hours"
 * variants count Zendesk's own schedule and pin no instant. History: ticket
 * audits, `field_name`/`value`.
 *
 * Priorities: Zendesk's four fixed values Urgent, High, Normal, Low map one
 * to one onto P1-P4. Waiting: Pending (waiting for the requester) and On-hold
 * (waiting for a third party) are the two statuses Zendesk's own SLA
 * "agent work time" pauses in (ticket metric events, Z7); the API and the
 * audits write On-hold as `hold`. Done: Solved, Closed.
 */
export const zendesk: Preset = {
  name: 'zendesk',
  label: 'Zendesk',
  columns: {
    id: ['id', 'ticket id'],
    created: ['created at', 'created_at'],
    first_response: ['first reply at', 'first_reply_at'],
    resolved: ['solved at', 'solved_at'],
    updated: ['updated at', 'updated_at'],
    priority: ['priority'],
    status: ['status'],
    type: ['ticket type', 'type'],
    group: ['group'],
    assignee: ['assignee'],
    customer: ['organization', 'requester'],
    title: ['subject'],
    category: ['ticket category [list]', 'category [list]'],
  },
  derived: {
    first_response: {
      from: 'created',
      minutes: ['first reply time in minutes'],
      source: 'calendar minutes since creation, as Zendesk counts them',
    },
    resolved: {
      from: 'created',
      minutes: ['full resolution time in minutes'],
      source: 'calendar minutes from creation to the last solve, as Zendesk counts them',
    },
  },
  dateFormat: 'auto',
  typicalDateFormat: 'yyyy-MM-dd HH:mm:ss (unconfirmed; detected)',
  priorities: { Urgent: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
  resolvedStatuses: ['Solved', 'Closed'],
  waitingStatuses: ['Pending', 'On-hold', 'On hold', 'Hold'],
  nullValues: COMMON_NULLS,
  signatures: [['summation column'], ['id', 'created at', 'solved at'], ['requester', 'solved at']],
  events: withCommonEvents({ ticket: ['ticket_id', 'ticket id'], at: ['created_at', 'created at'], field: ['field_name'] }),
};
