import { numberColumn, textColumn, type Column } from './block-columns.js';
import { idIndex } from './id-index.js';
import { fieldsBuilder, timesBuilder } from './ticket-object-builders.js';
import type { FileActivity, Ticket, TicketList } from '../types.js';

/**
 * Tickets by id across all files. The same id twice keeps the row with the
 * latest `updated`, else the later row (later file, or later in the file);
 * each such merge is counted. First-seen order is kept.
 *
 * Stored in columns (block-columns.ts: one per field, instants unboxed, texts
 * interned upstream), not as a million objects of objects: a ticket costs
 * ~100 bytes instead of ~290, and the tickets of an export no longer crowd
 * the heap the rest of the run needs. list() builds each Ticket object when
 * it is read.
 */
export type TicketTable = {
  readonly timeFields: readonly string[];
  readonly textFields: readonly string[];
  readonly listFields: readonly string[];
  /**
   * The row being read: values in the order of timeFields (NaN: absent) and
   * textFields (undefined: absent), and listFields' values joined by NUL (a
   * character no cell holds: NUL bytes are removed as cells are read; undefined: none).
   */
  readonly scratch: { times: Float64Array; texts: (string | undefined)[]; lists: (string | undefined)[] };
  /** Add the scratch row as the ticket `id` read from `file` at `line` (or merge it with an earlier row of that id). */
  putScratch(id: string, file: string, line: number): void;
  /** The ticket's position in list(), or -1: the key the status history is stored under. */
  position(id: string): number;
  readonly size: number;
  readonly merged: number;
  /** Per file, in order: the rows of that file that repeated an id, with the first few (each names its place). */
  readonly merges: ReadonlyMap<string, Merges>;
  /** Per file, in order: the newest activity among its rows that became tickets (merged rows included). */
  readonly activity: ReadonlyMap<string, Omit<FileActivity, 'file'>>;
  list(): TicketList;
};

/** The repeated ids of one file: how many, and the first few with their line and the earlier row's place. */
export type Merges = { count: number; shown: { id: string; line: number; earlier: { file: string; line: number } }[] };

/** A file's newest activity so far (a stale or cut export stops early). */
type Activity = Omit<FileActivity, 'file'>;

/** Fields whose times are activity on a ticket (SPEC 5.1); any row's latest is the export's newest activity. */
const ACTIVITY_FIELDS = ['updated', 'created', 'first_response', 'resolved', 'closed'];

/** `timeFields` and `textFields` are every field any file may fill (Settings); others are not kept. */
export function ticketTable(timeFields: readonly string[], textFields: readonly string[], listFields: readonly string[] = []): TicketTable {
  const ids: string[] = [];
  const lines = numberColumn(0);
  const files = numberColumn(0);
  const fileNames: string[] = [];
  const times = timeFields.map(() => numberColumn(Number.NaN));
  const texts = textFields.map(() => textColumn());
  const lists = listFields.map(() => textColumn());
  const updated = timeFields.indexOf('updated');
  const scratch = {
    times: new Float64Array(timeFields.length),
    texts: textFields.map((): string | undefined => undefined),
    lists: listFields.map((): string | undefined => undefined),
  };
  const byId = idIndex((p) => ids[p]!);
  const merges = new Map<string, Merges>();
  const activity = new Map<string, Activity>();
  const activitySlots = ACTIVITY_FIELDS.map((f) => timeFields.indexOf(f)).filter((k) => k >= 0);
  let activityFile: string | undefined;
  let newest: Activity | undefined;
  // A few comparisons per row: the row's latest activity time against its file's so far.
  const noteActivity = (file: string, line: number): void => {
    let slot = -1;
    for (const k of activitySlots) if (scratch.times[k]! > (slot < 0 ? -Infinity : scratch.times[slot]!)) slot = k;
    if (slot < 0) return;
    const at = scratch.times[slot]!;
    // Rows come file by file: the file's entry is looked up only when the file changes.
    if (file !== activityFile) {
      activityFile = file;
      newest = activity.get(file);
    }
    if (newest !== undefined && at <= newest.at) return;
    newest = { at, field: timeFields[slot]!, line };
    activity.set(file, newest);
  };
  let merged = 0;
  const noteMerge = (at: number, id: string, file: string, line: number): void => {
    let mine = merges.get(file);
    if (mine === undefined) merges.set(file, (mine = { count: 0, shown: [] }));
    mine.count++;
    if (mine.shown.length < 3) mine.shown.push({ id, line, earlier: { file: fileNames[files.get(at)]!, line: lines.get(at) } });
  };

  const fileIndex = (name: string): number => {
    // Tickets arrive file by file: the last file is almost always the one.
    const last = fileNames.length - 1;
    if (last >= 0 && fileNames[last] === name) return last;
    const known = fileNames.indexOf(name);
    return known >= 0 ? known : fileNames.push(name) - 1;
  };
  const store = (p: number, id: string, file: string, line: number): void => {
    ids[p] = id;
    lines.set(p, line);
    files.set(p, fileIndex(file));
    for (let k = 0; k < times.length; k++) times[k]!.set(p, scratch.times[k]!);
    for (let k = 0; k < texts.length; k++) texts[k]!.set(p, scratch.texts[k]);
    for (let k = 0; k < lists.length; k++) lists[k]!.set(p, scratch.lists[k]);
  };

  return {
    timeFields,
    textFields,
    listFields,
    scratch,
    putScratch(id, file, line) {
      noteActivity(file, line);
      const at = byId.insert(id, ids.length);
      if (at < 0) return store(ids.length, id, file, line);
      merged++;
      noteMerge(at, id, file, line);
      // Keep the earlier row only when both have an updated time and the earlier one's is later.
      const before = updated < 0 ? Number.NaN : times[updated]!.get(at);
      const now = updated < 0 ? Number.NaN : scratch.times[updated]!;
      if (before === before && now === now && now < before) return;
      store(at, id, file, line);
    },
    position: (id) => byId.get(id),
    get size() {
      return ids.length;
    },
    get merged() {
      return merged;
    },
    merges,
    activity,
    list: () =>
      ticketList({ ids, lines, files, fileNames, times, texts, lists, timeFields, textFields, listFields, position: (id) => byId.get(id) }),
  };
}

type Columns = {
  ids: readonly string[];
  lines: Column<number>;
  files: Column<number>;
  fileNames: readonly string[];
  times: readonly Column<number>[];
  texts: readonly Column<string | undefined>[];
  lists: readonly Column<string | undefined>[];
  timeFields: readonly string[];
  textFields: readonly string[];
  listFields: readonly string[];
  position(id: string): number;
};

function ticketList(c: Columns): TicketList {
  const buildTimes = timesBuilder(c.timeFields);
  const buildFields = fieldsBuilder<string>(c.textFields);
  const timeValues = new Float64Array(c.timeFields.length);
  const textValues: (string | undefined)[] = c.textFields.map(() => undefined);
  const at = (p: number): Ticket => {
    for (let k = 0; k < timeValues.length; k++) timeValues[k] = c.times[k]!.get(p);
    for (let k = 0; k < textValues.length; k++) textValues[k] = c.texts[k]!.get(p);
    const ticket: Ticket = {
      id: c.ids[p]!,
      source: { file: c.fileNames[c.files.get(p)]!, line: c.lines.get(p) },
      times: buildTimes(timeValues),
      fields: buildFields(textValues),
    };
    return c.listFields.length === 0 ? ticket : { ...ticket, lists: listsAt(p) };
  };
  const listsAt = (p: number): Record<string, readonly string[]> => {
    const out: Record<string, readonly string[]> = {};
    c.listFields.forEach((field, k) => {
      const joined = c.lists[k]!.get(p);
      out[field] = joined === undefined ? [] : joined.split('\u0000');
    });
    return out;
  };
  return {
    length: c.ids.length,
    at: (p) => {
      if (!(p >= 0 && p < c.ids.length)) throw new RangeError(`no ticket at position ${p}`);
      return at(p);
    },
    get(id) {
      const p = c.position(id);
      return p < 0 ? undefined : at(p);
    },
    ids: () => c.ids,
    *[Symbol.iterator]() {
      for (let p = 0; p < c.ids.length; p++) yield at(p);
    },
  };
}
