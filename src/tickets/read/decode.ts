import { isUtf8 } from 'node:buffer';
import { problem, type Problem } from '../../problem.js';
import { TextDecoder } from 'node:util';
import { closestMatch } from '../../did-you-mean.js';
import { rejectBinary } from './sniff-binary.js';

/**
 * Bytes of an export in whatever encoding Excel or a helpdesk wrote (SPEC 5.2,
 * export-formats.md 7) -> UTF-8 bytes for the tokenizer, BOM removed. A BOM
 * decides (UTF-8, UTF-16 LE/BE); without one, UTF-8 is checked chunk by chunk
 * and the file is read as Windows-1252 from the first byte that is not UTF-8,
 * with a notice. UTF-8 input passes through without being decoded here.
 */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ALIASES: Readonly<Record<string, Encoding>> = {
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  ansi: 'windows-1252',
};

/** An encoding setting as written, or a problem naming the ones we read. */
export function parseEncoding(text: string | undefined, where: string): Encoding | Problem {
  const t = (text ?? 'auto').trim().toLowerCase();
  if ((ENCODINGS as readonly string[]).includes(t)) return t as Encoding;
  const alias = ALIASES[t];
  if (alias !== undefined) return alias;
  const near = closestMatch(t, [...ENCODINGS, ...Object.keys(ALIASES)]);
  return problem(
    'tickets.unknown-encoding',
    'error',
    `unknown encoding "${text}"`,
    { field: where },
    `use one of ${ENCODINGS.join(', ')}${near === undefined ? '' : ` (did you mean "${near}"?)`}`,
  );
}

/** Decode one file; `notice` receives what the reader had to guess. */
export async function* utf8Chunks(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  encoding: Encoding,
  notice: (p: Problem) => void,
): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  // Enough bytes to see a BOM and to judge whether the file is binary.
  while (head.length < 4096) {
    const next = await iterator.next();
    if (next.done === true) break;
    head = head.length === 0 ? Buffer.from(next.value) : Buffer.concat([head, next.value]);
  }
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const n = await iterator.next();
        return n.done === true
          ? { done: true, value: undefined }
          : { done: false, value: Buffer.from(n.value.buffer, n.value.byteOffset, n.value.byteLength) };
      },
    }),
  };
  const bom = detectBom(head);
  const chosen = encoding === 'auto' ? (bom?.encoding ?? 'auto') : encoding;
  if (bom !== undefined && (bom.encoding === chosen || (chosen === 'auto' && bom.encoding === 'utf-8'))) head = head.subarray(bom.length);
  if (chosen !== 'utf-16le' && chosen !== 'utf-16be') rejectBinary(file, head);
  if (chosen === 'utf-16le' || chosen === 'utf-16be' || chosen === 'windows-1252') {
    yield* decoded(head, rest, chosen);
    return;
  }
  yield* checkedUtf8(file, head, rest, chosen === 'utf-8', notice);
}

/**
 * A whole small file (the SLA file) by the rules an export is read by: a BOM
 * decides (UTF-8, UTF-16 LE/BE); without one, UTF-8; bytes that are not UTF-8
 * but read as Windows-1252 text are read so, and `guessedAt` is the first
 * byte that is not UTF-8. `notTextAt`: the bytes are neither (a control byte
 * that text does not use, or one Windows-1252 has no character for).
 */
export function decodeWhole(bytes: Buffer): { text: string; guessedAt?: number } | { notTextAt: number } {
  const bom = detectBom(bytes);
  if (bom !== undefined) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)) };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8') };
  const at = firstInvalid(bytes);
  if (!isWindows1252Text(bytes)) return { notTextAt: at };
  return { text: new TextDecoder('windows-1252').decode(bytes), guessedAt: at };
}

/** No C0 control byte but tab, line feed, form feed and carriage return, and none of the five bytes Windows-1252 leaves undefined. */
function isWindows1252Text(bytes: Buffer): boolean {
  for (const b of bytes) {
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) ||
      b === 0x7f ||
      b === 0x81 ||
      b === 0x8d ||
      b === 0x8f ||
      b === 0x90 ||
      b === 0x9d
    )
      return false;
  }
  return true;
}

function detectBom(head: Buffer): { encoding: Encoding; length: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

async function* decoded(head: Buffer, rest: AsyncIterable<Buffer>, encoding: Encoding): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  yield Buffer.from(decoder.decode(head, { stream: true }), 'utf8');
  for await (const chunk of rest) yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  const tail = decoder.decode();
  if (tail !== '') yield Buffer.from(tail, 'utf8');
}

/**
 * UTF-8 passed through after a validity check per chunk; a multi-byte
 * character cut by a chunk boundary is carried to the next chunk. From the
 * first invalid chunk on (when the encoding was not given), Windows-1252.
 */
async function* checkedUtf8(
  file: string,
  head: Buffer,
  rest: AsyncIterable<Buffer>,
  given: boolean,
  notice: (p: Problem) => void,
): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0;
  let fallback: TextDecoder | undefined;
  let warned = false;
  const step = (chunk: Buffer): Buffer => {
    if (fallback !== undefined) return Buffer.from(fallback.decode(chunk, { stream: true }), 'utf8');
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const cut = completeLength(bytes);
    const whole = bytes.subarray(0, cut);
    if (given || isUtf8(whole)) {
      // --encoding utf-8 on bytes that are not UTF-8 is said once; they read as U+FFFD.
      if (given && !warned && !isUtf8(whole)) {
        warned = true;
        notice(
          problem(
            'tickets.not-utf8',
            'warning',
            `the encoding is set to UTF-8, but the bytes are not UTF-8 (near byte ${offset + firstInvalid(whole)}): they read as the replacement character \uFFFD`,
            { file },
            'if the file came from Excel, it is probably Windows-1252: set input.encoding or pass --encoding windows-1252 (or leave it out to detect it)',
          ),
        );
      }
      carry = Buffer.from(bytes.subarray(cut));
      offset += cut;
      return whole;
    }
    fallback = new TextDecoder('windows-1252');
    notice(
      problem(
        'tickets.encoding-guessed',
        'warning',
        `not valid UTF-8 (near byte ${offset + firstInvalid(whole)}); read as Windows-1252`,
        { file },
        'if characters look wrong, set input.encoding or pass --encoding',
      ),
    );
    carry = Buffer.alloc(0);
    return Buffer.from(fallback.decode(bytes, { stream: true }), 'utf8');
  };
  const first = step(head);
  if (first.length > 0) yield first;
  for await (const chunk of rest) {
    const out = step(chunk);
    if (out.length > 0) yield out;
  }
  if (carry.length > 0) {
    // A truncated character at the very end: csvBatches reads it as U+FFFD.
    yield carry;
  }
}

/** Length of the prefix that ends on a character boundary (a lead byte near the end may still need its continuation bytes). */
export function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Where the first byte that does not start a well-formed UTF-8 character is (once per file, on the failing chunk). */
function firstInvalid(bytes: Buffer): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const more = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return bytes.length;
}
