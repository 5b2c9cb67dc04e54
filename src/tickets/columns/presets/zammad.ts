import { COMMON_NULLS, COMMON_EVENTS, type Preset } from './preset.js';

/**
 * Zammad (export-formats.md 6.2): ticket attributes by their API names
 * (`number`, `created_at`, `close_at`; ISO 8601 UTC with milliseconds), and
 * the Reporting → Download sheet, whose header titles come from Zammad's
 * `ExcelSheet::Ticket` (`#`, `Title`, `State`, `Priority`, `Group`, `Owner`,
 * `Customer`, `Organization`, …, `Created At`, `Updated At`, `Closed At`,
 * `Close Escalation At`, …, `First Response At`; ZM5) with times written
 * `yyyy-mm-dd hh:mm:ss` in the report's time zone. Zammad has no separate
 * resolved time: `close_at` / `Closed At` is the resolution.
 *
 * Priorities: Zammad's defaults `1 low`, `2 normal`, `3 high`.
 * Zammad has no "critical" level, so `3 high` is P2, not P1: a contract's
 * P1 needs a priority the site added (map it under priorities.map).
 * Waiting: `pending reminder` and `pending close`, the two default pending
 * states (Zammad's escalation stops in them). Done: closed, merged.
 */
export const zammad: Preset = {
  name: 'zammad',
  label: 'Zammad',
  columns: {
    id: ['number', '#'],
    created: ['created_at', 'created at'],
    first_response: ['first_response_at', 'first response at'],
    resolved: ['close_at', 'close at', 'closed_at', 'closed at'],
    updated: ['updated_at', 'updated at'],
    priority: ['priority'],
    status: ['state'],
    type: ['type'],
    group: ['group'],
    assignee: ['owner', 'agent'],
    customer: ['organization', 'customer'],
    title: ['title'],
  },
  dateFormat: 'auto',
  typicalDateFormat: 'ISO 8601 (2025-02-24T16:28:38.303Z); report sheet yyyy-MM-dd HH:mm:ss',
  priorities: { '1 low': 'P4', '2 normal': 'P3', '3 high': 'P2' },
  resolvedStatuses: ['closed', 'merged'],
  waitingStatuses: ['pending reminder', 'pending close'],
  nullValues: COMMON_NULLS,
  signatures: [
    ['number', 'created_at', 'close_at'],
    ['number', 'first_response_at'],
    ['#', 'created at', 'closed at'],
    ['#', 'close escalation at'],
  ],
  events: COMMON_EVENTS,
};
