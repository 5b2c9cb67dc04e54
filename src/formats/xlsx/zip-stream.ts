import { Zip, ZipDeflate } from 'fflate';
import type { ByteSink } from './workbook.js';

/**
 * A zip archive written to a sink part by part, each part deflated as its
 * text comes (fflate's streaming Zip: a part's sizes follow it in a data
 * descriptor, so nothing is held to measure it first).
 *
 * Same input, same bytes: every entry carries one fixed time and the same
 * compression level, and fflate adds no other field from the machine. The
 * zip time is a DOS local date that fflate reads with the local-time getters
 * of a Date, so the Date is made from local fields too: 1980-01-01 12:00 in
 * every zone (noon: no zone changes its clocks then).
 */
const FIXED_TIME = () => new Date(1980, 0, 1, 12, 0, 0);
/**
 * Deflate level 3: on sheet XML about twice as fast as the default 6 in
 * fflate (the sheet's deflate is most of the writer's time) for files some
 * 9% larger.
 */
const LEVEL = 3;
/** Text is handed to the deflater in pieces of about this many UTF-16 units. */
const PIECE = 64 * 1024;

export type ZipStream = {
  /** A part whose text comes in pieces; each piece is deflated and its bytes sent before the next is asked for. */
  part(name: string, pieces: AsyncIterable<string> | Iterable<string>): Promise<void>;
  /** The central directory: the archive is complete. */
  end(): Promise<void>;
};

export function zipStream(sink: ByteSink): ZipStream {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure ??= error;
    else ready.push(chunk);
  });
  const encoder = new TextEncoder();

  /** What the zip has made so far, into the sink, waiting whenever it asks to. */
  async function drain(): Promise<void> {
    if (failure !== null) throw failure;
    while (ready.length > 0) {
      const wait = sink(ready.shift()!);
      if (wait !== undefined) await wait;
    }
  }

  return {
    async part(name, pieces) {
      const file = new ZipDeflate(name, { level: LEVEL });
      file.mtime = FIXED_TIME();
      zip.add(file);
      let text = '';
      for await (const piece of pieces) {
        text += piece;
        if (text.length >= PIECE) {
          file.push(encoder.encode(text));
          text = '';
          await drain();
        }
      }
      file.push(encoder.encode(text), true);
      await drain();
    },
    async end() {
      zip.end();
      await drain();
    },
  };
}
