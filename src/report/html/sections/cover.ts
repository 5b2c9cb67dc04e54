import { capitalize, formatCount, formatLongDate, formatPeriodName } from '../../../review/format-values.js';
import { escapeHtml } from '../escape.js';
import { verdictIcon } from '../svg/icons.js';
import { htmlTable, text } from '../table.js';
import { lastDate, longDateTime, sectionHtml, SECTIONS, type View } from '../view.js';

/**
 * The cover (SPEC 10.1 section 1): title, period, agreement, supplier and
 * customer, as-of and deadline, the period in brief, the contents; then
 * section 1 proper: where the figures come from (input files with rows and
 * SHA-256).
 */
export function coverHtml(v: View): string {
  const { review: r, m, lang } = v;
  const facts: [string, string][] = [];
  if (r.supplier !== null) facts.push([m.supplier, text(r.supplier)]);
  if (r.customer !== null) facts.push([m.customer, text(r.customer)]);
  facts.push([m.agreement, text(r.agreement)]);
  facts.push([m.period, text(`${formatLongDate(r.period.from, lang)} – ${formatLongDate(lastDate(r.period.to), lang)}`)]);
  facts.push([m.asOf, `${text(longDateTime(r.as_of, lang))} <span class="muted">(${text(r.timezone)})</span>`]);
  if (r.generated_at !== null) facts.push([m.generatedAt, text(longDateTime(r.generated_at, lang))]);
  facts.push([m.deadline, deadlineHtml(v)]);
  return [
    '<header class="cover">',
    `<div class="cover-top"><span class="edition">${text(m.edition[r.edition])}</span>${r.supplier === null ? '' : `<span class="brand">${text(r.supplier)}</span>`}</div>`,
    `<h1>${text(r.title)}</h1>`,
    `<p class="period-name">${text(capitalize(formatPeriodName(r.period.label, lang)))}</p>`,
    `<dl class="facts">${facts.map(([k, val]) => `<div><dt>${text(k)}</dt><dd>${val}</dd></div>`).join('')}</dl>`,
    noticesHtml(v),
    briefHtml(v),
    contentsHtml(v),
    '</header>',
  ].join('');
}

/** A review without data shows no tick for being on time: it delivers nothing (no data, no good news). */
function deadlineHtml({ review: r, m, lang }: View): string {
  const d = r.cover.deadline;
  if (d === null) return `<span class="muted">${text(m.noDeadline)}</span>`;
  const met = r.cover.no_data !== null ? null : d.on_time;
  const cls = met === null ? 'verdict-none' : met ? 'verdict-met' : 'verdict-missed';
  const verdict = `<span class="verdict ${cls}">${verdictIcon(met)}${text(d.on_time ? m.onTime : m.late)}</span>`;
  return `${text(m.deadlineText(formatLongDate(d.date, lang), d.working_day))}<br>${verdict}`;
}

/** What the figures cannot say, in words: no data at all, or a period still running. */
function noticesHtml({ review: r, m, lang }: View): string {
  const notes = [
    ...(r.cover.no_data === null ? [] : [m.noData[r.cover.no_data]]),
    ...(r.period.complete ? [] : [m.periodRunning(longDateTime(r.as_of, lang))]),
  ];
  return notes.map((note) => `<p class="notice">${text(note)}</p>`).join('');
}

/** Four figures of the period in large type; "no data" where the data cannot support a figure, never 0 with a green mark. */
function briefHtml({ review: r, m, lang }: View): string {
  const withGoal = r.scorecard.filter((row) => row.goal_met !== null);
  const met = withGoal.filter((row) => row.goal_met === true).length;
  const none = r.cover.no_data !== null;
  const goals: [string, string, string] =
    none || withGoal.length === 0
      ? [m.noDataShort, m.cards.goals, 'card-plain']
      : [`${met}/${withGoal.length}`, m.cards.goals, met === withGoal.length ? 'card-good' : 'card-bad'];
  const figure = (n: number) => (none ? m.noDataShort : formatCount(n, lang));
  const cards: [string, string, string][] = [
    goals,
    [figure(r.breaches.count), m.cards.breaches(r.breaches.count), r.breaches.count === 0 && !none ? 'card-good' : 'card-plain'],
    [figure(r.major_incidents.count), m.cards.major(r.major_incidents.count), 'card-plain'],
    [figure(r.backlog.total.total), r.period.complete ? m.cards.backlog : m.cards.backlogAsOf, 'card-plain'],
  ];
  const body = cards
    .map(
      ([figure, label, cls]) =>
        `<div class="card ${cls}"><span class="figure">${text(figure)}</span><span class="label">${text(label)}</span></div>`,
    )
    .join('');
  return `<section class="brief" aria-label="${escapeHtml(m.summary)}"><h2 class="brief-title">${text(m.summary)}</h2><div class="cards">${body}</div></section>`;
}

function contentsHtml({ m }: View): string {
  const items = SECTIONS.map(([id, key]) => `<li><a href="#${id}">${text(m.sections[key])}</a></li>`).join('');
  return `<nav class="contents" aria-label="${escapeHtml(m.contents)}"><h2 class="contents-title">${text(m.contents)}</h2><ol>${items}</ol></nav>`;
}

/** Section 1: the input files (rows, size, SHA-256) and the rows read. */
export function aboutHtml(v: View): string {
  const { review: r, m, lang } = v;
  const rows = r.cover.inputs.map((i) => ({
    cells: [
      `<code>${text(i.file)}</code>`,
      text(m.kinds[i.kind]),
      i.rows === null ? '–' : text(formatCount(i.rows, lang)),
      text(formatCount(i.bytes, lang)),
      `<code class="hash">${text(i.sha256)}</code>`,
    ],
  }));
  for (const kind of ['tickets', 'history'] as const) {
    if (r.cover.inputs.filter((i) => i.kind === kind).length < 2) continue;
    const total = kind === 'tickets' ? r.cover.rows.ticket_rows : r.cover.rows.history_rows;
    rows.push({ cells: [text(m.allFiles(m.kinds[kind])), text(m.kinds[kind]), text(formatCount(total, lang)), '', ''] });
  }
  const table = htmlTable(
    [{ header: m.file }, { header: m.kind }, { header: m.rows, numeric: true }, { header: m.bytes, numeric: true }, { header: m.sha256 }],
    rows,
    { className: 'inputs' },
  );
  return sectionHtml(v, 0, `<h3>${text(m.inputs)}</h3>${table}`);
}
