import { COMMON_EVENTS, COMMON_NULLS, type Preset } from './preset.js';

/** A spreadsheet or an export we have no preset for: SPEC 5.1's names and their usual spellings. */
export const generic: Preset = {
  name: 'generic',
  columns: {
    id: ['id', 'ticket', 'ticket id', 'ticket_id', 'ticket number', 'number', 'key', 'sags-id', 'sagsnummer'],
    created: ['created', 'created at', 'created_at', 'opened', 'opened at', 'opened_at', 'oprettet'],
    first_response: ['first_response', 'first response', 'first response at', 'first_response_at', 'first reply', 'første svar'],
    resolved: ['resolved', 'resolved at', 'resolved_at', 'solved at', 'løst'],
    closed: ['closed', 'closed at', 'closed_at', 'lukket'],
    updated: ['updated', 'updated at', 'updated_at', 'last updated', 'opdateret'],
    priority: ['priority', 'prioritet'],
    status: ['status', 'state'],
    impact: ['impact'],
    urgency: ['urgency'],
    service: ['service'],
    category: ['category', 'kategori'],
    type: ['type'],
    group: ['group', 'team', 'gruppe'],
    assignee: ['assignee', 'agent', 'owner', 'ansvarlig'],
    customer: ['customer', 'requester', 'organization', 'kunde'],
    title: ['title', 'subject', 'summary', 'emne'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'auto',
  resolvedStatuses: ['Resolved', 'Closed', 'Done', 'Solved', 'Løst', 'Lukket'],
  nullValues: COMMON_NULLS,
  events: COMMON_EVENTS,
};
