import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * Jira / Jira Service Management issue navigator "CSV (all fields)"
 * (export-formats.md 2). Headers and month names follow the exporting user's
 * language: English and the observed Spanish labels, plus German, French and
 * Danish ones (unverified). Repeated headers (`Sprint`, `Comment`) are kept.
 * History: Jira's change log flattened to `issuekey, created, field, toString`.
 */
export const jira: Preset = {
  name: 'jira',
  columns: {
    id: ['issue key', 'clave de incidencia', 'schlüssel', 'clé', 'nøgle', 'key', 'issue id'],
    created: ['created', 'creada', 'erstellt', 'création', 'oprettet'],
    first_response: ['custom field ([chart] date of first response)', 'campo personalizado ([chart] date of first response)', 'date of first response'],
    resolved: ['resolved', 'resuelta', 'erledigt', 'résolue', 'løst'],
    updated: ['updated', 'actualizada', 'aktualisiert', 'mise à jour', 'opdateret'],
    priority: ['priority', 'prioridad', 'priorität', 'priorité', 'prioritet'],
    status: ['status', 'estado', 'statut'],
    impact: ['custom field (impact)', 'campo personalizado (impact)'],
    urgency: ['custom field (urgency)', 'campo personalizado (urgency)'],
    service: ['component/s', 'componente/s', 'komponente/n'],
    category: ['custom field (request type)', 'campo personalizado (request type)'],
    type: ['issue type', 'tipo de incidencia', 'vorgangstyp'],
    assignee: ['assignee', 'persona asignada', 'responsable', 'bearbeiter'],
    customer: ['custom field (organizations)', 'campo personalizado (organizations)', 'reporter', 'informador'],
    title: ['summary', 'resumen', 'zusammenfassung'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'dd/MMM/yy h:mm a',
  resolvedStatuses: ['Done', 'Resolved', 'Closed', 'Canceled', 'Cancelled', 'Listo', 'Cerrada', 'Resuelta', 'Fertig', 'Erledigt', 'Terminé', 'Færdig', 'Løst', 'Lukket'],
  nullValues: COMMON_NULLS,
  events: withCommonEvents({ ticket: ['issuekey', 'issue key'], at: ['created'], value: ['tostring', 'to'] }),
};
