import { hasErrors, problem, type Problem } from '../problem.js';
import { eventLogBuilder } from './history/event-log-file.js';
import { eventStore } from './store/event-store.js';
import type { Orphans } from './history/events-file.js';
import { guardFile } from './read/guard-file.js';
import { noHistoryProblems } from './history/history-columns.js';
import { withChosenPreset } from './columns/presets/choose.js';
import { withRawValueZone } from './columns/presets/raw-values.js';
import { readHistoryFiles } from './history/history-files.js';
import { adoptHistoryPart, type HistoryPart } from './history/history-part.js';
import { resolveSettings, type Settings } from './import-settings.js';
import { runState } from './run-state.js';
import { allRowsRejected } from './problems.js';
import { readTicketFile } from './ticket-rows/ticket-file.js';
import type { StopWarning } from './columns/stop-columns.js';
import { ticketTable, type Merges, type TicketTable } from './store/ticket-table.js';
import type { EventLog, ImportCounts, ImportRequest, ImportResult } from './types.js';

/**
 * Ticket exports and status histories -> canonical tickets and events
 * (SPEC 5). Pure: the CLI opens the files and hands over bytes. Never
 * throws on user input: a file that cannot be read is one error Problem, a
 * bad row a warning with its reason, and `counts` says where every row went.
 */
export async function importTickets(given: ImportRequest): Promise<ImportResult> {
  // No preset named: the first ticket file's header row picks one; a raw-value export's times have their own zone.
  const preset = await withChosenPreset(given);
  const zoned = await withRawValueZone(preset.request);
  const { request } = zoned;
  const notices = [...preset.notices, ...zoned.notices];
  const { settings, problems } = resolveSettings(request.sla, request.options);
  problems.unshift(...notices);
  const counts = emptyCounts();
  // Metrics that read the status history cannot be judged without one: every such record would be wrong.
  const withoutHistory = (request.events ?? []).length === 0 && request.history === undefined && settings?.eventLog === undefined;
  if (withoutHistory) problems.push(...noHistoryProblems(request.sla));
  if (settings === undefined || hasErrors(problems))
    return {
      tickets: ticketTable([], []).list(),
      events: emptyLog(),
      resolvedStatuses: request.sla.resolvedStatuses ?? [],
      waitingStatuses: [],
      problems,
      counts,
    };
  const run = runState(settings, settings.priorities);
  const store = eventStore(settings.eventFields);
  const table = ticketTable(settings.timeFields, settings.textFields, settings.listFields);
  const files: string[] = [];
  const stops: StopWarning[] = [];
  const guarded = (read: () => Promise<void>): Promise<void> => guardFile(problems, read);

  const log = settings.eventLog === undefined ? undefined : eventLogBuilder(settings.eventLog, run, store, table, problems);
  for (const source of request.tickets) {
    const fileIndex = files.push(source.name) - 1;
    const from = problems.length;
    // Counted also when the file is refused halfway: its rows so far are in the table.
    const r = { rows: 0, rejected: 0 };
    await guarded(async () => {
      try {
        if (log === undefined) stops.push(...(await readTicketFile(source, run, table, problems, request.sla.metrics.values(), r)));
        else await log.read(source, fileIndex, r);
      } finally {
        addRows(counts, log === undefined ? 'ticket' : 'event', r);
      }
      pushIf(problems, allRowsRejected(source.name, r.rows, r.rejected, problems, from));
    });
  }
  if (log !== undefined) {
    const from = problems.length;
    counts.rejectedTickets = log.finish();
    pushIf(problems, allRowsRejected(undefined, log.keyCount, counts.rejectedTickets, problems, from, 'ticket of the event log'));
  }
  if (request.history !== undefined && log === undefined)
    return withHistoryPart(await request.history, { table, files, problems, counts, settings, stops });

  // History rows find their ticket's key as they are read; rows of unknown tickets are only counted.
  const keyOf = log === undefined ? (id: string) => table.position(id) : (id: string) => log.keyOf(id);
  const orphans: Orphans = { events: 0, tickets: new Set() };
  const histories = (request.events ?? []).filter((source) => {
    const alreadyRead = log !== undefined && request.tickets.some((t) => t.name === source.name);
    if (alreadyRead)
      problems.push(
        problem('tickets.events-already-read', 'warning', 'this file is the event log the tickets come from; its events are read once', {
          file: source.name,
        }),
      );
    return !alreadyRead;
  });
  files.push(...histories.map((source) => source.name));
  await readHistoryFiles(histories, files.length - histories.length, run, store, keyOf, orphans, problems, counts);

  const sealed =
    log === undefined
      ? store.seal(files, table.size, keyOf, () => true)
      : store.seal(files, log.keyCount, keyOf, (key) => log.isTicket(key));
  const orphanTickets = [...orphans.tickets, ...(log === undefined ? [] : sealed.orphanKeys.map((k) => log.idOf(k)))];
  return finish({ table, files, problems, counts, settings, stops }, sealed, orphans.events, orphanTickets, log !== undefined);
}

type Run = {
  table: TicketTable;
  files: string[];
  problems: Problem[];
  counts: ImportCounts;
  settings: Settings;
  stops: readonly StopWarning[];
};

/** A ticket table's import completed with histories read elsewhere (readHistoryPart). */
function withHistoryPart(part: HistoryPart, run: Run): ImportResult {
  const { table, files, problems, counts } = run;
  problems.push(...part.problems);
  counts.eventRows += part.counts.eventRows;
  counts.rejectedEventRows += part.counts.rejectedEventRows;
  counts.ignoredRows += part.counts.ignoredRows;
  files.push(...part.files);
  const { store, unknownIds } = adoptHistoryPart(part, table);
  const sealed = store.seal(
    files,
    table.size + unknownIds.length,
    (id) => table.position(id),
    (key) => key < table.size,
  );
  return finish(
    run,
    sealed,
    0,
    sealed.orphanKeys.map((k) => unknownIds[k - table.size]!),
    false,
  );
}

function finish(
  run: Run,
  sealed: { log: EventLog; orphans: number; replies: boolean },
  moreOrphans: number,
  orphanTickets: readonly string[],
  fromLog: boolean,
): ImportResult {
  const { table, problems, counts } = run;
  const tickets = table.list();
  Object.assign(counts, {
    tickets: tickets.length,
    events: sealed.log.size,
    orphanEvents: sealed.orphans + moreOrphans,
    mergedRows: table.merged,
  });
  // A status history can stop what no column does (done statuses, replies).
  const moot = { history: sealed.log.size > 0, replies: sealed.replies, nothing: false };
  problems.push(...run.stops.filter((s) => !moot[s.mootWith]).map((s) => s.problem));
  const { resolvedStatuses, waitingStatuses, preset } = run.settings;
  // Three rows or more per ticket on average is an event log read as a ticket table (two overlapping exports give
  // two at most): its statuses, and the pauses they make, would be lost.
  const logHint = !fromLog && table.merged >= 2 * tickets.length ? eventLogHint(preset.name, preset.eventLog !== undefined) : undefined;
  problems.push(...mergeNotices(table.merges, logHint), ...notices(counts, orphanTickets, fromLog));
  const activity = [...table.activity].map(([file, newest]) => ({ file, ...newest }));
  return { tickets, events: sealed.log, resolvedStatuses, waitingStatuses, preset: preset.name, problems, counts, activity };
}

/** One warning per file whose rows repeat ids, at the first such row (file and line in JSON too). */
function mergeNotices(merges: ReadonlyMap<string, Merges>, hint: string | undefined): Problem[] {
  return [...merges].map(([file, { count, shown }]) => {
    const place = (p: { file: string; line: number }) => (p.file === file ? `line ${p.line}` : `${p.file}:${p.line}`);
    const list =
      shown.map((m) => `"${m.id}" on line ${m.line}, first at ${place(m.earlier)}`).join('; ') + (count > shown.length ? '; …' : '');
    return problem(
      'tickets.merged-duplicates',
      'warning',
      `${count} ${count === 1 ? 'row repeats a ticket id' : 'rows repeat ticket ids'} seen before (${list}); kept the row with the latest "updated", else the later row`,
      { file, line: shown[0]!.line },
      hint,
    );
  });
}

function eventLogHint(preset: string, knowsLog: boolean): string {
  const how = knowsLog
    ? `input: { event_log: {} } in the SLA file (the ${preset} preset knows its columns)`
    : 'input.event_log in the SLA file, naming its ticket and time columns';
  return `if the file is an event log (a row per change of a ticket), read it as one, with its statuses as the history: ${how}; see "Event logs" in the README`;
}

function notices(counts: ImportCounts, orphanTickets: readonly string[], fromLog: boolean): Problem[] {
  const out: Problem[] = [];
  if (counts.orphanEvents > 0) {
    const shown = orphanTickets.slice(0, 5).join(', ') + (orphanTickets.length > 5 ? ', …' : '');
    const why = fromLog ? 'tickets that were rejected or are not in the ticket files' : 'tickets that are not in the ticket files';
    out.push(
      problem(
        'tickets.unknown-ticket-events',
        'warning',
        `${counts.orphanEvents} events belong to ${orphanTickets.length} ${why} (${shown}); they are not used`,
        {},
      ),
    );
  }
  return out;
}

function addRows(counts: ImportCounts, kind: 'ticket' | 'event', r: { rows: number; rejected: number }): void {
  if (kind === 'ticket') {
    counts.ticketRows += r.rows;
    counts.rejectedTicketRows += r.rejected;
  } else {
    counts.eventRows += r.rows;
    counts.rejectedEventRows += r.rejected;
  }
}

function pushIf(problems: Problem[], p: Problem | undefined): void {
  if (p !== undefined) problems.push(p);
}

function emptyCounts(): ImportCounts {
  return {
    ticketRows: 0,
    eventRows: 0,
    tickets: 0,
    events: 0,
    rejectedTicketRows: 0,
    rejectedEventRows: 0,
    mergedRows: 0,
    orphanEvents: 0,
    ignoredRows: 0,
    rejectedTickets: 0,
  };
}

function emptyLog(): EventLog {
  return { size: 0, eventsFor: () => [] };
}
