import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { formatInstant } from '../../src/calendar/wall-clock.js';
import type { Output, RecordDoc } from '../../src/report/documents.js';
import { FORMATS, formatters } from '../../src/report/index.js';
import { instantFormatter } from '../../src/report/instant-text.js';
import { jsonPieces } from '../../src/report/json.js';
import { lazyMap } from '../../src/report/lazy-map.js';
import { writeAll, type Sink } from '../../src/report/sink.js';

describe('streamed json', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const doc = fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(json, fc.array(json, { maxLength: 4 })), { maxKeys: 6 });

  it('is byte for byte JSON.stringify(document, null, 2) with a final newline', () => {
    fc.assert(
      fc.property(doc, (d) => {
        expect([...jsonPieces(d)].join('')).toBe(`${JSON.stringify(d, null, 2)}\n`);
      }),
    );
  });

  it('writes a lazy list as the array it yields, one piece per element', () => {
    const records = lazyMap([1, 2, 3], (n) => ({ n, nested: { list: [n] } }));
    const pieces = [...jsonPieces({ schema_version: 1, records, warnings: lazyMap([], (x) => x) })];
    expect(pieces.join('')).toBe(`${JSON.stringify({ schema_version: 1, records: [...records], warnings: [] }, null, 2)}\n`);
    expect(pieces.filter((p) => p.includes('"n"'))).toHaveLength(3);
  });
});

describe('writeAll', () => {
  it('waits for the sink when it asks, and only then', async () => {
    const events: string[] = [];
    let release: () => void = () => {};
    const sink: Sink = {
      write(text) {
        events.push(`write ${text}`);
        if (text === 'b') return new Promise<void>((resolve) => (release = () => (events.push('drained'), resolve())));
      },
    };
    const done = writeAll(sink, ['a', 'b', 'c']);
    await Promise.resolve();
    expect(events).toEqual(['write a', 'write b']);
    release();
    await done;
    expect(events).toEqual(['write a', 'write b', 'drained', 'write c']);
  });

  it('stops at a sink that fails', async () => {
    const written: string[] = [];
    const sink: Sink = { write: (text) => (text === 'b' ? Promise.reject(new Error('EPIPE')) : void written.push(text)) };
    await expect(writeAll(sink, ['a', 'b', 'c'])).rejects.toThrow('EPIPE');
    expect(written).toEqual(['a']);
  });
});

describe('instantFormatter', () => {
  const ZONES = [
    'Europe/Copenhagen',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'America/St_Johns',
    'UTC',
  ];

  it('writes what formatInstant writes, also around daylight-saving changes and before 1900', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2040, 0, 1) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: -3, max: 3 }),
        (zone, ats, hours) => {
          const text = instantFormatter(zone);
          // Instants near each other share a quarter hour: the cached path is taken too.
          for (const at of ats.flatMap((a) => [a, a + hours * 3_600_000 + 1, a + 60_000])) expect(text(at)).toBe(formatInstant(zone, at));
        },
      ),
    );
  });

  it.each(['Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham'])(
    'writes what formatInstant writes through a whole year in %s (every 37 minutes, each DST change passed)',
    (zone) => {
      const text = instantFormatter(zone);
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 37 * 60_000 + 1_001)
        expect(text(at)).toBe(formatInstant(zone, at));
    },
  );

  it('gets each side of a transition right', () => {
    // Copenhagen, 2026-10-25 01:00 UTC: 03:00 +02:00 becomes 02:00 +01:00.
    const text = instantFormatter('Europe/Copenhagen');
    const change = Date.UTC(2026, 9, 25, 1, 0);
    expect([change - 60_000, change, change + 60_000].map(text)).toEqual([
      '2026-10-25T02:59:00+02:00',
      '2026-10-25T02:00:00+01:00',
      '2026-10-25T02:01:00+01:00',
    ]);
  });
});

function* numbers(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

describe('every format at 200,000 records', () => {
  // 200k tickets crashed table and ndjson with "Maximum call stack size exceeded" (a spread of the rows).
  const doc = (i: number): RecordDoc => ({
    ticket: `T-${i}`,
    metric: 'response',
    policy: 'P1',
    priority: 'P1',
    calendar: 'office',
    start: '2026-10-05T09:00:00+02:00',
    stop: null,
    due: '2026-10-05T10:00:00+02:00',
    target_minutes: 60,
    elapsed_minutes: 120,
    paused_minutes: 0,
    wall_minutes: 120,
    over_minutes: 60,
    status: 'overdue',
    priority_changed: false,
    updates: null,
    late_updates: null,
    vendor_verdict: 'breached',
    verdict_differs: false,
    customer: 'Bager Hansen ApS',
    group: null,
    service: null,
    title: `Printer ${i}`,
  });
  const N = 200_000;
  const output: Output = {
    command: 'check',
    document: {
      schema_version: 1,
      as_of: '2027-01-05T12:00:00+01:00',
      period: null,
      records: lazyMap({ [Symbol.iterator]: () => numbers(N) }, doc),
      warnings: [],
    },
  };

  it.each(FORMATS)('%s writes one line per record, in pieces, without holding the output', async (format) => {
    let lines = 0;
    let largest = 0;
    const sink: Sink = {
      write(text) {
        largest = Math.max(largest, text.length);
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      },
    };
    await formatters[format](output, sink, { style: new Chalk({ level: 0 }), dialect: 'rfc4180' });
    expect(lines).toBeGreaterThanOrEqual(N);
    expect(largest).toBeLessThan(2000);
  });
});
