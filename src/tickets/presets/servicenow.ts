import { COMMON_NULLS, withCommonEvents, type Preset } from './preset.js';

/**
 * ServiceNow list export (export-formats.md 5): field names as headers by
 * default, labels when the instance says so; display values (`1 - Critical`)
 * in the exporting user's format and zone. Missing values are `?` in the UCI
 * event log. History: the incident event log (one row per update:
 * `number`, `sys_updated_at`, `incident_state`) or sys_audit
 * (`documentkey`, `fieldname`, `newvalue`, `sys_created_on`).
 */
export const servicenow: Preset = {
  name: 'servicenow',
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
    service: ['business_service', 'service', 'cmdb_ci'],
    category: ['category'],
    type: ['contact_type', 'channel'],
    group: ['assignment_group', 'assignment group'],
    assignee: ['assigned_to', 'assigned to'],
    customer: ['company', 'caller_id', 'caller'],
    title: ['short_description', 'short description'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'yyyy-MM-dd HH:mm:ss (UCI log: d/M/yyyy HH:mm)',
  resolvedStatuses: ['Resolved', 'Closed', 'Canceled', 'Cancelled'],
  nullValues: COMMON_NULLS,
  events: withCommonEvents({
    ticket: ['number', 'documentkey', 'document key'],
    at: ['sys_updated_at', 'sys_updated_on', 'sys_created_on'],
    status: ['incident_state', 'state'],
    field: ['fieldname'],
    value: ['newvalue', 'new value'],
  }),
  eventLog: { ticket: 'number', at: 'sys_updated_at', order: 'sys_mod_count', status: 'incident_state', priority: 'priority' },
};
