/**
 * Where a formatter writes its text, piece by piece in order (house style 5:
 * a million records never become one string). `write` may hand back a
 * promise: the destination is full (a pipe whose reader is slow) and the
 * writer waits for it before writing more, so memory stays bounded; it
 * rejects when the destination failed (a closed pipe, a full disk).
 */
export type Sink = { write(text: string): void | Promise<void> };

/** Every piece of `pieces` into the sink, waiting whenever the sink asks to. */
export async function writeAll(sink: Sink, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    const wait = sink.write(piece);
    if (wait !== undefined) await wait;
  }
}

/** A sink that keeps the text: for tests and small documents. */
export function stringSink(): Sink & { text(): string } {
  const parts: string[] = [];
  return { write: (text) => void parts.push(text), text: () => parts.join('') };
}
