import type { RecordStatus, TicketRecord } from '../evaluate/types.js';
import { vendorVerdictOf } from '../evaluate/vendor-verdicts.js';
import type { VendorVerdict } from '../tickets/columns/vendor-verdict.js';
import type { Ticket } from '../tickets/types.js';

/**
 * The ticket's own fields a record carries (a breach list is read
 * without a join to the export): absent where the ticket has no value.
 */
export type RecordTicket = {
  customer?: string;
  group?: string;
  service?: string;
  title?: string;
  /** The helpdesk's own verdict for the record's metric. */ vendorVerdict?: VendorVerdict;
};
export const RECORD_TICKET_FIELDS = ['customer', 'group', 'service', 'title'] as const satisfies readonly (keyof RecordTicket)[];

/**
 * What a listed record keeps: every field but the ones only evaluation and
 * explain use (its pauses, source, judge instant and update intervals), and
 * its ticket's fields. Fields added to TicketRecord later are kept too (see `extras`).
 */
export type ListedRecord = Omit<TicketRecord, 'pauses' | 'source' | 'judgedAt' | 'intervals'> & RecordTicket;

/** A record with its ticket's fields. */
export function withTicket<R extends object>(record: R, ticket: Pick<Ticket, 'fields'>): R & RecordTicket {
  const out: R & RecordTicket = { ...record };
  for (const field of RECORD_TICKET_FIELDS) {
    const value = ticket.fields[field];
    if (value !== undefined) out[field] = value;
  }
  if ('metric' in record && typeof record.metric === 'string') {
    const vendor = vendorVerdictOf(ticket, record.metric);
    if (vendor !== undefined) out.vendorVerdict = vendor;
  }
  return out;
}

export type RecordList = Iterable<ListedRecord> & {
  readonly length: number;
  /** `ticket`: the record's ticket, whose fields the record carries. */
  add(record: TicketRecord, ticket?: Pick<Ticket, 'fields'>): void;
  /** SPEC 7's order: due, then ticket id, then the order added (metric order as evaluated); plain comparisons, no locale. */
  sortByDueThenTicket(): void;
};

const STATUSES: readonly RecordStatus[] = ['met', 'breached', 'open', 'overdue'];
const VERDICTS: readonly (VendorVerdict | undefined)[] = [undefined, 'within', 'breached'];

// Append-only blocks of 64k records: growing never copies (a doubling array holds the old and the new copy at
// once, half again the peak memory of three million records).
const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/** One block of every column. */
type Block = {
  tickets: string[];
  /** metric, policy, priority, calendar: indexes into their interners. */
  metric: Uint32Array;
  policy: Uint32Array;
  priority: Uint32Array;
  calendar: Uint32Array;
  start: Float64Array;
  stop: Float64Array;
  due: Float64Array;
  targetMs: Float64Array;
  elapsedMs: Float64Array;
  pausedMs: Float64Array;
  wallMs: Float64Array;
  /** Status index in bits 0-1, priorityChanged in bit 2, the helpdesk's verdict in bits 3-4 (0 none, 1 within, 2 breached). */
  flags: Uint8Array;
  /** SPEC 8.2's counts of update-cadence records; -1 on the others (undefined). */
  updates: Int32Array;
  lateUpdates: Int32Array;
  /** The ticket's customer, group and service: indexes into their interners; its title as it is. */
  customer: Uint32Array;
  group: Uint32Array;
  service: Uint32Array;
  titles: (string | undefined)[];
};

function newBlock(): Block {
  return {
    tickets: [],
    metric: new Uint32Array(BLOCK),
    policy: new Uint32Array(BLOCK),
    priority: new Uint32Array(BLOCK),
    calendar: new Uint32Array(BLOCK),
    start: new Float64Array(BLOCK),
    stop: new Float64Array(BLOCK),
    due: new Float64Array(BLOCK),
    targetMs: new Float64Array(BLOCK),
    elapsedMs: new Float64Array(BLOCK),
    pausedMs: new Float64Array(BLOCK),
    wallMs: new Float64Array(BLOCK),
    flags: new Uint8Array(BLOCK),
    updates: new Int32Array(BLOCK),
    lateUpdates: new Int32Array(BLOCK),
    customer: new Uint32Array(BLOCK),
    group: new Uint32Array(BLOCK),
    service: new Uint32Array(BLOCK),
    titles: [],
  };
}

/**
 * The records `check` lists, kept in columns until they are written: typed
 * arrays for the instants and durations, small indexes for the names that
 * repeat (metric, policy, priority, calendar). Two million records as
 * objects took some 300 bytes each (a number field is a boxed double);
 * here about 90 (and the ticket's title, interned customer, group and
 * service). Reading yields one ListedRecord at a time, made as it is
 * read. Fields this file does not know (a later optional field of
 * TicketRecord) are kept as they are, for the records that have them.
 */
export function recordList(): RecordList {
  let length = 0;
  const blocks: Block[] = [];
  const names = {
    metric: interner(),
    policy: interner(),
    priority: interner(),
    calendar: interner(),
    customer: interner(),
    group: interner(),
    service: interner(),
  };
  const extras = new Map<number, object>();
  let order: Uint32Array | undefined;

  const read = (i: number): ListedRecord => {
    const b = blocks[i >>> SHIFT]!;
    const k = i & MASK;
    const stop = b.stop[k]!;
    const flags = b.flags[k]!;
    const record: ListedRecord = {
      ticket: b.tickets[k]!,
      metric: names.metric.text(b.metric[k]!)!,
      policy: names.policy.text(b.policy[k]!)!,
      priority: names.priority.text(b.priority[k]!),
      calendar: names.calendar.text(b.calendar[k]!)!,
      start: b.start[k]!,
      stop: Number.isNaN(stop) ? undefined : stop,
      due: b.due[k]!,
      targetMs: b.targetMs[k]!,
      elapsedMs: b.elapsedMs[k]!,
      pausedMs: b.pausedMs[k]!,
      wallMs: b.wallMs[k]!,
      status: STATUSES[flags & 3]!,
      priorityChanged: (flags & 4) !== 0,
      updates: counted(b.updates[k]!),
      lateUpdates: counted(b.lateUpdates[k]!),
    };
    const customer = names.customer.text(b.customer[k]!);
    const group = names.group.text(b.group[k]!);
    const service = names.service.text(b.service[k]!);
    const title = b.titles[k];
    if (customer !== undefined) record.customer = customer;
    if (group !== undefined) record.group = group;
    if (service !== undefined) record.service = service;
    if (title !== undefined) record.title = title;
    const vendor = VERDICTS[(flags >> 3) & 3];
    if (vendor !== undefined) record.vendorVerdict = vendor;
    const extra = extras.get(i);
    return extra === undefined ? record : { ...record, ...extra };
  };

  return {
    get length() {
      return length;
    },
    add(r, ticket) {
      const i = length++;
      const k = i & MASK;
      if (k === 0) blocks.push(newBlock());
      const b = blocks[blocks.length - 1]!;
      b.tickets.push(r.ticket);
      b.metric[k] = names.metric.id(r.metric);
      b.policy[k] = names.policy.id(r.policy);
      b.priority[k] = names.priority.id(r.priority);
      b.calendar[k] = names.calendar.id(r.calendar);
      b.start[k] = r.start;
      b.stop[k] = r.stop ?? NaN;
      b.due[k] = r.due;
      b.targetMs[k] = r.targetMs;
      b.elapsedMs[k] = r.elapsedMs;
      b.pausedMs[k] = r.pausedMs;
      b.wallMs[k] = r.wallMs;
      const vendor = ticket === undefined ? undefined : vendorVerdictOf(ticket, r.metric);
      b.flags[k] = STATUSES.indexOf(r.status) | (r.priorityChanged ? 4 : 0) | (vendor === undefined ? 0 : VERDICTS.indexOf(vendor) << 3);
      b.updates[k] = r.updates ?? -1;
      b.lateUpdates[k] = r.lateUpdates ?? -1;
      const fields = ticket?.fields;
      b.customer[k] = names.customer.id(fields?.customer);
      b.group[k] = names.group.id(fields?.group);
      b.service[k] = names.service.id(fields?.service);
      b.titles.push(fields?.title);
      // A key KNOWN does not hold means a field added later. Records from evaluation carry every key, so the
      // count settles it (Object.keys is cached per shape: cheap); fewer keys (an optional one left out) are looked at.
      const keys = Object.keys(r);
      if (keys.length !== KNOWN.size && keys.some((key) => !KNOWN.has(key))) extras.set(i, extraFields(r));
      order = undefined;
    },
    sortByDueThenTicket() {
      // The due instants and ids side by side for the sort (a flat copy: the comparator runs n log n times).
      const due = new Float64Array(length);
      const tickets: string[] = new Array<string>(length);
      for (let i = 0; i < length; i++) {
        const b = blocks[i >>> SHIFT]!;
        due[i] = b.due[i & MASK]!;
        tickets[i] = b.tickets[i & MASK]!;
      }
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
  'ticket',
  'metric',
  'policy',
  'priority',
  'calendar',
  'start',
  'stop',
  'due',
  'targetMs',
  'elapsedMs',
  'pausedMs',
  'wallMs',
  'status',
  'priorityChanged',
  'updates',
  'lateUpdates',
  'judgedAt',
  'pauses',
  'source',
  'intervals',
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
