/**
 * Ticket ids -> positions, in an open-addressing hash table over an
 * Int32Array: a Map of a million fresh id strings costs ~60 MB and much of the
 * import's time; this costs 8 MB and compares ids only on a hash hit.
 */
export type IdIndex = {
  get(id: string): number;
  /** Add the id at `position` unless it is there: returns the position it already had, or -1. */
  insert(id: string, position: number): number;
};

export function idIndex(idAt: (position: number) => string): IdIndex {
  // slots: position + 1 (0 = empty); hashes: the hash of the id in that slot, so growing never re-reads ids.
  let slots = new Int32Array(1 << 16);
  let hashes = new Int32Array(1 << 16);
  let mask = slots.length - 1;
  let size = 0;
  const slotOf = (id: string, h: number): number => {
    let i = h & mask;
    for (;;) {
      const p = slots[i]! - 1;
      if (p < 0 || (hashes[i] === h && idAt(p) === id)) return i;
      i = (i + 1) & mask;
    }
  };
  const grow = (): void => {
    const [oldSlots, oldHashes] = [slots, hashes];
    slots = new Int32Array(oldSlots.length * 2);
    hashes = new Int32Array(oldSlots.length * 2);
    mask = slots.length - 1;
    for (let k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] === 0) continue;
      let i = oldHashes[k]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = oldSlots[k]!;
      hashes[i] = oldHashes[k]!;
    }
  };
  return {
    get(id) {
      return slots[slotOf(id, hash(id))]! - 1;
    },
    insert(id, position) {
      const h = hash(id);
      const i = slotOf(id, h);
      if (slots[i] !== 0) return slots[i]! - 1;
      size++;
      slots[i] = position + 1;
      hashes[i] = h;
      if (size * 2 > slots.length) grow();
      return -1;
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
  return h | 0;
}
