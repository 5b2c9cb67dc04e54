import { clockItem, formatClockItem } from '../sla/normalize/clock-items.js';
import type { CalendarSummary, Summary } from './sla-summary.js';
import { formatValidity } from '../sla/values/validity.js';
import { isWaitingWord } from '../sla/normalize/waiting.js';
import { columns, indent } from './plain-columns.js';

/**
 * `slacheck validate` as text: one section per part of the agreement, in the
 * order a contract reads (policies, their clocks, the calendars with their
 * closed days, the goals). Plain, aligned columns; no colour; deterministic.
 */
export function formatSummary(s: Summary, file: string): string {
  const lines = [
    `${file}: valid SLA file (format 1)`,
    '',
    `name      ${s.name}`,
    `timezone  ${s.timezone}`,
    '',
    'policies (the first that matches a ticket wins)',
    ...indent(
      columns(
        s.policies.map((p) => [
          `${p.position}.`,
          p.name,
          formatWhen(p.when),
          ...validityColumn(s, p),
          `calendar ${p.calendar}`,
          formatTargets(p.targets),
        ]),
      ),
    ),
    '',
    'metrics',
    ...indent(columns(s.metrics.map((m) => [m.name, formatClock(m)]))),
    '',
    'calendars',
    ...s.calendars.flatMap((c) => indent(formatCalendar(c, s.year))),
    '',
    'goals',
    ...indent(
      s.goals.length === 0
        ? ['none']
        : columns(s.goals.map((g) => [g.metric, `${g.percent}%`, g.policy === null ? defaultLabel(s, g.metric) : `policy ${g.policy}`])),
    ),
    '',
    `statuses that mean resolved: ${formatStatuses(s, s.resolved_statuses, 'statuses.resolved')}`,
    `statuses that mean waiting:  ${formatStatuses(s, s.waiting_statuses, 'statuses.waiting')}`,
    ...formatPriorities(s),
    ...formatReport(s.report),
  ];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

function formatWhen(when: Record<string, string[]>): string {
  const parts = Object.entries(when).map(([field, values]) => `${field} is ${orList(values)}`);
  return parts.length === 0 ? 'every ticket' : parts.join(' and ');
}

/** `P1`, `P3 or P4`, `P1, P2 or P3`. */
function orList(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? 'nothing';
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function formatTargets(targets: Record<string, string>): string {
  const parts = Object.entries(targets).map(([metric, d]) => `${metric} ${d}`);
  return parts.length === 0 ? 'no targets' : parts.join(', ');
}

/** SPEC 9: shown only when some policy has dates; then every policy says when it is valid. */
function validityColumn(s: Summary, p: Summary['policies'][number]): string[] {
  if (!s.policies.some((q) => q.valid_from !== null || q.valid_until !== null)) return [];
  const range = formatValidity({ from: p.valid_from, until: p.valid_until });
  return [range === '' ? 'valid any date' : `valid ${range}`];
}

function formatClock(m: Summary['metrics'][number]): string {
  const item = (written: Summary['metrics'][number]['start']) => formatClockItem(clockItem(written));
  const stops = m.stop.map(item);
  const stop = stops.length === 1 ? `stops at ${stops[0]}` : `stops at the first of ${stops.join(', ')}`;
  const updates = m.updates === null ? '' : `, counts ${m.updates.map(item).join(', ')} as updates`;
  // The word waiting stands for the waiting statuses (listed under statuses), so it is not quoted as a status is.
  const pause =
    m.pause_when_status.length === 0
      ? ''
      : `; paused while status is ${m.pause_when_status.map((st) => (isWaitingWord(st) ? 'waiting' : `"${st}"`)).join(', ')}`;
  return `starts at ${item(m.start)}, ${stop}${updates}${pause}`;
}

function formatCalendar(c: CalendarSummary, year: number): string[] {
  const head = `${c.name}: ${c.always_open ? '24x7' : `${formatHours(c.weekly_hours)} a week`}, ${c.timezone}`;
  const hours = indent(
    columns(Object.entries(c.hours).map(([days, ranges]) => [days, ranges.length === 0 ? 'closed' : ranges.join(', ')])),
  );
  const closed =
    c.closed.length === 0
      ? [`no holidays in ${year}`]
      : [`closed in ${year}:`, ...indent(columns(c.closed.map((h) => [h.date, weekday(h.date), h.name, ...icsSource(h.source)])))];
  const overrides =
    c.overrides.length === 0
      ? []
      : [
          `own hours in ${year}:`,
          ...indent(columns(c.overrides.map((o) => [o.date, weekday(o.date), o.ranges.length === 0 ? 'closed' : o.ranges.join(', ')]))),
        ];
  const times =
    c.closed_times.length === 0
      ? []
      : [
          `closed for a time in ${year} (timed events):`,
          ...indent(columns(c.closed_times.map((t) => [wallTime(t.from), '-', wallTime(t.to), t.name, t.source]))),
        ];
  return [head, ...hours, ...indent(closed), ...indent(overrides), ...indent(times), ...indent(formatIcs(c))];
}

/** A date an ICS event closes names the file and line; a holiday's name and `closed (holidays: dates)` say where they come from. */
function icsSource(source: string): string[] {
  return source.startsWith('holidays.ics ') ? [source] : [];
}

/** Each ICS file with its closing days and timed closures per year, so a file that stops short of the tickets' years shows it. */
function formatIcs(c: CalendarSummary): string[] {
  return c.ics.flatMap((f) => [
    `holidays.ics ${f.file}: ${f.events} event${f.events === 1 ? '' : 's'}; what it closes, before holidays and overrides:`,
    ...indent(
      columns([
        ['year', 'closed days', 'timed closures'],
        ...f.years.map((y) => [String(y.year), String(y.closed_days), String(y.timed_closures)]),
      ]),
    ),
  ]);
}

/** `2026-03-28T22:00:00+01:00` -> `2026-03-28 22:00` (the calendar's wall clock; seconds only when not zero). */
function wallTime(iso: string): string {
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
}

/** A list of statuses with where it comes from (`[waiting]` is the waiting list: the reader sees the statuses the clock stops in). */
function formatStatuses(s: Summary, list: { statuses: readonly string[]; from: string } | null, key: string): string {
  if (list === null) return 'not set (the export preset decides)';
  return `${list.statuses.join(', ')} (${list.from === 'preset' ? `the ${s.preset} preset's` : key})`;
}

/** The map in force: the named preset's labels, then the file's own map, each line with its source. */
function formatPriorities(s: Summary): string[] {
  const p = s.priorities;
  const source = (e: Summary['priorities']['in_force'][number]) => (e.source === 'sla' ? 'priorities.map' : `${s.preset} preset`);
  const head =
    s.preset === null
      ? 'priorities (priorities.map; the preset chosen from the export adds its own labels first: see slacheck inspect)'
      : `priorities in force (the ${s.preset} preset's labels, then priorities.map)`;
  const map = p.in_force.length === 0 ? [] : ['', head, ...indent(columns(p.in_force.map((e) => [e.from, '->', e.to, source(e)])))];
  const matrix =
    p.matrix.length === 0
      ? []
      : [
          '',
          'priority matrix (impact, urgency -> priority; used when a ticket has no priority)',
          ...indent(columns(p.matrix.map(([i, u, to]) => [i, u, '->', to]))),
        ];
  return [...map, ...matrix];
}

/** The `report:` section: what `slacheck review` puts on its cover and how it reads the period. */
function formatReport(r: Summary['report']): string[] {
  if (r === null) return [];
  const rows: string[][] = [];
  if (r.title !== null) rows.push(['title', r.title]);
  if (r.supplier !== null) rows.push(['supplier', r.supplier]);
  if (r.customer !== null) rows.push(['customer', r.customer]);
  rows.push(['language', r.language ?? 'en (default)']);
  rows.push([
    'deadline',
    r.due === null ? 'none' : `working day ${r.due.working_day} of the month after the period, calendar ${r.due.calendar}`,
  ]);
  rows.push(['major incidents', r.major === null ? 'none' : formatWhen(r.major)]);
  rows.push(['trend', `${r.trend_months} month${r.trend_months === 1 ? '' : 's'}`]);
  return ['', 'review (report:)', ...indent(columns(rows))];
}

function defaultLabel(s: Summary, metric: string): string {
  return s.goals.some((g) => g.metric === metric && g.policy !== null) ? 'every other policy' : 'every policy';
}

/** 40 -> `40h`; 37.5 -> `37h30m`. */
function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${Math.floor(minutes / 60)}h${minutes % 60}m`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2026-12-24` -> `Thu`: calendar arithmetic on the date alone, no zone involved. */
function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}
