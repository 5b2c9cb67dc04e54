import { formatCount } from '../../../review/format-values.js';
import { qualityItemName } from '../../../review/data-quality.js';
import { htmlTable, text, type Row } from '../table.js';
import { sectionHtml, type View } from '../view.js';

/** Section 8: rows read, and each way data can be missing with its count and the rule applied. */
export function dataQualityHtml(v: View): string {
  const { review: r, m, lang } = v;
  const dq = r.data_quality;
  const rows: Row[] = dq.lines.map((line) => ({
    header: true,
    cells: [text(qualityItemName(line.item, lang)), text(formatCount(line.count, lang)), text(line.rule ?? '')],
    className: [line.rule === null ? 'sub-item' : '', line.count > 0 ? 'nonzero' : ''].filter(Boolean).join(' ') || undefined,
  }));
  const intro = `<p>${text(m.rowsRead(formatCount(dq.ticket_rows, lang), formatCount(dq.history_rows, lang)))}</p>`;
  return sectionHtml(v, 7, intro + htmlTable([{ header: m.item }, { header: m.count, numeric: true }, { header: m.rule }], rows, { className: 'quality' }));
}
