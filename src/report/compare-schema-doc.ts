/**
 * The keys of `compare` and `suggest` JSON that are their own (schema-doc.ts
 * adds schema_version, as_of, period and warnings around them), described for
 * the README's key tables.
 */
type Key = [path: string, type: string, meaning: string];

/** The `--by` keys the key tables name; any other ticket field or column of the export is a key too. */
export const EXAMPLE_GROUP_KEYS = ['policy', 'priority', 'service', 'customer', 'group', 'month'];

export const COMPARE_KEYS: Key[] = [
  ['group_by', 'array of strings', 'the `--by` keys (default `priority`)'],
  ['slas[]', 'array', 'the SLA files, in the order given; the first is the baseline'],
  ['slas[].sla', 'string', 'the file as named on the command line'],
  ['slas[].name', 'string', "the agreement's `name`"],
  ['slas[].verdicts_changed', 'number', "ticket x metric verdicts that differ from the first file's (0 for the first)"],
  ['kpis[]', 'array', 'one row per group, metric and SLA file (the files of a group and metric one after the other)'],
  [
    `kpis[].${EXAMPLE_GROUP_KEYS.join(', ')}`,
    'string or null',
    'the `--by` keys, in the order given: these, or any other ticket field or export column named; null: the ticket has no value',
  ],
  ['kpis[].metric', 'string', 'metric name'],
  ['kpis[].sla', 'string', 'the SLA file the figures are under'],
  [
    'kpis[].target',
    'string or null',
    "the target as written (`4h`, `3bd`); several, comma-separated, when the row's records come from policies with different targets; null without records",
  ],
  [
    'kpis[].target_minutes',
    'number or null',
    'the target in business minutes; null for `bd` targets (a budget per ticket) and for several targets',
  ],
  ['kpis[].count', 'number', 'records: met + breached + overdue + open (0: the file has no record in this group and metric)'],
  ['kpis[].met', 'number', 'stopped within target'],
  ['kpis[].breached', 'number', 'stopped over target'],
  ['kpis[].overdue', 'number', 'running and already over target'],
  ['kpis[].open', 'number', 'running, not over target'],
  ['kpis[].attainment_percent', 'number or null', 'met / (met + breached + overdue) x 100, 2 decimals; null with no denominator'],
  ['kpis[].goal_percent', 'number or null', "the file's goal for this metric (the policy's own when the row holds one policy)"],
  ['kpis[].goal_met', 'boolean or null', 'attainment >= goal; null without goal or attainment'],
  [
    'kpis[].difference_points',
    'number or null',
    "attainment minus the first file's, in percentage points (2 decimals); null for the first file or without both attainments",
  ],
  [
    'flips[]',
    'array or null',
    'with `--flips`: one row per ticket, metric and SLA file, for each ticket and metric whose verdict differs between the files (sorted by ticket); null without `--flips`',
  ],
  ['flips[].ticket', 'string', 'ticket id'],
  ['flips[].metric', 'string', 'metric name'],
  ['flips[].priority', 'string or null', 'normalised priority (the latest, after a change in the history)'],
  ['flips[].sla', 'string', 'the SLA file of this verdict'],
  ['flips[].policy', 'string or null', 'the policy that matched under this file; null: no record'],
  ['flips[].target', 'string or null', "that policy's target for the metric, as written"],
  ['flips[].elapsed_minutes', 'number or null', "business minutes counted in that policy's calendar"],
  ['flips[].status', 'string or null', 'the verdict: `met`, `breached`, `open`, `overdue`, or null when the file gives no record'],
];

export const SUGGEST_KEYS: Key[] = [
  ['suggestions[]', 'array', 'one per policy and metric it targets, in file order'],
  ['suggestions[].policy', 'string', 'policy name'],
  ['suggestions[].metric', 'string', 'metric name'],
  ['suggestions[].goal_percent', 'number or null', "the goal to reach: `--goal`, else the file's goal for this policy and metric"],
  ['suggestions[].current_target', 'string', 'the current target as written (`4h`, `3bd`)'],
  [
    'suggestions[].current_target_minutes',
    'number or null',
    'the current target in business minutes; null for `bd` targets, whose budget differs per ticket',
  ],
  ['suggestions[].current_attainment_percent', 'number or null', 'attainment under the current target, as `report` gives it'],
  [
    'suggestions[].suggested_target_minutes',
    'number or null',
    'the smallest measured business time at which attainment reaches the goal; null when none does (see `note`)',
  ],
  [
    'suggestions[].rounded_target_minutes',
    'number or null',
    'the suggestion rounded up to 15m, 30m, 1h, 2h, 4h, 8h, then whole multiples of 8h',
  ],
  ['suggestions[].rounded_attainment_percent', 'number or null', 'attainment with the rounded target'],
  ['suggestions[].p50_minutes', 'number or null', 'nearest-rank median business time of completed records (met and breached)'],
  ['suggestions[].p80_minutes', 'number or null', 'nearest-rank 80th percentile, completed records'],
  ['suggestions[].p90_minutes', 'number or null', 'nearest-rank 90th percentile, completed records'],
  [
    'suggestions[].note',
    'string or null',
    'why the suggestion is null (no records, no goal, no completed record), or that a `bd` target is suggested in business hours',
  ],
];
