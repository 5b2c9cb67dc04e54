import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * Jira / Jira Service Management issue navigator "CSV (all fields)"
 * (export-formats.md 2). Headers, month names, priority and status names
 * follow the exporting user's language. Where each localized text comes
 * from (only texts seen in real exports or Jira's own labels; the
 * rest is marked):
 * - English: the headers of export-formats.md 2.2 [J6, J13-J16].
 * - Spanish: `Clave de incidencia`, `Creada`, `Estado`, `Persona asignada`,
 *   `Resumen`, `Resuelta`, `Campo personalizado (…)` [J5, J8].
 * - German: a Jira Cloud "all fields" header kept in public code as a sample
 *   of a real export: `Zusammenfassung`, `Vorgangsschlüssel`, `Vorgangstyp`,
 *   `Status`, `Priorität`, `Zugewiesene Person`, `Autor` (reporter),
 *   `Erstellt`, `Aktualisiert`, `Erledigt` (resolved), custom fields as
 *   `Benutzerdefinierte Felder (…)`; an older one has `Bearbeiter` (assignee).
 *   The priority names (`Höchste`, `Hoch`, `Mittel`, `Niedrig`,
 *   `Niedrigste`) come from public code that mirrors Jira's German labels,
 *   not from an export.
 * - French: the column list of a French Jira Cloud export in public code:
 *   `Clé de ticket`, `Résumé`, `Type de ticket`, `État` (status),
 *   `Priorité`, `Personne assignée`, `Rapporteur`, `Création`, `Mise à jour`.
 *   Not verified: the resolved column (`Résolue` is read, unconfirmed), the
 *   custom-field prefix, and the priority names (none is mapped: map them
 *   under priorities.map; the "no SLA" warning names the nearest known one).
 * - Danish: the priority names `Højeste`, `Høj`, `Medium`, `Lav`, `Laveste`
 *   and the status `Annulleret` (done) as a Danish Jira Cloud export writes
 *   them. The Danish headers below (`Nøgle`, `Oprettet`, `Løst`,
 *   `Opdateret`, `Prioritet`) are not verified against an export.
 * Repeated headers (`Sprint`, `Comment`, `Labels`) are kept. History: Jira's
 * change log flattened to `issuekey, created, field, toString`.
 *
 * Priorities: Jira Cloud's default scheme is Highest, High, Medium, Low,
 * Lowest (five levels into four: Highest is "production down", Lowest joins
 * Low as the least urgent). Jira Server's older default scheme is Blocker,
 * Critical, Major, Minor, Trivial (Apache's Jira exports `Minor`, J15):
 * Blocker and Critical stop work (P1), Major is a major loss of function
 * (P2), Minor a minor one (P3), Trivial cosmetic (P4).
 *
 * Waiting: JSM's service-desk workflow has "Waiting for customer" and
 * "Pending"; "Done", "Resolved", "Closed" and JSM's "Canceled"
 * end a request.
 *
 * JSM's SLA fields (`Custom field (Time to first response)`, `(Time to
 * resolution)`) are Jira's own verdicts, read beside slacheck's
 * (vendor-verdict.ts), never as timestamps.
 */
const custom = (name: string): string[] => [
  `custom field (${name})`,
  `campo personalizado (${name})`,
  `benutzerdefinierte felder (${name})`,
];

export const jira: Preset = {
  name: 'jira',
  label: 'Jira / Jira Service Management',
  columns: {
    id: ['issue key', 'clave de incidencia', 'vorgangsschlüssel', 'clé de ticket', 'schlüssel', 'clé', 'nøgle', 'key', 'issue id'],
    created: ['created', 'creada', 'erstellt', 'création', 'oprettet'],
    first_response: [...custom('[chart] date of first response'), 'date of first response'],
    resolved: ['resolved', 'resuelta', 'erledigt', 'résolue', 'løst'],
    updated: ['updated', 'actualizada', 'aktualisiert', 'mise à jour', 'opdateret'],
    priority: ['priority', 'prioridad', 'priorität', 'priorité', 'prioritet'],
    status: ['status', 'estado', 'état', 'statut'],
    impact: custom('impact'),
    urgency: custom('urgency'),
    service: ['component/s', 'componente/s', 'komponente/n'],
    category: custom('request type'),
    type: ['issue type', 'tipo de incidencia', 'vorgangstyp', 'type de ticket'],
    assignee: ['assignee', 'persona asignada', 'zugewiesene person', 'bearbeiter', 'personne assignée', 'responsable'],
    customer: [...custom('organizations'), 'reporter', 'informador', 'autor', 'rapporteur'],
    title: ['summary', 'resumen', 'zusammenfassung', 'résumé'],
  },
  verdicts: {
    first_response: custom('time to first response'),
    resolved: custom('time to resolution'),
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
    Højeste: 'P1',
    Høj: 'P2',
    Lav: 'P4',
    Laveste: 'P4',
    Höchste: 'P1',
    Hoch: 'P2',
    Mittel: 'P3',
    Niedrig: 'P4',
    Niedrigste: 'P4',
  },
  resolvedStatuses: [
    'Done',
    'Resolved',
    'Closed',
    'Canceled',
    'Cancelled',
    'Listo',
    'Cerrada',
    'Resuelta',
    'Fertig',
    'Erledigt',
    'Terminé',
    'Færdig',
    'Løst',
    'Lukket',
    'Annulleret',
  ],
  waitingStatuses: ['Waiting for customer', 'Pending'],
  nullValues: COMMON_NULLS,
  signatures: [
    ['issue key'],
    ['clave de incidencia'],
    ['vorgangsschlüssel'],
    ['clé de ticket'],
    ['schlüssel', 'erstellt'],
    ['clé', 'création'],
    ['nøgle', 'oprettet'],
    ['issue id', 'issue type'],
    ['custom field ([chart] date of first response)'],
  ],
  events: withCommonEvents({ ticket: ['issuekey', 'issue key'], at: ['created'], value: ['tostring', 'to'] }),
};
