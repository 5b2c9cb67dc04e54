import type { Output } from './documents.js';
import type { Formatter } from './index.js';
import { lazyMap } from './lazy-map.js';
import type { TableName } from './rows.js';
import { writeAll } from './sink.js';

/**
 * One JSON object per line, each starting with `type`: `record` (check,
 * explain), `kpi` and `volume` (report), `interval` (SPEC 8.2) and `segment`
 * (explain), `sla`, `kpi`
 * and `flip` (compare), `suggestion` (suggest), so that lines of every
 * command read the same way. Written line by line. `--table` keeps the lines
 * of one table. Warnings go to stderr only.
 */
export const formatNdjson: Formatter = (output, sink, options) =>
  writeAll(
    sink,
    lazyMap(lines(output, options.table), (line) => `${JSON.stringify(line)}\n`),
  );

function* lines(output: Output, only: TableName | undefined): Generator<object> {
  const want = (name: TableName) => only === undefined || only === name;
  switch (output.command) {
    case 'check':
      for (const r of output.document.records) yield { type: 'record', ...r };
      break;
    case 'report':
      if (want('kpis')) for (const k of output.document.kpis) yield { type: 'kpi', ...k };
      if (want('volume')) yield { type: 'volume', ...output.document.volume };
      break;
    case 'explain':
      if (want('records')) for (const r of output.document.records) yield { type: 'record', ...r };
      if (want('intervals')) for (const i of output.document.intervals) yield { type: 'interval', ...i };
      if (want('timeline')) for (const s of output.document.timeline) yield { type: 'segment', ...s };
      break;
    case 'compare':
      if (want('slas')) for (const s of output.document.slas) yield { type: 'sla', ...s };
      if (want('kpis')) for (const k of output.document.kpis) yield { type: 'kpi', ...k };
      if (want('flips')) for (const f of output.document.flips ?? []) yield { type: 'flip', ...f };
      break;
    case 'suggest':
      for (const s of output.document.suggestions) yield { type: 'suggestion', ...s };
      break;
  }
}
