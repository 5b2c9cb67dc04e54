import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * Freshdesk ticket export, and Freshservice's Title Case variant
 * (export-formats.md 4: `Ticket ID`/`Ticket Id`, `Created time`/`Created
 * Time`): headers compare case-insensitively, so one preset reads both.
 * `Initial response time` is the first-response timestamp (F1); the
 * "(in hrs)" columns are business-hours durations, not timestamps.
 *
 * Priorities: Freshdesk's and Freshservice's four fixed values Urgent, High,
 * Medium, Low map one to one onto P1-P4. Waiting: Pending and Freshdesk's
 * default "Waiting on Customer" and "Waiting on Third Party", the statuses
 * Freshdesk's SLA timer is usually switched off for (F6). Done: Resolved,
 * Closed.
 */
export const freshdesk: Preset = {
  name: 'freshdesk',
  label: 'Freshdesk / Freshservice',
  columns: {
    id: ['ticket id'],
    created: ['created time'],
    first_response: ['initial response time'],
    resolved: ['resolved time'],
    closed: ['closed time'],
    updated: ['last update time', 'last updated time'],
    priority: ['priority'],
    status: ['status'],
    impact: ['impact'],
    urgency: ['urgency'],
    service: ['product', 'item'],
    category: ['category'],
    type: ['type'],
    group: ['group'],
    assignee: ['agent'],
    customer: ['company name', 'company', 'full name', 'requester name'],
    title: ['subject'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'yyyy-MM-dd HH:mm:ss (unconfirmed; detected)',
  priorities: { Urgent: 'P1', High: 'P2', Medium: 'P3', Low: 'P4' },
  resolvedStatuses: ['Resolved', 'Closed'],
  waitingStatuses: ['Pending', 'Waiting on Customer', 'Waiting on Third Party'],
  nullValues: COMMON_NULLS,
  signatures: [
    ['ticket id', 'created time'],
    ['ticket id', 'initial response time'],
  ],
  events: COMMON_EVENTS,
};
