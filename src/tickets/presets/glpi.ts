import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * GLPI search-list CSV (export-formats.md 6.3): `;`, UTF-8 (BOM in some
 * versions), CRLF, localised "group - field" headers (French, English),
 * dates `DD-MM-YYYY HH:MM` by default (the user's preference decides).
 */
export const glpi: Preset = {
  name: 'glpi',
  columns: {
    id: ['id'],
    created: ["date d'ouverture", 'opening date', 'date'],
    resolved: ['date de résolution', 'resolution date'],
    closed: ['date de clôture', 'closing date'],
    updated: ['dernière modification', 'last update'],
    priority: ['priorité', 'priority'],
    status: ['statut', 'status'],
    impact: ['impact'],
    urgency: ['urgence', 'urgency'],
    category: ['catégorie', 'category'],
    type: ['type'],
    group: ['attribué à - groupe de techniciens', 'assigned to - technician group'],
    assignee: ['attribué à - technicien', 'assigned to - technician'],
    customer: ['demandeur - demandeur', 'requester - requester', 'entité', 'entity'],
    title: ['titre', 'title'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'dd-MM-yyyy HH:mm',
  resolvedStatuses: ['Résolu', 'Clos', 'Solved', 'Closed'],
  nullValues: COMMON_NULLS,
  events: COMMON_EVENTS,
};
