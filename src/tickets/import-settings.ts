import { isValidZone } from '../calendar/wall-clock.js';
import { problem, type Problem } from '../problem.js';
import { historyColumnsOf, itemFields, metricItems } from '../sla/normalize/clock-items.js';
import type { Priorities, Sla } from '../sla/types.js';
import { didYouMean } from '../did-you-mean.js';
import { parseEncoding, type Encoding } from './read/decode.js';
import { TEXT_FIELDS, TIME_FIELDS } from './columns/canonical-fields.js';
import type { EventLogSettings } from '../sla/written/input-schema.js';
import { unknownMappedFields } from './columns/mapped-fields.js';
import { VERDICT_PREFIX, verdictColumns } from './columns/vendor-verdict.js';
import { presetNamed, presetNames, type Preset } from './columns/presets/index.js';
import { mappedAwayPriorities } from './columns/presets/mapped-away.js';
import { prioritiesInForce } from './columns/presets/priority-map.js';
import { parseDelimiter } from './read/sniff-delimiter.js';
import { compileDateSetting, type DateSetting, type FileDates } from './timestamps/file-times.js';
import type { ImportOptions } from './types.js';

/**
 * What one import run reads and how: the SLA file's `input` section with the
 * command-line options on top (flags win), checked once. Errors here stop the
 * import before any file is read.
 */
/** The parts of the SLA an import reads: plain data, so that a worker thread can be given a copy. */
export type ImportSla = Pick<Sla, 'timezone' | 'input' | 'metrics' | 'policies' | 'resolvedStatuses' | 'priorities'> &
  Partial<Pick<Sla, 'waitingStatuses' | 'report'>>;

export function importSla(sla: ImportSla): ImportSla {
  const { timezone, input, metrics, policies, resolvedStatuses, priorities, waitingStatuses, report } = sla;
  return {
    timezone,
    input,
    metrics,
    policies,
    resolvedStatuses,
    priorities,
    ...(waitingStatuses === undefined ? {} : { waitingStatuses }),
    ...(report === undefined ? {} : { report }),
  };
}

export type Settings = {
  preset: Preset;
  /** Field -> column header the user named (SLA `input.columns`, then --map). */
  columns: Readonly<Record<string, string>>;
  eventColumns: Readonly<Record<string, string>>;
  /** How the ticket exports' timestamps read (`input.date_format`, --date-format). */
  dates: DateSetting;
  /** The date setting as written, for messages. */
  datesText: string;
  /** How the status histories' timestamps read (`input.events.date_format`, default auto; ISO 8601 always). */
  eventDates: FileDates;
  zone: string;
  encoding: Encoding;
  delimiter: string | undefined;
  nulls: ReadonlySet<string>;
  /** Longest null token: longer cells skip the lookup. */
  nullLength: number;
  eventLog: EventLogSettings | undefined;
  /** Timestamp fields to read: SPEC 5.1's and every metric's start and stop. */
  timeFields: readonly string[];
  /** Text fields to keep: SPEC 5.1's and every key of a policy's `when` and of report.major. */
  textFields: readonly string[];
  /** Fields or columns read as lists, from every column of their name (`report --by`, ImportOptions.groupBy). */
  listFields: readonly string[];
  /** Status-history columns a metric cannot do without (SPEC 8.1 milestones, `reply`), each with the first metric naming it. */
  historyColumns: readonly HistoryColumn[];
  /** The history columns kept beside status, priority and reply (`group`, `assignee`, any other a milestone names), in the event store's order. */
  eventFields: readonly string[];
  resolvedStatuses: readonly string[];
  /** What `pause_when_status: [waiting]` means: the SLA file's `statuses.waiting`, else the preset's. */
  waitingStatuses: readonly string[];
  /** The preset's priority labels with the SLA file's `priorities.map` on top. */
  priorities: Priorities;
};

export type HistoryColumn = { name: string; metric: string };

/** Columns every history reader keeps in columns of its own. */
const BUILT_IN_HISTORY = ['status', 'priority', 'reply'];

export function resolveSettings(sla: ImportSla, options: ImportOptions = {}): { settings?: Settings; problems: Problem[] } {
  const input = sla.input;
  const problems: Problem[] = [];
  const presetName = (options.preset ?? input.preset ?? 'generic').trim().toLowerCase();
  const preset = presetNamed(presetName);
  if (preset === undefined) {
    const hint = `presets: ${presetNames.join(', ')}`;
    const near = didYouMean(presetName, presetNames);
    problems.push(
      problem(
        'tickets.unknown-preset',
        'error',
        `unknown preset "${presetName}"${near === '' ? '' : `; ${near}`}`,
        { field: 'input.preset' },
        hint,
      ),
    );
  }
  const datesText = options.dateFormat ?? input.date_format ?? preset?.dateFormat ?? 'auto';
  const dates = compileDateSetting(datesText);
  if (typeof dates === 'object' && 'error' in dates) {
    problems.push(
      problem(
        'tickets.bad-date-format',
        'error',
        dates.error,
        { field: 'input.date_format' },
        'use luxon tokens such as dd-MM-yyyy HH:mm, or "iso", or "auto"',
      ),
    );
  }
  const eventDates = compileDateSetting(input.events?.date_format);
  if (typeof eventDates === 'object' && 'error' in eventDates) {
    problems.push(
      problem(
        'tickets.bad-date-format',
        'error',
        eventDates.error,
        { field: 'input.events.date_format' },
        'use luxon tokens such as dd-MM-yyyy HH:mm, or "iso", or "auto"',
      ),
    );
  }
  const zone = options.timezone ?? input.timezone ?? sla.timezone;
  if (!isValidZone(zone)) {
    problems.push(
      problem(
        'tickets.unknown-timezone',
        'error',
        `unknown time zone "${zone}"`,
        { field: 'input.timezone' },
        'use an IANA zone name such as Europe/Copenhagen',
      ),
    );
  }
  const encoding = parseEncoding(options.encoding ?? input.encoding, 'input.encoding');
  if (typeof encoding === 'object') problems.push(encoding);
  const delimiter = parseDelimiter(options.delimiter ?? input.delimiter);
  if (typeof delimiter === 'object')
    problems.push(problem('tickets.bad-delimiter', 'error', delimiter.error, { field: 'input.delimiter' }));
  if (
    problems.length > 0 ||
    preset === undefined ||
    typeof encoding === 'object' ||
    typeof delimiter === 'object' ||
    (typeof dates === 'object' && 'error' in dates) ||
    (typeof eventDates === 'object' && 'error' in eventDates)
  ) {
    return { problems };
  }
  const priorities = prioritiesInForce(preset, sla.priorities);
  problems.push(...mappedAwayPriorities(sla.policies, priorities, preset));
  const nulls = new Set(input.null_values ?? preset.nullValues);
  const columns = { ...(input.columns ?? {}), ...(options.map ?? {}) };
  // --map keys that only a history file has; status and priority there come from input.events.columns.
  const eventColumns = { ...(input.events?.columns ?? {}), ...pick(options.map ?? {}, ['ticket', 'at', 'reply', 'field', 'value']) };
  const metricFields = [...sla.metrics.values()].flatMap((m) => itemFields(metricItems(m)));
  const historyColumns = historyColumnsNamed(sla);
  const timeFields = unique([...TIME_FIELDS, ...metricFields]);
  // report.major is a `when` too: a custom column it names is read like a policy's.
  const whenKeys = [...sla.policies.flatMap((p) => Object.keys(p.when)), ...Object.keys(sla.report?.major?.when ?? {})];
  // The helpdesk's own verdicts: the preset's SLA columns beside the metrics they pair with, and any verdict.METRIC mapped.
  const verdicts = verdictColumns(preset, sla.metrics.values());
  const mappedVerdicts = Object.keys(columns).filter(
    (k) => k.startsWith(VERDICT_PREFIX) && sla.metrics.has(k.slice(VERDICT_PREFIX.length)),
  );
  const textFields = unique([
    ...TEXT_FIELDS,
    ...whenKeys.filter((k) => k !== 'id' && !timeFields.includes(k)),
    ...Object.keys(verdicts),
    ...mappedVerdicts,
  ]);
  const listFields = unique((options.groupBy ?? []).map((f) => f.trim()));
  // Warnings only: a mapping that does nothing is said, the import goes on.
  problems.push(
    ...unknownMappedFields({ flag: options.map ?? {}, file: input.columns ?? {} }, [...timeFields, ...textFields, ...listFields]),
  );
  return {
    settings: {
      preset: Object.keys(verdicts).length === 0 ? preset : { ...preset, columns: { ...preset.columns, ...verdicts } },
      columns,
      eventColumns,
      dates,
      datesText,
      // The ticket export's explicit format settles a day-first/month-first tie in an `auto` history.
      eventDates: {
        setting: eventDates,
        alsoIso: true,
        key: 'input.events.date_format',
        ...(dates === 'auto' || eventDates !== 'auto' ? {} : { preferred: dates }),
      },
      zone,
      encoding,
      delimiter,
      nulls,
      nullLength: Math.max(0, ...[...nulls].map((n) => n.length)),
      eventLog: input.event_log,
      timeFields,
      textFields,
      listFields,
      historyColumns,
      eventFields: historyColumns.map((c) => c.name).filter((name) => !BUILT_IN_HISTORY.includes(name)),
      resolvedStatuses: sla.resolvedStatuses ?? preset.resolvedStatuses,
      waitingStatuses: sla.waitingStatuses ?? preset.waitingStatuses,
      priorities,
    },
    problems,
  };
}

/** Every history column a targeted metric reads, once, with the first metric that reads it (for messages). */
function historyColumnsNamed(sla: ImportSla): HistoryColumn[] {
  const targeted = new Set(sla.policies.flatMap((p) => Object.keys(p.targets)));
  const named = new Map<string, string>();
  for (const metric of sla.metrics.values()) {
    if (!targeted.has(metric.name)) continue;
    for (const name of historyColumnsOf(metric)) if (!named.has(name)) named.set(name, metric.name);
  }
  return [...named].map(([name, metric]) => ({ name, metric }));
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function pick(record: Readonly<Record<string, string>>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => keys.includes(k)));
}
