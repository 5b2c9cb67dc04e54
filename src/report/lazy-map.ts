/**
 * `fn` over `items`, computed as it is read and again on each read (a table
 * reads its rows twice: widths, then lines), so that a million records are
 * never held a second time as documents or cells.
 */
export function lazyMap<T, U>(items: Iterable<T>, fn: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield fn(item);
    },
  };
}
