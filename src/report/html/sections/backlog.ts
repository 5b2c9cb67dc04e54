import { formatCount } from '../../../review/format-values.js';
import type { AgeCounts } from '../../../review/types.js';
import { htmlTable, text, type Row } from '../table.js';
import { longDateTime, sectionHtml, shortInstant, type View } from '../view.js';

/** Section 6: open tickets at the period's end by priority and age band, then the ten oldest. */
export function backlogHtml(v: View): string {
  const { review: r, m, lang } = v;
  const b = r.backlog;
  const note = `<p class="note">${text(b.at === r.period.to ? m.backlogNote : m.backlogNoteAsOf(longDateTime(b.at, lang)))}</p>`;
  if (b.total.total === 0)
    return sectionHtml(v, 5, `${note}<p>${text(r.cover.no_data === null ? m.backlogNone : m.noData[r.cover.no_data])}</p>`);
  const bands = (c: AgeCounts) => [c.days_0_2, c.days_3_7, c.days_8_30, c.days_over_30, c.total].map((x) => text(formatCount(x, lang)));
  const rows: Row[] = [
    ...b.by_priority.map((p) => ({ header: true, cells: [text(p.priority ?? m.none), ...bands(p)] })),
    { header: true, cells: [text(m.total), ...bands(b.total)], className: 'total' },
  ];
  const byAge = htmlTable(
    [{ header: m.priority }, ...m.ageBands.map((header) => ({ header, numeric: true })), { header: m.total, numeric: true }],
    rows,
    { className: 'backlog' },
  );
  const oldest = htmlTable(
    [
      { header: m.ticket },
      { header: m.title },
      { header: m.priority },
      { header: m.created },
      { header: m.ageDays, numeric: true },
      { header: m.status },
    ],
    b.oldest.map((t) => ({
      cells: [
        `<strong>${text(t.ticket)}</strong>`,
        text(t.title ?? '–'),
        text(t.priority ?? m.none),
        text(shortInstant(t.created)),
        text(formatCount(t.age_days, lang)),
        text(t.status ?? '–'),
      ],
    })),
    { className: 'oldest' },
  );
  return sectionHtml(v, 5, `${note}${byAge}<h3>${text(m.oldest)}</h3>${oldest}`);
}
