import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * TOPdesk incidents by their API/English field names (export-formats.md
 * 6.1); the UI export's headers are unverified, so map others with --map.
 * Dates like `2021-03-24T08:15:13.867+0000`. Statuses often Dutch.
 */
export const topdesk: Preset = {
  name: 'topdesk',
  columns: {
    id: ['number', 'incident number', 'incidentnummer'],
    created: ['calldate', 'call date', 'creationdate', 'creation date', 'aanmelddatum'],
    resolved: ['completeddate', 'completed date', 'gereed datum'],
    closed: ['closeddate', 'closed date', 'afgemeld datum'],
    updated: ['modificationdate', 'modification date'],
    priority: ['priority', 'prioriteit'],
    status: ['processingstatus', 'processing status', 'status', 'behandelstatus'],
    impact: ['impact'],
    urgency: ['urgency', 'urgentie'],
    service: ['object', 'service'],
    category: ['category', 'categorie'],
    type: ['calltype', 'call type', 'soort melding'],
    group: ['operatorgroup', 'operator group', 'operatorgroep'],
    assignee: ['operator', 'behandelaar'],
    customer: ['branch', 'vestiging', 'caller', 'aanmelder'],
    title: ['briefdescription', 'brief description', 'korte omschrijving'],
  },
  dateFormat: 'auto',
  typicalDateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZZZ (API)",
  resolvedStatuses: ['Completed', 'Closed', 'Gereed', 'Afgemeld', 'Gesloten'],
  nullValues: COMMON_NULLS,
  events: COMMON_EVENTS,
};
