import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * Zendesk Admin Center CSV export (export-formats.md 3). Times are in the
 * account's time zone; `Solved at` is the last solve. There is no first-reply
 * timestamp (only minutes): map one with --map if you have it. History:
 * ticket audits, `field_name`/`value`.
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
  dateFormat: 'auto',
  typicalDateFormat: 'yyyy-MM-dd HH:mm:ss (unconfirmed; detected)',
  priorities: { Urgent: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
  resolvedStatuses: ['Solved', 'Closed'],
  waitingStatuses: ['Pending', 'On-hold', 'On hold', 'Hold'],
  nullValues: COMMON_NULLS,
  signatures: [['summation column'], ['id', 'created at', 'solved at'], ['requester', 'solved at']],
  events: withCommonEvents({ ticket: ['ticket_id', 'ticket id'], at: ['created_at', 'created at'], field: ['field_name'] }),
};
