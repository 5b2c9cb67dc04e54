/**
 * Keeps the first `limit` items of a stream in order (`before` decides), in
 * one sorted array of at most `limit` items: the ten oldest open tickets, the
 * first major incidents, without holding every candidate.
 */
export function keepFirst<T>(kept: T[], candidate: T, limit: number, before: (a: T, b: T) => boolean): void {
  if (kept.length === limit && !before(candidate, kept[limit - 1]!)) return;
  let i = kept.length;
  while (i > 0 && before(candidate, kept[i - 1]!)) i--;
  kept.splice(i, 0, candidate);
  if (kept.length > limit) kept.pop();
}

/** Earlier created first, then the smaller id (plain comparison, no locale). */
export function createdBefore(
  a: { times: { created?: number | undefined }; id: string },
  b: { times: { created?: number | undefined }; id: string },
): boolean {
  const x = a.times.created!;
  const y = b.times.created!;
  return x < y || (x === y && a.id < b.id);
}
