import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberColumn, textColumn } from '../../src/tickets/store/block-columns.js';

/** Block columns against a Map: every position reads back the last value set there, or the absent value. */
describe('block columns', () => {
  // Positions span several 64k blocks, with gaps where no block is ever allocated.
  const position = fc.integer({ min: 0, max: 4 * 65536 + 17 });

  it('number columns read back what was set, NaN elsewhere (NaN set is absent)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(position, fc.oneof(fc.double({ noNaN: true }), fc.constant(Number.NaN))), { maxLength: 60 }),
        position,
        (sets, probe) => {
          const column = numberColumn(Number.NaN);
          const oracle = new Map<number, number>();
          for (const [p, v] of sets) {
            column.set(p, v);
            oracle.set(p, v);
          }
          for (const p of [probe, ...oracle.keys()]) expect(column.get(p)).toBe(oracle.get(p) ?? Number.NaN);
        },
      ),
    );
  });

  it('number columns with 0 as absent (line numbers) and text columns with undefined', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(position, fc.nat(), fc.option(fc.string(), { nil: undefined })), { maxLength: 60 }),
        position,
        (sets, probe) => {
          const lines = numberColumn(0);
          const texts = textColumn();
          const lineOracle = new Map<number, number>();
          const textOracle = new Map<number, string | undefined>();
          for (const [p, line, text] of sets) {
            lines.set(p, line);
            texts.set(p, text);
            lineOracle.set(p, line);
            textOracle.set(p, text);
          }
          for (const p of [probe, ...lineOracle.keys()]) {
            expect(lines.get(p)).toBe(lineOracle.get(p) ?? 0);
            expect(texts.get(p)).toBe(textOracle.get(p));
          }
        },
      ),
    );
  });
});
