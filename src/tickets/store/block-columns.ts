/**
 * Growable columns in fixed blocks of 64k values: growing never copies (a
 * doubling array would hold the old and the new copy of a million values at
 * once), and a block is allocated only when a value lands in it, so a field
 * no row fills costs nothing.
 */
const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

export type Column<T> = { get(position: number): T; set(position: number, value: T): void };

/** Numbers (instants, line numbers); `absent` where nothing was set. */
export function numberColumn(absent: number): Column<number> {
  const blocks: (Float64Array | undefined)[] = [];
  return {
    get: (p) => blocks[p >>> SHIFT]?.[p & MASK] ?? absent,
    set(p, value) {
      let block = blocks[p >>> SHIFT];
      if (block === undefined) {
        if (value === absent || (value !== value && absent !== absent)) return;
        block = blocks[p >>> SHIFT] = new Float64Array(BLOCK).fill(absent);
      }
      block[p & MASK] = value;
    },
  };
}

/** Texts (interned upstream, so a block holds pointers to a few shared strings); undefined where nothing was set. */
export function textColumn(): Column<string | undefined> {
  const blocks: ((string | undefined)[] | undefined)[] = [];
  return {
    get: (p) => blocks[p >>> SHIFT]?.[p & MASK],
    set(p, value) {
      let block = blocks[p >>> SHIFT];
      if (block === undefined) {
        if (value === undefined) return;
        block = blocks[p >>> SHIFT] = new Array<string | undefined>(BLOCK).fill(undefined);
      }
      block[p & MASK] = value;
    },
  };
}
