import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/** Zammad ticket attributes (export-formats.md 6.2): ISO 8601 UTC with milliseconds. */
export const zammad: Preset = {
  name: 'zammad',
  columns: {
    id: ['number'],
    created: ['created_at', 'created at'],
    first_response: ['first_response_at', 'first response at'],
    resolved: ['close_at', 'close at', 'closed_at'],
    updated: ['updated_at', 'updated at'],
    priority: ['priority'],
    status: ['state'],
    type: ['type'],
    group: ['group'],
    assignee: ['owner', 'agent'],
    customer: ['organization', 'customer'],
    title: ['title'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'ISO 8601 (2025-02-24T16:28:38.303Z)',
  resolvedStatuses: ['closed', 'merged'],
  nullValues: COMMON_NULLS,
  events: COMMON_EVENTS,
};
