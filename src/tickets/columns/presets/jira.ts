import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * Jira / Jira Service Management issue navigator "CSV (all fields)"
 * (export-formats.md 2). Headers and month names follow the exporting user's
 * language: English and the observed Spanish labels, plus German, French and
 * Danish ones (unverified). Repeated headers (`Sprint`, `Comment`) are kept.
 * History: Jira's change log flattened to `issuekey, created, field, toString`.
 *
 * Priorities: Jira Cloud's default scheme is Highest, High, Medium, Low,
 * Lowest (five levels into four: Highest is "production down", Lowest joins
 * Low as the least urgent). Jira Server's older default scheme is Blocker,
 * Critical, Major, Minor, Trivial (Apache's Jira exports `Minor`, J15):
 * Blocker and Critical stop work (P1), Major is a major loss of function
 * (P2), Minor a minor one (P3), Trivial cosmetic (P4).
 *
 * Waiting: JSM's service-desk workflow has "Waiting for customer" and
 * "Pending" (issue 9); "Done", "Resolved", "Closed" and JSM's "Canceled"
 * end a request.
 */
export const jira: Preset = {
  name: 'jira',
  label: 'Jira / Jira Service Management',
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
  priorities: {
    Highest: 'P1',
    High: 'P2',
    Medium: 'P3',
    Low: 'P4',
    Lowest: 'P4',
    Blocker: 'P1',
    Critical: 'P1',
    Major: 'P2',
    Minor: 'P3',
    Trivial: 'P4',
  },
  resolvedStatuses: ['Done', 'Resolved', 'Closed', 'Canceled', 'Cancelled', 'Listo', 'Cerrada', 'Resuelta', 'Fertig', 'Erledigt', 'Terminé', 'Færdig', 'Løst', 'Lukket'],
  waitingStatuses: ['Waiting for customer', 'Pending'],
  nullValues: COMMON_NULLS,
  signatures: [['issue key'], ['clave de incidencia'], ['schlüssel', 'erstellt'], ['clé', 'création'], ['nøgle', 'oprettet'], ['issue id', 'issue type'], ['custom field ([chart] date of first response)']],
  events: withCommonEvents({ ticket: ['issuekey', 'issue key'], at: ['created'], value: ['tostring', 'to'] }),
};
