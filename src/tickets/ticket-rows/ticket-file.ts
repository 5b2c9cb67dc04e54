import type { Problem } from '../../problem.js';
import type { Metric } from '../../sla/types.js';
import { planColumns } from '../columns/column-plan.js';
import { derivedColumns } from '../columns/derived-times.js';
import { planListColumns } from '../columns/list-columns.js';
import { FileRejected } from '../read/file-error.js';
import type { Headers } from '../read/headers.js';
import { readCounted, type Handled } from '../read/read-file.js';
import type { RunState } from '../run-state.js';
import { missingFirstStops, missingStopColumns, type StopWarning } from '../columns/stop-columns.js';
import type { TicketTable } from '../store/ticket-table.js';
import { ticketReader, type TicketColumns } from './ticket-rows.js';
import type { Source } from '../types.js';

/**
 * A ticket table (one row per ticket, SPEC 5.1) into the run's tickets. Its
 * rows and rejected rows are added to `tally`, also when the file is refused
 * halfway; returns the warnings about metrics that no column of it stops as
 * the SLA means (columns/stop-columns.ts).
 */
export async function readTicketFile(
  source: Source,
  run: RunState,
  table: TicketTable,
  problems: Problem[],
  metrics: Iterable<Metric>,
  tally: Handled,
): Promise<StopWarning[]> {
  let accepted = 0;
  let stops: StopWarning[] = [];
  const handled = await readCounted(
    source,
    run,
    problems,
    (headers) => {
      const columns = ticketColumns(source.name, headers, run, ['id', 'created'], problems);
      const found = [...columns.times, ...columns.derived];
      const all = [...metrics];
      stops = [...missingStopColumns(source.name, headers, found, all), ...missingFirstStops(source.name, headers, found, all)];
      return {
        timeColumns: columns.times.map((c) => c.index),
        headerOf: (c) => headers.names[c] ?? `#${c + 1}`,
        start(times) {
          const read = ticketReader(source.name, columns, times, run, table, problems);
          return (row, line, n) => {
            if (read(row, line, n)) accepted++;
          };
        },
      };
    },
    tally,
    () => accepted,
  );
  return handled.rows === 0 ? [] : stops;
}

/** The id, timestamp and text columns of a ticket export; a missing required column rejects the file. */
export function ticketColumns(
  file: string,
  headers: Headers,
  run: RunState,
  required: readonly string[],
  problems: Problem[],
): TicketColumns {
  const { settings } = run;
  const found: Problem[] = [];
  const preset = settings.preset.columns;
  const [id] = planColumns(file, headers, ['id'], required, settings.columns, preset, found);
  const times = planColumns(file, headers, settings.timeFields, required, settings.columns, preset, found);
  const texts = planColumns(file, headers, settings.textFields, [], settings.columns, preset, found);
  const lists = planListColumns(file, headers, settings.listFields, settings.columns, preset, found);
  const errors = found.filter((p) => p.severity === 'error');
  problems.push(...found.filter((p) => p !== errors[0]));
  if (errors.length > 0) throw new FileRejected(errors[0]!);
  const { derived, notices } = derivedColumns(file, headers, settings, times);
  problems.push(...notices);
  return { id: id?.index ?? -1, idHeader: id?.header ?? 'id', times, texts, lists, derived };
}
