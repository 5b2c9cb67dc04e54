import { formatCount } from '../../../review/format-values.js';
import type { VolumeCounts } from '../../../review/types.js';
import { htmlTable, text, type Row } from '../table.js';
import { sectionHtml, type View } from '../view.js';

/** Section 7: the period's volume, in total and by priority and by service. */
export function volumeHtml(v: View): string {
  const { review: r, m, lang } = v;
  const vol = r.volume;
  const columns = (first: string) => [
    { header: first },
    ...[m.created, m.resolved, m.backlogAtEnd, m.reopened, m.withoutSla].map((header) => ({ header, numeric: true })),
  ];
  const figures = (c: VolumeCounts) => [c.created, c.resolved, c.backlog, c.reopened, c.without_sla].map((x) => text(formatCount(x, lang)));
  const total: Row = { header: true, cells: [text(m.total), ...figures(vol.total)], className: 'total' };
  const byPriority = htmlTable(
    columns(m.priority),
    [...vol.by_priority.map((p) => ({ header: true, cells: [text(p.priority ?? m.none), ...figures(p)] })), total],
    { className: 'volume' },
  );
  const noService = vol.by_service.every((s) => s.service === null);
  const byService = noService
    ? `<p class="note">${text(m.noService)}</p>`
    : htmlTable(
        columns(m.service),
        [...vol.by_service.map((s) => ({ header: true, cells: [text(s.service ?? m.none), ...figures(s)] })), total],
        { className: 'volume' },
      );
  return sectionHtml(v, 6, `<h3>${text(m.volumeByPriority)}</h3>${byPriority}<h3>${text(m.volumeByService)}</h3>${byService}`);
}
