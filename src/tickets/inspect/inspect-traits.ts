import { TextDecoder } from 'node:util';
import type { Problem } from '../../problem.js';
import type { Encoding } from '../read/decode.js';
import { sniffDelimiter } from '../read/sniff-delimiter.js';
import type { Source } from '../types.js';

/**
 * How an export is written, for `inspect`: its encoding (the byte order mark,
 * or the reader's notice that it fell back to Windows-1252) and its
 * delimiter (the reader's own sniff, on the same first bytes).
 */
const HEAD_BYTES = 64 * 1024;

/** The source as is, keeping a copy of its first bytes as they pass. */
export function tapHead(source: Source): { source: Source; head: () => { bytes: Buffer; complete: boolean } } {
  const kept: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  const chunks = (async function* () {
    for await (const chunk of source.chunks) {
      if (size < HEAD_BYTES) kept.push(chunk);
      size += chunk.length;
      yield chunk;
    }
    complete = size <= HEAD_BYTES;
  })();
  return { source: { name: source.name, chunks }, head: () => ({ bytes: Buffer.concat(kept).subarray(0, HEAD_BYTES), complete }) };
}

export function exportTraits(
  head: { bytes: Buffer; complete: boolean },
  given: Encoding,
  delimiter: string | undefined,
  problems: readonly Problem[],
): { encoding: string; delimiter: string } {
  const { bytes } = head;
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  const guessed = problems.some((p) => p.code === 'tickets.encoding-guessed');
  const encoding =
    given !== 'auto'
      ? `${given} (given)`
      : bom !== undefined
        ? `${bom} (byte order mark)`
        : guessed
          ? 'windows-1252 (not valid UTF-8)'
          : 'utf-8';
  const decoder = new TextDecoder(given !== 'auto' ? given : (bom ?? (guessed ? 'windows-1252' : 'utf-8')));
  const chosen = delimiter ?? sniffDelimiter(decoder.decode(bytes).replace(/^\uFEFF/, ''), head.complete);
  return { encoding, delimiter: chosen === '\t' ? 'tab' : chosen };
}
