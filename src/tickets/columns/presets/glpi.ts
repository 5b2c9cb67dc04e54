import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * GLPI search-list CSV (export-formats.md 6.3): `;`, UTF-8 (BOM in some
 * versions), CRLF, localised headers (the ticket's own fields by name,
 * linked ones as "group - field": `Attribué à - Technicien`, `Assigned to -
 * Technician group`), French (G3) and English; dates `DD-MM-YYYY HH:MM` or
 * `YYYY-MM-DD HH:MM` as the user's preference says (G5).
 *
 * Priorities: GLPI's six levels (G4: Très haute, Haute, Majeure, Moyenne,
 * Basse, Très basse; in English Very high, High, Major, Medium, Low, Very
 * low) into four. Major sits above Very
 * high (only the priority matrix or a manual choice reaches it) and both are
 * P1; High P2; Medium P3; Low and Very low P4. Waiting: Pending (En attente),
 * the status GLPI's SLA clock stops in. Done: Solved (Résolu), Closed (Clos).
 */
export const glpi: Preset = {
  name: 'glpi',
  label: 'GLPI',
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
  typicalDateFormat: 'dd-MM-yyyy HH:mm or yyyy-MM-dd HH:mm (user preference)',
  priorities: {
    Major: 'P1',
    'Very high': 'P1',
    High: 'P2',
    Medium: 'P3',
    Low: 'P4',
    'Very low': 'P4',
    Majeure: 'P1',
    'Très haute': 'P1',
    Haute: 'P2',
    Moyenne: 'P3',
    Basse: 'P4',
    'Très basse': 'P4',
  },
  resolvedStatuses: ['Résolu', 'Clos', 'Solved', 'Closed'],
  waitingStatuses: ['Pending', 'En attente'],
  nullValues: COMMON_NULLS,
  htmlCells: true,
  signatures: [
    ["date d'ouverture"],
    ['id', 'opening date'],
    ['attribué à - technicien'],
    ['assigned to - technician'],
    ['demandeur - demandeur'],
    ['requester - requester'],
  ],
  events: COMMON_EVENTS,
};
