import { problem, type Problem } from '../../problem.js';
import type { EventStore } from '../store/event-store.js';
import { readEventsFile, type EventFileCounts, type Orphans, type TicketKey } from './events-file.js';
import { guardFile } from '../read/guard-file.js';
import { historyCoverage, missingHistoryColumns } from './history-columns.js';
import { allRowsRejected } from '../problems.js';
import type { RunState } from '../run-state.js';
import type { ImportCounts, Source } from '../types.js';

/** What reading status histories adds to an import's counts. */
export type HistoryCounts = Pick<ImportCounts, 'eventRows' | 'rejectedEventRows' | 'ignoredRows'>;

/**
 * Status-history files (SPEC 5.3) into the event store, one after another;
 * the first file gets index `firstFile` in the import's list of files. The
 * columns metrics' milestones need must be in one of them (SPEC 8.1).
 */
export async function readHistoryFiles(
  sources: readonly Source[],
  firstFile: number,
  run: RunState,
  store: EventStore,
  keyOf: TicketKey,
  orphans: Orphans,
  problems: Problem[],
  counts: HistoryCounts,
): Promise<void> {
  const coverage = historyCoverage();
  for (const [k, source] of sources.entries()) {
    const from = problems.length;
    const r: EventFileCounts = { rows: 0, rejected: 0, ignored: 0, ignoredFields: new Set() };
    await guardFile(problems, async () => {
      try {
        await readEventsFile(source, firstFile + k, run, store, keyOf, orphans, problems, r, coverage);
      } finally {
        counts.eventRows += r.rows;
        counts.rejectedEventRows += r.rejected;
        counts.ignoredRows += r.ignored;
      }
      const all = allRowsRejected(source.name, r.rows, r.rejected, problems, from, 'row', true);
      if (all !== undefined) problems.push(all);
      if (r.ignored > 0) {
        const fields = [...r.ignoredFields].map((f) => `"${f}"`).join(', ');
        problems.push(
          problem('tickets.other-fields', 'warning', `${r.ignored} history rows change other fields (${fields}) and are not used`, {
            file: source.name,
          }),
        );
      }
    });
  }
  problems.push(...missingHistoryColumns(coverage, run.settings));
}
