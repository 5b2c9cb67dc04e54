import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * TOPdesk incidents (export-formats.md 6.1) by their API/English field names
 * (`number`, `callDate`, `completedDate`; dates like
 * `2021-03-24T08:15:13.867+0000`, TD1) and by the Dutch titles of the
 * selection export in the UI (`Incidentnummer`, `Aanmelddatum`, `Datum
 * gereed`, `Datum afgemeld`, `Prioriteit`). "Gereed" is TOPdesk's
 * completed (resolved), "afgemeld" its closed.
 *
 * Priorities are site-defined; the common Dutch defaults Kritiek, Snel,
 * Normaal, Laag map one to one onto P1-P4, "Hoog" (high) is P2
 * like Snel, and the English equivalents are read alike (unverified).
 * Waiting: "Wachten op gebruiker" (the caller) and "Wachten op leverancier"
 * (the supplier), TOPdesk's usual on-hold statuses. Done: Gereed, Afgemeld,
 * Gesloten and the English Completed, Closed.
 */
export const topdesk: Preset = {
  name: 'topdesk',
  label: 'TOPdesk',
  columns: {
    id: ['number', 'incident number', 'incidentnummer'],
    created: ['calldate', 'call date', 'creationdate', 'creation date', 'aanmelddatum'],
    resolved: ['completeddate', 'completed date', 'datum gereed', 'gereed datum'],
    closed: ['closeddate', 'closed date', 'datum afgemeld', 'afgemeld datum'],
    updated: ['modificationdate', 'modification date', 'wijzigingsdatum'],
    priority: ['priority', 'prioriteit'],
    status: ['processingstatus', 'processing status', 'status', 'behandelstatus'],
    impact: ['impact'],
    urgency: ['urgency', 'urgentie'],
    service: ['object', 'service'],
    category: ['category', 'categorie'],
    type: ['calltype', 'call type', 'soort melding'],
    group: ['operatorgroup', 'operator group', 'operatorgroep', 'behandelaarsgroep'],
    assignee: ['operator', 'behandelaar'],
    customer: ['branch', 'vestiging', 'caller', 'aanmelder'],
    title: ['briefdescription', 'brief description', 'korte omschrijving'],
  },
  dateFormat: 'auto',
  typicalDateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZZZ (API); dd-MM-yyyy HH:mm (UI, unverified)",
  priorities: { Kritiek: 'P1', Snel: 'P2', Hoog: 'P2', Normaal: 'P3', Laag: 'P4', Critical: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
  resolvedStatuses: ['Gereed', 'Afgemeld', 'Gesloten', 'Completed', 'Closed'],
  waitingStatuses: ['Wachten op gebruiker', 'Wachten op leverancier', 'Waiting for user', 'Waiting for supplier'],
  nullValues: COMMON_NULLS,
  signatures: [['incidentnummer'], ['aanmelddatum'], ['number', 'calldate'], ['number', 'processingstatus']],
  events: COMMON_EVENTS,
};
