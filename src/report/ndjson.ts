import type { Formatter } from './index.js';

/**
 * One JSON object per line. check: one record per line, as in the JSON's
 * `records`. report and explain mix kinds, so each line starts with `type`:
 * `kpi` and `volume`; `record`, `interval` (SPEC 8.2) and `segment`.
 * Warnings go to stderr only.
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
      lines.push(
        ...output.document.records.map((r) => ({ type: 'record', ...r })),
        ...output.document.intervals.map((i) => ({ type: 'interval', ...i })),
        ...output.document.timeline.map((s) => ({ type: 'segment', ...s })),
      );
      break;
  }
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
};
