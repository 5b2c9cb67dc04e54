import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * Freshdesk ticket export, and Freshservice's Title Case variant
 * (export-formats.md 4): headers compare case-insensitively, so one preset
 * reads both. `Initial response time` is the first-response timestamp.
 */
export const freshdesk: Preset = {
  name: 'freshdesk',
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
  resolvedStatuses: ['Resolved', 'Closed'],
  nullValues: COMMON_NULLS,
  events: COMMON_EVENTS,
};
