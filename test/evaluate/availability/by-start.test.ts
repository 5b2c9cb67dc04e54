import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byStart } from '../../../src/evaluate/availability/by-start.js';
import type { OutageRecord } from '../../../src/evaluate/availability/index.js';

/** byStart against a plain stable sort, on both of its paths (a numeric key, and the comparator when the key would not be exact). */

const record = (start: number, line: number): OutageRecord => ({ start, end: undefined, kind: 'outage', source: { file: 'o.csv', line } });
const reference = (list: readonly OutageRecord[]): OutageRecord[] => [...list].sort((a, b) => a.start - b.start);

describe('byStart', () => {
  it('sorts like a stable sort: equal starts keep their order', () => {
    const starts = fc.oneof(
      // Close starts (the numeric key), many equal.
      fc.array(
        fc.integer({ min: 0, max: 20 }).map((m) => 1_767_225_600_000 + m * 1000),
        { maxLength: 60 },
      ),
      // Starts decades apart with many rows: the key would pass 2^53, the comparator sorts.
      fc.array(fc.oneof(fc.constant(0), fc.constant(2 ** 52), fc.integer({ min: 0, max: 2 ** 52 })), { maxLength: 60 }),
      // Fractions of a millisecond: no exact key either.
      fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 30 }),
    );
    fc.assert(
      fc.property(starts, (list) => {
        const records = list.map((s, i) => record(s, i + 2));
        expect(byStart(records)).toEqual(reference(records));
        expect(byStart(records).map((r) => r.source.line)).toEqual(reference(records).map((r) => r.source.line));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves its input alone', () => {
    const records = [record(3, 2), record(1, 3), record(2, 4)];
    byStart(records);
    expect(records.map((r) => r.start)).toEqual([3, 1, 2]);
  });
});
