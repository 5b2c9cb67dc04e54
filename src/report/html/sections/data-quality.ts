import { formatCount } from '../../../review/format-values.js';
import { qualityItemName, warningText } from '../../../review/data-quality.js';
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
  return sectionHtml(
    v,
    7,
    intro +
      htmlTable([{ header: m.item }, { header: m.count, numeric: true }, { header: m.rule }], rows, { className: 'quality' }) +
      warningsHtml(v),
  );
}

/** Every warning of the run, by code: the count and the first few, each with its place. */
function warningsHtml({ review: r, m, lang }: View): string {
  const groups = r.data_quality.warnings;
  const head = `<h3>${text(m.runWarnings)}</h3>`;
  if (groups.length === 0) return `${head}<p>${text(m.runWarningsNone)}</p>`;
  const rows: Row[] = groups.map((g) => ({
    cells: [
      `<code>${text(g.code)}</code>`,
      text(formatCount(g.count, lang)),
      `<ul class="examples">${g.examples.map((w) => `<li>${text(warningText(w))}</li>`).join('')}</ul>`,
    ],
  }));
  return `${head}<p class="note">${text(m.runWarningsNote)}</p>${htmlTable([{ header: m.code }, { header: m.count, numeric: true }, { header: m.examples }], rows, { className: 'run-warnings' })}`;
}
