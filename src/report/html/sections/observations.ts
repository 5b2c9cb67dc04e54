import { text } from '../table.js';
import { sectionHtml, type View } from '../view.js';

/** Section 9: the observations, each with the rule that made it. */
export function observationsHtml(v: View): string {
  const { review: r, m } = v;
  if (r.observations.length === 0) return sectionHtml(v, 8, `<p>${text(m.observationsNone)}</p>`);
  const items = r.observations.map((o) => `<li><span class="rule-tag">${text(m.ruleNames[o.rule])}</span> ${text(o.text)}</li>`).join('');
  return sectionHtml(v, 8, `<p class="note">${text(m.observationsNote)}</p><ol class="observations">${items}</ol>`);
}
