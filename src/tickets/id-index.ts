/**
 * Ticket ids -> positions, in an open-addressing hash table over an
 * Int32Array: a Map of a million fresh id strings costs ~60 MB and much of the
 * import's time; this costs 8 MB and compares ids only on a hash hit.
 */
export type IdIndex = {
  get(id: string): number;
  set(id: string, position: number): void;
};

export function idIndex(idAt: (position: number) => string): IdIndex {
  let slots = new Int32Array(1 << 16);
  let mask = slots.length - 1;
  let size = 0;
  const slotOf = (id: string): number => {
    let i = hash(id) & mask;
    for (;;) {
      const p = slots[i]! - 1;
      if (p < 0 || idAt(p) === id) return i;
      i = (i + 1) & mask;
    }
  };
  const grow = (): void => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    mask = slots.length - 1;
    for (const p of old) if (p !== 0) slots[slotOf(idAt(p - 1))] = p;
  };
  return {
    get(id) {
      return slots[slotOf(id)]! - 1;
    },
    set(id, position) {
      const i = slotOf(id);
      if (slots[i] === 0) {
        size++;
        slots[i] = position + 1;
        if (size * 2 > slots.length) grow();
      } else slots[i] = position + 1;
    },
  };
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
