import { compareLines } from './compare-document.js';
import type { Formatter } from './index.js';

/**
 * One JSON object per line. check: one record per line, as in the JSON's
 * `records`. report and explain mix kinds, so each line starts with `type`:
 * `kpi` and `volume`; `record` and `segment`; compare: `sla`, `kpi` and
 * `flip`; suggest: `suggestion`. Warnings go to stderr only.
 */
export const formatNdjson: Formatter = (output) => {
  const lines: object[] = [];
  switch (output.command) {
    case 'check':
      lines.push(...output.document.records);
      break;
    case 'report':
      lines.push(...output.document.kpis.map((k) => ({ type: 'kpi', ...k })), { type: 'volume', ...output.document.volume });
      break;
    case 'explain':
      lines.push(...output.document.records.map((r) => ({ type: 'record', ...r })), ...output.document.timeline.map((s) => ({ type: 'segment', ...s })));
      break;
    case 'compare':
      lines.push(...compareLines(output.document));
      break;
    case 'suggest':
      lines.push(...output.document.suggestions.map((s) => ({ type: 'suggestion', ...s })));
      break;
  }
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
};
