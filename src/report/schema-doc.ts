import { COMPARE_KEYS, EXAMPLE_GROUP_KEYS, SUGGEST_KEYS } from './compare-schema-doc.js';
import { SCHEMA_VERSION } from './documents.js';

/**
 * The JSON output documents described key by key, for the README's "Output
 * formats" section (generated from here; a test pins the README text and
 * checks that every key of a real document is described, and nothing else).
 */
type Key = [path: string, type: string, meaning: string];

const HEAD: Key[] = [
  ['schema_version', 'number', `${SCHEMA_VERSION}; raised when a key changes meaning or goes away`],
  ['as_of', 'string', "the as-of instant, ISO 8601 with the SLA zone's offset"],
];
const PERIOD: Key[] = [
  ['period', 'object or null', 'null without a period option'],
  ['period.label', 'string', '`2026-10`, `2026-Q4`, or `FROM..TO` as given'],
  ['period.from', 'string', 'start, ISO 8601 (inclusive)'],
  ['period.to', 'string', 'end, ISO 8601 (exclusive)'],
  [
    'period.complete',
    'boolean',
    'false when the as-of lies before the end: the figures hold data up to the as-of and the period is still running',
  ],
];
const WARNINGS: Key[] = [
  [
    'warnings[]',
    'array',
    "every problem of the run: the SLA file's warnings, skipped rows, notices, tickets without SLA, evaluation warnings",
  ],
  ['warnings[].code', 'string', 'stable code, e.g. `tickets.bad-timestamp`, `evaluate.no-policy`'],
  ['warnings[].file', 'string or null', 'file as named on the command line'],
  ['warnings[].line', 'number or null', '1-based line in the file'],
  ['warnings[].column', 'number or null', '1-based column'],
  ['warnings[].row', 'number or null', '1-based data row (CSV records after the header)'],
  ['warnings[].message', 'string', 'what is wrong'],
];

export const RECORD_KEYS: Key[] = [
  ['ticket', 'string', 'ticket id'],
  ['metric', 'string', 'metric name, e.g. `response`'],
  ['policy', 'string', 'name of the matched policy'],
  ['priority', 'string or null', 'normalised priority; after a priority change, the latest'],
  ['calendar', 'string', 'calendar name'],
  ['start', 'string', 'ISO 8601 with offset'],
  ['stop', 'string or null', 'ISO 8601 with offset; null while running'],
  ['due', 'string', 'ISO 8601 with offset'],
  ['target_minutes', 'number', 'target in business minutes (for `bd` targets: business minutes from start to the Nth service day)'],
  ['elapsed_minutes', 'number', 'business minutes counted to the stop, or to the instant a running record is judged at'],
  ['paused_minutes', 'number', 'business minutes that fell in pauses'],
  ['wall_minutes', 'number', 'plain clock minutes over the same span'],
  ['over_minutes', 'number', 'business minutes over the target (elapsed - target), 0 when not over'],
  ['status', 'string', '`met`, `breached`, `open` or `overdue`'],
  ['priority_changed', 'boolean', "the history changed the priority; the record uses the latest priority's policy"],
  [
    'updates',
    'number or null',
    'update-cadence records (SPEC 8.2): updates counted between start and stop; elapsed is then the longest interval between updates; null on other records',
  ],
  [
    'late_updates',
    'number or null',
    'update-cadence records: intervals longer than the target, the last or running one included; null on other records',
  ],
  [
    'vendor_verdict',
    'string or null',
    "the helpdesk's own verdict for this metric, from its export (Jira Service Management's `Time to first response` / `Time to resolution`): `breached` (negative remaining time) or `within`; null when the export has none",
  ],
  [
    'verdict_differs',
    'boolean or null',
    'true when slacheck says late (breached, overdue) and the helpdesk not, or the other way round; null without a helpdesk verdict',
  ],
  [
    'customer',
    'string or null',
    "the ticket's customer, as mapped from the export; null when it has none (every record carries these four keys, so that a workbook's columns stay put)",
  ],
  ['group', 'string or null', "the ticket's group"],
  ['service', 'string or null', "the ticket's service"],
  ['title', 'string or null', "the ticket's title"],
];

const KPI_KEYS: Key[] = [
  [
    EXAMPLE_GROUP_KEYS.join(', '),
    'string or null',
    'the `--by` keys, in the order given: these, or any other ticket field or export column named (`category`, `Custom field (Team)`); null: the ticket has no value',
  ],
  ['metric', 'string', 'metric name'],
  ['count', 'number', 'records: met + breached + overdue + open'],
  ['met', 'number', 'stopped within target'],
  ['breached', 'number', 'stopped over target'],
  ['overdue', 'number', 'running and already over target'],
  ['open', 'number', 'running, not over target'],
  ['attainment_percent', 'number or null', 'met / (met + breached + overdue) x 100, 2 decimals; null with no denominator'],
  ['goal_percent', 'number or null', "the goal for this metric (the policy's own when the row holds one policy)"],
  ['goal_met', 'boolean or null', 'attainment >= goal; null without goal or attainment'],
  ['median_minutes', 'number or null', 'nearest-rank median of business minutes, completed records (met and breached)'],
  ['p90_minutes', 'number or null', 'nearest-rank 90th percentile, completed records'],
  ['mean_minutes', 'number or null', 'mean, completed records'],
  ['max_minutes', 'number or null', 'maximum, completed records'],
];

const VOLUME_KEYS: Key[] = [
  ['volume.created', 'number', 'tickets created in the period'],
  ['volume.resolved', 'number', 'tickets whose last resolution falls in the period'],
  ['volume.backlog', 'number', 'tickets open at the end of the period (or at the as-of instant, if earlier)'],
  ['volume.reopened', 'number', 'tickets reopened at least once in the period'],
  ['volume.without_sla', 'number', 'tickets active in the period that match no policy'],
];

const SEGMENT_KEYS: Key[] = [
  ['timeline[].metric', 'string', 'the record the segment belongs to'],
  ['timeline[].from', 'string', 'segment start, ISO 8601'],
  ['timeline[].to', 'string', 'segment end, ISO 8601 (exclusive)'],
  ['timeline[].kind', 'string', '`counted`, `outside-hours`, `holiday` or `paused`'],
  ['timeline[].label', 'string or null', "the holiday's name, or the status that paused the clock"],
  ['timeline[].minutes', 'number', 'length of the segment in minutes'],
];

const prefix = (p: string, keys: Key[]): Key[] => keys.map(([k, t, m]) => [`${p}${k}`, t, m]);

export const DOCUMENT_KEYS: Readonly<Record<'check' | 'report' | 'explain' | 'compare' | 'suggest', Key[]>> = {
  check: [
    ...HEAD,
    ...PERIOD,
    ['records[]', 'array', 'the listed records, sorted by due, then ticket'],
    ...prefix('records[].', RECORD_KEYS),
    ...WARNINGS,
  ],
  report: [
    ...HEAD,
    ...PERIOD,
    ['group_by', 'array of strings', 'the `--by` keys'],
    ['kpis[]', 'array', 'one row per group and metric'],
    ...prefix('kpis[].', KPI_KEYS),
    ['volume', 'object', 'ticket counts for the period'],
    ...VOLUME_KEYS,
    ...WARNINGS,
  ],
  explain: [
    ...HEAD,
    ['ticket', 'string', 'ticket id'],
    ['source', 'object', 'where the ticket row is'],
    ['source.file', 'string', 'ticket file'],
    ['source.line', 'number', 'line of the ticket row'],
    ['policy', 'string or null', 'the matched policy; null: no SLA'],
    ['matched[]', 'array', 'why the policy matched: one entry per `when` key (empty: the policy matches every ticket)'],
    ['matched[].field', 'string', 'ticket field'],
    ['matched[].value', 'string', "the ticket's value"],
    ['matched[].accepted', 'array of strings', 'values the policy accepts (compared trimmed, case-insensitively)'],
    ['records[]', 'array', 'one record per metric, as in `check`'],
    ...prefix('records[].', RECORD_KEYS),
    [
      'intervals[]',
      'array',
      'update-cadence records: each interval between the start, the updates and the stop (or the as-of instant); empty for other records',
    ],
    ['intervals[].metric', 'string', 'the record the interval belongs to'],
    ['intervals[].from', 'string', 'interval start (the start or an update), ISO 8601'],
    ['intervals[].to', 'string', 'interval end (an update, the stop, or the as-of instant), ISO 8601'],
    ['intervals[].minutes', 'number', 'business minutes in the interval, pauses excluded'],
    ['intervals[].late', 'boolean', 'longer than the target'],
    ['timeline[]', 'array', "segments from each record's start to its stop (or the as-of instant)"],
    ...SEGMENT_KEYS,
    ...WARNINGS,
  ],
  compare: [...HEAD, ...PERIOD, ...COMPARE_KEYS, ...WARNINGS],
  suggest: [...HEAD, ...PERIOD, ...SUGGEST_KEYS, ...WARNINGS],
};

/** The README text: one table per command. */
export function formatSchemaDoc(): string {
  return (Object.entries(DOCUMENT_KEYS) as [string, Key[]][])
    .map(([command, keys]) => {
      const rows = keys.map(([path, type, meaning]) => `| \`${path}\` | ${type} | ${meaning} |`);
      return [`#### \`${command} --format json\``, '', '| key | type | meaning |', '| --- | --- | --- |', ...rows, ''].join('\n');
    })
    .join('\n');
}
