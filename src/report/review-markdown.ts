import { visible } from './escape-controls.js';
import { escapeMarkdown } from './markdown.js';
import { qualityItemName, warningText } from '../review/data-quality.js';
import {
  capitalize,
  formatAttainment,
  formatCount,
  formatDuration,
  formatGoal,
  formatLongDate,
  formatMonthShort,
  formatPeriodName,
  formatPoints,
  formatShortInstant,
  formatTarget,
  verdictWord,
} from '../review/format-values.js';
import { fieldName, MESSAGES, metricName, type Messages } from '../review/messages.js';
import type { AgeCounts, Language, ReviewDocument, VolumeCounts } from '../review/types.js';

/**
 * The review as GitHub-flavoured Markdown for mails and wikis (SPEC 10.2):
 * the same sections as the HTML page, charts as tables, met and missed as
 * ✓ and ✗ with the word. Every label comes from the message table.
 */
export function formatReviewMarkdown(r: ReviewDocument): string {
  const m = MESSAGES[r.language];
  const lang = r.language;
  const parts = [
    cover(r, m, lang),
    section(m.sections.cover, 1, about(r, m, lang)),
    section(m.sections.scorecard, 2, scorecard(r, m, lang)),
    section(m.sections.trend, 3, trend(r, m, lang)),
    section(m.sections.breaches, 4, breaches(r, m, lang)),
    section(m.sections.major, 5, major(r, m, lang)),
    section(m.sections.backlog, 6, backlog(r, m, lang)),
    section(m.sections.volume, 7, volume(r, m, lang)),
    section(m.sections.dataQuality, 8, dataQuality(r, m, lang)),
    section(m.sections.observations, 9, observations(r, m)),
  ];
  return `${parts.join('\n')}`;
}

/** A cell: text (escaped as it is written) or our own markup (`code`, **bold**), passed as it is. */
type Cell = string | { markup: string };

function table(header: readonly Cell[], rows: readonly (readonly Cell[])[], numeric: readonly boolean[]): string {
  const line = (cells: readonly Cell[]) => `| ${cells.map(escape).join(' | ')} |\n`;
  return line(header) + line(numeric.map((n) => (n ? '---:' : '---'))) + rows.map(line).join('');
}

/**
 * A table cell as literal text: the cells carry ticket ids, titles, statuses
 * and services from the export, so HTML, link brackets and control
 * characters are made inert as in the other markdown output (README "What
 * slacheck refuses and why"). Our own markup passes as it is.
 */
function escape(cell: Cell): string {
  return typeof cell === 'string' ? escapeMarkdown(cell) : cell.markup;
}

/** A code span; a file name holding a backtick gets a longer fence (CommonMark). */
function code(text: string): Cell {
  const fence = text.includes('`') ? '``' : '`';
  return { markup: `${fence}${fence === '``' ? ' ' : ''}${visible(text).replace(/\|/g, '\\|')}${fence === '``' ? ' ' : ''}${fence}` };
}

function section(title: string, n: number, body: string): string {
  return `## ${n}. ${title}\n\n${body}`;
}

function verdict(met: boolean | null, goal: number | null, m: Messages): string {
  return `${met === true ? '✓' : met === false ? '✗' : '–'} ${verdictWord(met, goal, m)}`;
}

/**
 * The cover. Texts from the SLA file (title, supplier, customer, agreement)
 * are escaped like ticket cells: they are data, not markup. Without data
 * the brief says so instead of figures (no data, no good news),
 * and a period still running is said in words.
 */
function cover(r: ReviewDocument, m: Messages, lang: Language): string {
  const d = r.cover.deadline;
  const none = r.cover.no_data !== null;
  const facts: [string, string][] = [];
  if (r.supplier !== null) facts.push([m.supplier, escapeMarkdown(r.supplier)]);
  if (r.customer !== null) facts.push([m.customer, escapeMarkdown(r.customer)]);
  facts.push(
    [m.agreement, escapeMarkdown(r.agreement)],
    [m.period, capitalize(formatPeriodName(r.period.label, lang))],
    [m.asOf, `${formatShortInstant(r.as_of)} (${r.timezone})`],
  );
  if (r.generated_at !== null) facts.push([m.generatedAt, formatShortInstant(r.generated_at)]);
  const onTime = none ? `– ${d?.on_time === true ? m.onTime : m.late}` : d?.on_time === true ? `✓ ${m.onTime}` : `✗ ${m.late}`;
  facts.push([m.deadline, d === null ? m.noDeadline : `${m.deadlineText(formatLongDate(d.date, lang), d.working_day)}: ${onTime}`]);
  const withGoal = r.scorecard.filter((row) => row.goal_met !== null);
  const brief = none
    ? [`${m.noDataShort}: ${m.noData[r.cover.no_data!]}`]
    : [
        withGoal.length === 0
          ? `${m.cards.goals}: ${m.noDataShort}`
          : `${withGoal.filter((row) => row.goal_met === true).length}/${withGoal.length} ${m.cards.goals}`,
        `${formatCount(r.breaches.count, lang)} ${m.cards.breaches(r.breaches.count)}`,
        `${formatCount(r.major_incidents.count, lang)} ${m.cards.major(r.major_incidents.count)}`,
        `${formatCount(r.backlog.total.total, lang)} ${r.period.complete ? m.cards.backlog : m.cards.backlogAsOf}`,
      ];
  const running = r.period.complete ? '' : `\n_${m.periodRunning(formatShortInstant(r.as_of))}_\n`;
  const title = `# ${escapeMarkdown(r.title)}: ${capitalize(formatPeriodName(r.period.label, lang))}\n\n_${m.edition[r.edition]}_\n\n`;
  return `${title}${facts.map(([k, v]) => `- **${k}:** ${v}`).join('\n')}\n${running}\n**${m.summary}:** ${brief.join(' · ')}\n`;
}

function about(r: ReviewDocument, m: Messages, lang: Language): string {
  const rows = r.cover.inputs.map((i) => [
    code(i.file),
    m.kinds[i.kind],
    i.rows === null ? '–' : formatCount(i.rows, lang),
    formatCount(i.bytes, lang),
    code(i.sha256),
  ]);
  return `### ${m.inputs}\n\n${table([m.file, m.kind, m.rows, m.bytes, m.sha256], rows, [false, false, true, true, false])}`;
}

function scorecard(r: ReviewDocument, m: Messages, lang: Language): string {
  const rows = r.scorecard.map((row) => [
    row.policy,
    metricName(row.metric, lang),
    formatTarget(row.target, lang),
    formatCount(row.count, lang),
    formatAttainment(row.attainment_percent, lang, row.goal_percent),
    formatGoal(row.goal_percent, lang),
    verdict(row.goal_met, row.goal_percent, m),
    formatAttainment(row.previous_attainment_percent, lang, row.goal_percent),
    formatPoints(row.change_points, lang),
    row.median_minutes === null ? '–' : formatDuration(row.median_minutes, lang),
    row.p90_minutes === null ? '–' : formatDuration(row.p90_minutes, lang),
  ]);
  const header = [m.policy, m.metric, m.target, m.records, m.attainment, m.goal, m.goalMet, m.previous, m.change, m.median, m.p90];
  return `${table(header, rows, [false, false, true, true, true, true, false, true, true, true, true])}\n_${m.scorecardNote(formatPeriodName(r.previous_period.label, lang))}_\n`;
}

function trend(r: ReviewDocument, m: Messages, lang: Language): string {
  const months = r.trend.months.map((p, i) => formatMonthShort(p.label, lang, i === 0 || p.label.endsWith('-01')));
  const metrics = [...new Set(r.trend.attainment.map((s) => s.metric))];
  const right = months.map(() => true);
  const charts = metrics.map((metric) => {
    const rows = r.trend.attainment
      .filter((s) => s.metric === metric)
      .map((s) => [
        s.policy,
        ...s.values.map((v, i) => `${s.goal_met[i] === false ? '✗ ' : ''}${formatAttainment(v, lang, s.goal_percent)}`),
        formatGoal(s.goal_percent, lang),
      ]);
    return `### ${escapeMarkdown(m.trendAttainment(metricName(metric, lang)))}\n\n${table([m.policy, ...months, m.goal], rows, [false, ...right, true])}`;
  });
  const volumeRows = (['created', 'resolved', 'backlog'] as const).map((key) => [
    key === 'backlog' ? m.backlogAtEnd : m[key],
    ...r.trend.volume.map((x) => formatCount(x[key], lang)),
  ]);
  return `${charts.join('\n')}\n### ${m.trendVolume}\n\n${table([m.month, ...months], volumeRows, [false, ...right])}`;
}

function breaches(r: ReviewDocument, m: Messages, lang: Language): string {
  const b = r.breaches;
  if (b.count === 0) return `${r.cover.no_data === null ? m.breachesNone : m.noData[r.cover.no_data]}\n`;
  const rows = b.records.map((x) => [
    x.title === null ? x.ticket : `${x.ticket} ${x.title}`,
    metricName(x.metric, lang),
    x.priority ?? x.policy,
    `✗ ${m.statuses[x.status]}`,
    formatShortInstant(x.due),
    x.stop === null ? '–' : formatShortInstant(x.stop),
    formatDuration(x.over_minutes, lang),
    formatDuration(x.paused_minutes, lang),
    formatDuration(x.outside_hours_minutes, lang),
    formatDuration(x.holiday_minutes, lang),
  ]);
  const header = [m.ticket, m.metric, m.priority, m.status, m.due, m.stopped, m.overBy, m.paused, m.outsideHours, m.holiday];
  const shown = b.listed < b.count ? `\n_${m.breachesShown(b.listed, b.count)}_\n` : '';
  return table(header, rows, [false, false, false, false, false, false, true, true, true, true]) + shown;
}

function major(r: ReviewDocument, m: Messages, lang: Language): string {
  const mi = r.major_incidents;
  if (mi.rule === null) return `${m.majorNoRule}\n`;
  const rule = Object.entries(mi.rule)
    .map(([field, values]) => `${escapeMarkdown(fieldName(field, lang))} = ${values.map(escapeMarkdown).join(' / ')}`)
    .join(', ');
  const unmatched = mi.unmatched
    .map((u) => `_${escapeMarkdown(m.majorUnmatched(u.value === null ? u.field : fieldName(u.field, lang), u.value, u.nearest))}_\n\n`)
    .join('');
  if (mi.incidents.length === 0)
    return `${m.majorRule(rule)}\n\n${unmatched}${r.cover.no_data === null ? m.majorNone : m.noData[r.cover.no_data]}\n`;
  const incidents = mi.incidents.map((x) => {
    const head = `### ${escapeMarkdown(x.ticket)}${x.title === null ? '' : `: ${escapeMarkdown(x.title)}`}\n\n`;
    const facts = `${[x.priority, x.policy ?? m.noSla]
      .filter((p) => p !== null)
      .map(escapeMarkdown)
      .join(
        ' · ',
      )}. ${m.created} ${formatShortInstant(x.created)}, ${m.resolvedAt.toLowerCase()} ${x.resolved === null ? (r.period.complete ? m.notResolved : m.notResolvedAsOf) : formatShortInstant(x.resolved)}; ${m.wallTime.toLowerCase()} ${formatDuration(x.wall_minutes, lang)}, ${m.businessTime.toLowerCase()} ${x.business_minutes === null ? '–' : formatDuration(x.business_minutes, lang)}.\n\n`;
    const rows = x.records.map((rec) => [
      metricName(rec.metric, lang),
      `${rec.status === 'met' ? '✓' : rec.status === 'open' ? '–' : '✗'} ${m.statuses[rec.status]}`,
      formatDuration(rec.target_minutes, lang),
      formatDuration(rec.elapsed_minutes, lang),
      rec.over_minutes === 0 ? '–' : formatDuration(rec.over_minutes, lang),
      formatShortInstant(rec.due),
      rec.stop === null ? m.statuses.open : formatShortInstant(rec.stop),
      rec.updates === null ? '–' : m.updates(rec.updates, rec.late_updates ?? 0),
    ]);
    const header = [m.metric, m.status, m.target, m.businessTime, m.overBy, m.due, m.stopped, m.updatesHeader];
    return head + facts + (rows.length === 0 ? '' : table(header, rows, [false, false, true, true, true, false, false, false]));
  });
  const shown = mi.incidents.length < mi.count ? `_${m.majorShown(mi.incidents.length, mi.count)}_\n\n` : '';
  return `${m.majorRule(rule)}\n\n${unmatched}${shown}${incidents.join('\n')}`;
}

function backlog(r: ReviewDocument, m: Messages, lang: Language): string {
  const b = r.backlog;
  const note = b.at === r.period.to ? m.backlogNote : m.backlogNoteAsOf(formatShortInstant(b.at));
  if (b.total.total === 0) return `${note}\n\n${r.cover.no_data === null ? m.backlogNone : m.noData[r.cover.no_data]}\n`;
  const bands = (c: AgeCounts) => [c.days_0_2, c.days_3_7, c.days_8_30, c.days_over_30, c.total].map((x) => formatCount(x, lang));
  const rows = [...b.by_priority.map((p) => [p.priority ?? m.none, ...bands(p)]), [{ markup: `**${m.total}**` }, ...bands(b.total)]];
  const oldest = b.oldest.map((t) => [
    t.ticket,
    t.title ?? '–',
    t.priority ?? m.none,
    formatShortInstant(t.created),
    formatCount(t.age_days, lang),
    t.status ?? '–',
  ]);
  return `${note}\n\n${table([m.priority, ...m.ageBands, m.total], rows, [false, true, true, true, true, true])}\n### ${m.oldest}\n\n${table([m.ticket, m.title, m.priority, m.created, m.ageDays, m.status], oldest, [false, false, false, false, true, false])}`;
}

function volume(r: ReviewDocument, m: Messages, lang: Language): string {
  const header = (first: string) => [first, m.created, m.resolved, m.backlogAtEnd, m.reopened, m.withoutSla];
  const figures = (c: VolumeCounts) => [c.created, c.resolved, c.backlog, c.reopened, c.without_sla].map((x) => formatCount(x, lang));
  const right = [false, true, true, true, true, true];
  const total = [{ markup: `**${m.total}**` }, ...figures(r.volume.total)];
  const byPriority = table(header(m.priority), [...r.volume.by_priority.map((p) => [p.priority ?? m.none, ...figures(p)]), total], right);
  const byService = r.volume.by_service.every((s) => s.service === null)
    ? `${m.noService}\n`
    : table(header(m.service), [...r.volume.by_service.map((s) => [s.service ?? m.none, ...figures(s)]), total], right);
  return `### ${m.volumeByPriority}\n\n${byPriority}\n### ${m.volumeByService}\n\n${byService}`;
}

function dataQuality(r: ReviewDocument, m: Messages, lang: Language): string {
  const dq = r.data_quality;
  const rows = dq.lines.map((line) => [
    line.rule === null ? `↳ ${qualityItemName(line.item, lang)}` : qualityItemName(line.item, lang),
    formatCount(line.count, lang),
    line.rule ?? '',
  ]);
  return `${m.rowsRead(formatCount(dq.ticket_rows, lang), formatCount(dq.history_rows, lang))}\n\n${table([m.item, m.count, m.rule], rows, [false, true, false])}\n${runWarnings(r, m, lang)}`;
}

/** Every warning of the run, by code, with the first of each (their text from the exports escaped as cells are). */
function runWarnings(r: ReviewDocument, m: Messages, lang: Language): string {
  const groups = r.data_quality.warnings;
  if (groups.length === 0) return `### ${m.runWarnings}\n\n${m.runWarningsNone}\n`;
  const items = groups.map(
    (g) => `- \`${g.code}\` (${formatCount(g.count, lang)})\n${g.examples.map((w) => `  - ${escapeMarkdown(warningText(w))}`).join('\n')}`,
  );
  return `### ${m.runWarnings}\n\n_${m.runWarningsNote}_\n\n${items.join('\n')}\n`;
}

function observations(r: ReviewDocument, m: Messages): string {
  if (r.observations.length === 0) return `${m.observationsNone}\n`;
  return `_${m.observationsNote}_\n\n${r.observations.map((o, i) => `${i + 1}. **${m.ruleNames[o.rule]}:** ${o.text}`).join('\n')}\n`;
}
