import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * Zendesk Admin Center CSV export (export-formats.md 3). Times are in the
 * account's time zone; `Solved at` is the last solve. There is no first-reply
 * timestamp (only minutes): map one with --map if you have it. History:
 * ticket audits, `field_name`/`value`.
 */
export const zendesk: Preset = {
  name: 'zendesk',
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
  resolvedStatuses: ['Solved', 'Closed'],
  nullValues: COMMON_NULLS,
  events: withCommonEvents({ ticket: ['ticket_id', 'ticket id'], at: ['created_at', 'created at'], field: ['field_name'] }),
};
