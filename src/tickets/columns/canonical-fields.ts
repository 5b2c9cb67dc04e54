/**
 * The canonical fields of SPEC 5.1 and of a status-history row (SPEC 5.3).
 * Any other name used by a metric (start/stop) or a policy's `when` is a
 * custom column, read under its own name.
 */
export const TIME_FIELDS = ['created', 'first_response', 'resolved', 'closed', 'updated'] as const;
export const TEXT_FIELDS = [
  'priority',
  'status',
  'impact',
  'urgency',
  'service',
  'category',
  'type',
  'group',
  'assignee',
  'customer',
  'title',
] as const;
