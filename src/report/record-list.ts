import type { RecordStatus, TicketRecord } from '../evaluate/types.js';

/**
 * What a listed record keeps: every field but the ones only evaluation and
 * explain use (its pauses, source, judge instant and update intervals). Fields added to TicketRecord later
 * are kept too (see `extras`).
 */
export type ListedRecord = Omit<TicketRecord, 'pauses' | 'source' | 'judgedAt' | 'intervals'>;

export type RecordList = Iterable<ListedRecord> & {
  readonly length: number;
  add(record: TicketRecord): void;
  /** SPEC 7's order: due, then ticket id, then the order added (metric order as evaluated); plain comparisons, no locale. */
  sortByDueThenTicket(): void;
};

const FIRST_CAPACITY = 1024;
const STATUSES: readonly RecordStatus[] = ['met', 'breached', 'open', 'overdue'];

/**
 * The records `check` lists, kept in columns until they are written: typed
 * arrays for the instants and durations, small indexes for the names that
 * repeat (metric, policy, priority, calendar). Two million records as
 * objects took some 300 bytes each (a number field is a boxed double);
 * here about 90. Reading yields one ListedRecord at a time, made as it is
 * read. Fields this file does not know (a later optional field of
 * TicketRecord) are kept as they are, for the records that have them.
 */
export function recordList(): RecordList {
  let capacity = FIRST_CAPACITY;
  let length = 0;
  const tickets: string[] = [];
  const names = { metric: interner(), policy: interner(), priority: interner(), calendar: interner() };
  let ids = { metric: new Uint32Array(capacity), policy: new Uint32Array(capacity), priority: new Uint32Array(capacity), calendar: new Uint32Array(capacity) };
  let times = { start: new Float64Array(capacity), stop: new Float64Array(capacity), due: new Float64Array(capacity) };
  let spans = { targetMs: new Float64Array(capacity), elapsedMs: new Float64Array(capacity), pausedMs: new Float64Array(capacity), wallMs: new Float64Array(capacity) };
  let flags = new Uint8Array(capacity); // status index in bits 0-1, priorityChanged in bit 2
  // SPEC 8.2's counts of update-cadence records; -1 on the others (undefined).
  let counts = { updates: new Int32Array(capacity), lateUpdates: new Int32Array(capacity) };
  const extras = new Map<number, object>();
  let order: Uint32Array | undefined;

  const grow = () => {
    capacity *= 2;
    ids = mapValues(ids, (a) => resized(a, capacity));
    times = mapValues(times, (a) => resized(a, capacity));
    spans = mapValues(spans, (a) => resized(a, capacity));
    flags = resized(flags, capacity);
    counts = mapValues(counts, (a) => resized(a, capacity));
  };

  const read = (i: number): ListedRecord => {
    const stop = times.stop[i]!;
    const record: ListedRecord = {
      ticket: tickets[i]!,
      metric: names.metric.text(ids.metric[i]!)!,
      policy: names.policy.text(ids.policy[i]!)!,
      priority: names.priority.text(ids.priority[i]!),
      calendar: names.calendar.text(ids.calendar[i]!)!,
      start: times.start[i]!,
      stop: Number.isNaN(stop) ? undefined : stop,
      due: times.due[i]!,
      targetMs: spans.targetMs[i]!,
      elapsedMs: spans.elapsedMs[i]!,
      pausedMs: spans.pausedMs[i]!,
      wallMs: spans.wallMs[i]!,
      status: STATUSES[flags[i]! & 3]!,
      priorityChanged: (flags[i]! & 4) !== 0,
      updates: counted(counts.updates[i]!),
      lateUpdates: counted(counts.lateUpdates[i]!),
    };
    const extra = extras.get(i);
    return extra === undefined ? record : { ...record, ...extra };
  };

  return {
    get length() {
      return length;
    },
    add(r) {
      if (length === capacity) grow();
      const i = length++;
      const { ticket, metric, policy, priority, calendar, start, stop, due, targetMs, elapsedMs, pausedMs, wallMs, status, priorityChanged } = r;
      tickets.push(ticket);
      ids.metric[i] = names.metric.id(metric);
      ids.policy[i] = names.policy.id(policy);
      ids.priority[i] = names.priority.id(priority);
      ids.calendar[i] = names.calendar.id(calendar);
      times.start[i] = start;
      times.stop[i] = stop ?? NaN;
      times.due[i] = due;
      spans.targetMs[i] = targetMs;
      spans.elapsedMs[i] = elapsedMs;
      spans.pausedMs[i] = pausedMs;
      spans.wallMs[i] = wallMs;
      flags[i] = STATUSES.indexOf(status) | (priorityChanged ? 4 : 0);
      counts.updates[i] = r.updates ?? -1;
      counts.lateUpdates[i] = r.lateUpdates ?? -1;
      // A key KNOWN does not hold means a field added later. Records from evaluation carry every key, so the
      // count settles it (Object.keys is cached per shape: cheap); fewer keys (an optional one left out) are looked at.
      const keys = Object.keys(r);
      if (keys.length !== KNOWN.size && keys.some((key) => !KNOWN.has(key))) extras.set(i, extraFields(r));
      order = undefined;
    },
    sortByDueThenTicket() {
      const due = times.due;
      const sorted = Uint32Array.from({ length }, (_, i) => i);
      // Ties keep the order added: compare the positions last (TypedArray sort is not guaranteed stable).
      sorted.sort((a, b) => due[a]! - due[b]! || (tickets[a]! < tickets[b]! ? -1 : tickets[a]! > tickets[b]! ? 1 : a - b));
      order = sorted;
    },
    *[Symbol.iterator]() {
      const n = length;
      const positions = order;
      for (let k = 0; k < n; k++) yield read(positions === undefined ? k : positions[k]!);
    },
  };
}

/** The keys of a TicketRecord this file knows (kept in columns, or dropped). */
const KNOWN = new Set<string>([
  'ticket', 'metric', 'policy', 'priority', 'calendar', 'start', 'stop', 'due', 'targetMs', 'elapsedMs', 'pausedMs', 'wallMs', 'status', 'priorityChanged',
  'updates', 'lateUpdates', 'judgedAt', 'pauses', 'source', 'intervals',
] satisfies (keyof TicketRecord)[]);

function counted(n: number): number | undefined {
  return n < 0 ? undefined : n;
}

/** The fields of a record that this file does not know, as they are. */
function extraFields(r: TicketRecord): object {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) if (!KNOWN.has(key)) extra[key] = value;
  return extra;
}

/** Names that repeat, as small numbers; undefined is a name too (a record without priority). */
function interner(): { id(text: string | undefined): number; text(id: number): string | undefined } {
  const known = new Map<string | undefined, number>();
  const texts: (string | undefined)[] = [];
  return {
    id(text) {
      let id = known.get(text);
      if (id === undefined) {
        id = texts.length;
        known.set(text, id);
        texts.push(text);
      }
      return id;
    },
    text: (id) => texts[id],
  };
}

function resized<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

function mapValues<T extends Record<string, unknown>>(object: T, fn: (value: T[keyof T]) => T[keyof T]): T {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v as T[keyof T])])) as T;
}
