import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * ServiceNow list export (export-formats.md 5): field names as headers by
 * default (`number`, `opened_at`), labels when the instance or the URL says
 * so (`Number`, `Opened`; SN1-SN3): both spellings are known. Values are
 * display values (`1 - Critical`) in the exporting user's format and zone.
 * Missing values are `?` in the UCI event log. History: the incident event
 * log (one row per update: `number`, `sys_updated_at`, `incident_state`) or
 * sys_audit (`documentkey`, `fieldname`, `newvalue`, `sys_created_on`).
 *
 * Priorities: the incident priority's display values `1 - Critical` …
 * `5 - Planning` (SN7, and the UCI log). Five levels into four: Planning is
 * planned work below Low, so P4 with Low. The bare numbers are the raw
 * values an export with `sysparm_display_value=false` writes (SN3).
 *
 * Waiting: On Hold (the state model since Helsinki, SN7) and Awaiting User
 * Info (the older state, in the UCI log). The older Awaiting Problem, Vendor
 * and Evidence states wait on the supplier's own side and stay out; add them
 * with statuses.waiting if the contract pauses on them. Done: Resolved,
 * Closed, Canceled. A raw-value export writes the incident states as numbers:
 * 3 On Hold (waiting), 6 Resolved, 7 Closed, 8 Canceled (done).
 *
 * Raw-value exports (`glide.export.csv.raw.value`, or
 * `sysparm_display_value=false`: export-formats.md 5.1, SN2, SN3) are told
 * by their cells (raw-values.ts): states and priorities as codes, and
 * references (assignment_group, assigned_to, caller_id, company,
 * business_service) as 32-hex sys_ids. ServiceNow's "Field types affected by
 * export controls" (ServiceNowDocs,
 * markdown/platform-administration/table-administration-and-data-management/field-types-affected.md
 * at 53b6155803e3af1b63c39993a7d11fbc2c29043a) says it: a Date/Time raw
 * value in CSV is "UTC timezone date/time with system format", a reference
 * the sys_id, a choice its value. export-formats.md 5.1 says the same
 * ("the internal/raw value is yyyy-MM-dd HH:mm:ss in UTC", from SN5). So
 * such a file's times are read as UTC. The state codes are ServiceNow's
 * IncidentStateSNC script include: 1 New, 2 In Progress, 3 On Hold,
 * 6 Resolved, 7 Closed, 8 Canceled; priority 1-5, impact and urgency 1-3.
 */
export const servicenow: Preset = {
  name: 'servicenow',
  label: 'ServiceNow',
  columns: {
    id: ['number'],
    created: ['opened_at', 'opened', 'sys_created_on', 'created'],
    resolved: ['resolved_at', 'resolved'],
    closed: ['closed_at', 'closed'],
    updated: ['sys_updated_on', 'sys_updated_at', 'updated'],
    priority: ['priority'],
    status: ['state', 'incident_state', 'incident state'],
    impact: ['impact'],
    urgency: ['urgency'],
    service: ['business_service', 'service', 'cmdb_ci', 'configuration item'],
    category: ['category'],
    type: ['contact_type', 'channel'],
    group: ['assignment_group', 'assignment group'],
    assignee: ['assigned_to', 'assigned to'],
    customer: ['company', 'caller_id', 'caller'],
    title: ['short_description', 'short description'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'yyyy-MM-dd HH:mm:ss (UCI log: d/M/yyyy HH:mm)',
  priorities: {
    '1 - Critical': 'P1',
    '2 - High': 'P2',
    '3 - Moderate': 'P3',
    '4 - Low': 'P4',
    '5 - Planning': 'P4',
    '1': 'P1',
    '2': 'P2',
    '3': 'P3',
    '4': 'P4',
    '5': 'P4',
  },
  resolvedStatuses: ['Resolved', 'Closed', 'Canceled', 'Cancelled', '6', '7', '8'],
  waitingStatuses: ['On Hold', 'Awaiting User Info', '3'],
  nullValues: COMMON_NULLS,
  signatures: [
    ['number', 'opened_at'],
    ['number', 'opened'],
    ['number', 'incident_state'],
    ['number', 'short_description'],
    ['number', 'short description'],
  ],
  events: withCommonEvents({
    ticket: ['number', 'documentkey', 'document key'],
    at: ['sys_updated_at', 'sys_updated_on', 'sys_created_on'],
    status: ['incident_state', 'state'],
    field: ['fieldname'],
    value: ['newvalue', 'new value'],
  }),
  eventLog: { ticket: 'number', at: 'sys_updated_at', order: 'sys_mod_count', status: 'incident_state', priority: 'priority' },
  rawValues: {
    name: 'raw-value ServiceNow export',
    codes: {
      status: ['1', '2', '3', '6', '7', '8'],
      priority: ['1', '2', '3', '4', '5'],
      impact: ['1', '2', '3'],
      urgency: ['1', '2', '3'],
    },
    references: ['group', 'assignee', 'customer', 'service'],
    recordId: '[0-9a-f]{32}',
    zone: 'UTC',
    displayHint: 'export with display values (sysparm_display_value=true) for names and your own time zone',
  },
};
