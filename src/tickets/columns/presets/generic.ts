import { COMMON_EVENTS, COMMON_NULLS, DANISH_WAITING, type Preset } from './preset.js';

/**
 * A spreadsheet or an export we have no preset for: SPEC 5.1's names, their
 * usual English spellings and a Danish sheet's (`Sagsnr.`, `Sags-ID`,
 * `Oprettet`, `Første svar`, `Løst`, `Lukket`, `Prioritet`).
 *
 * Priorities: the usual four-level words in English and Danish (Critical /
 * Kritisk, High / Høj, Medium / Normal / Mellem, Low / Lav), each onto the
 * P-level it names; P1-P4 themselves pass as written. Waiting: the Danish
 * "Afventer kunde / tredjepart / leverandør" and the English words most
 * helpdesks use. Done: the English and Danish words, cancellations included.
 */
export const generic: Preset = {
  name: 'generic',
  label: 'a spreadsheet (English or Danish headers)',
  columns: {
    id: ['id', 'ticket', 'ticket id', 'ticket_id', 'ticket number', 'number', 'key', 'sags-id', 'sagsnr.', 'sagsnr', 'sagsnummer'],
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
  priorities: {
    Critical: 'P1',
    Kritisk: 'P1',
    High: 'P2',
    Høj: 'P2',
    Medium: 'P3',
    Normal: 'P3',
    Mellem: 'P3',
    Low: 'P4',
    Lav: 'P4',
  },
  resolvedStatuses: ['Resolved', 'Closed', 'Done', 'Solved', 'Canceled', 'Cancelled', 'Løst', 'Lukket', 'Annulleret'],
  waitingStatuses: [...DANISH_WAITING, 'Waiting for customer', 'Waiting on customer', 'Pending', 'On hold'],
  nullValues: COMMON_NULLS,
  // Never chosen by its headers: it is what is left when no helpdesk's signature fits.
  signatures: [],
  events: COMMON_EVENTS,
};
