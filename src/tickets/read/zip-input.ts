import { Readable, pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import { problem } from '../../problem.js';
import { FileRejected } from './file-error.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/**
 * A `.zip` export: the one CSV inside, streamed. Two passes over the
 * file: the first keeps only its last bytes, to read the central directory
 * (the authoritative list of entries, so that an archive with several CSVs is
 * refused before a single row is read); the second skips to the chosen
 * entry and inflates it with node:zlib as it goes. No package needed: Node
 * ships raw deflate, and the directory is a few fixed-layout records.
 */

/** Central directories larger than this (tens of thousands of entries) are refused: no export is that. */
const TAIL_BYTES = 1 << 20;
/**
 * Inflated bytes may reach RATIO times the compressed bytes, and at least
 * FLOOR: real CSV exports compress 5-20 times; a crafted archive that inflates
 * 1000 times stops early, before it costs minutes (the gzip limit's idea).
 */
export const MAX_INFLATE_RATIO = 200;
const FLOOR = 64 << 20;

const DATA_FILE = /\.(csv|tsv|txt)$/i;

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
}

/** `bytes`: the archive as read once; `reopen`: the archive again from its first byte (for the second pass). */
export async function* zipCsv(
  file: string,
  bytes: AsyncIterable<Uint8Array>,
  reopen: () => AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const { tail, tailStart } = await lastBytes(bytes);
  const entries = readZipDirectory(tail, tailStart);
  if ('error' in entries) throw bad(file, entries.error);
  const entry = chooseEntry(file, entries);
  if (entry.encrypted) throw bad(file, `"${entry.name}" is encrypted`, 'unzip it with its password and pass the CSV');
  if (entry.method !== 0 && entry.method !== 8)
    throw bad(
      file,
      `"${entry.name}" is compressed with method ${entry.method}, which slacheck does not read (only stored and deflate)`,
      'unzip it and pass the CSV, or zip it again with standard compression',
    );
  const limit = Math.max(FLOOR, entry.compressedSize * MAX_INFLATE_RATIO);
  if (entry.size > limit) throw tooBig(file, entry);
  const data = entryData(file, reopen(), entry);
  let size = 0;
  let crc = 0;
  for await (const chunk of entry.method === 0 ? data : inflated(data)) {
    size += chunk.length;
    if (size > entry.size || size > limit)
      throw size > limit
        ? tooBig(file, entry)
        : bad(file, `"${entry.name}" holds more than the ${entry.size} bytes its directory entry says`);
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (size !== entry.size || crc !== entry.crc)
    throw bad(
      file,
      `"${entry.name}" is damaged (${size !== entry.size ? `${size} of ${entry.size} bytes` : 'checksum mismatch'})`,
      'download the export again',
    );
}

/** The one CSV (`.csv`, `.tsv`, `.txt`), else the only file; folders and macOS's `__MACOSX/`, `._*` and `.DS_Store` do not count. */
function chooseEntry(file: string, entries: readonly ZipEntry[]): ZipEntry {
  const files = entries.filter(
    (e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/') && !/(^|\/)(\._[^/]*|\.DS_Store)$/.test(e.name),
  );
  const data = files.filter((e) => DATA_FILE.test(e.name));
  if (data.length === 1) return data[0]!;
  if (data.length > 1) {
    const names = data.map((e) => e.name).join(', ');
    throw new FileRejected(
      problem(
        'tickets.zip-several-files',
        'error',
        `the archive holds ${data.length} CSV files (${names}); slacheck reads an archive with one`,
        { file },
        'unzip it and pass the files: ticket exports as arguments, a status history with --events',
      ),
    );
  }
  if (files.length === 1) return files[0]!;
  const listed = files.length === 0 ? 'nothing' : files.map((e) => e.name).join(', ');
  throw new FileRejected(
    problem('tickets.zip-no-csv', 'error', `the archive holds no CSV file (it holds ${listed})`, { file }, 'export the tickets as CSV'),
  );
}

async function lastBytes(bytes: AsyncIterable<Uint8Array>): Promise<{ tail: Buffer; tailStart: number }> {
  const kept: Uint8Array[] = [];
  let keptBytes = 0;
  let total = 0;
  for await (const chunk of bytes) {
    kept.push(chunk);
    keptBytes += chunk.length;
    total += chunk.length;
    while (keptBytes - kept[0]!.length >= TAIL_BYTES) keptBytes -= kept.shift()!.length;
  }
  return { tail: Buffer.concat(kept), tailStart: total - keptBytes };
}

/** The entry's stored bytes: skip to its local header, past the header's name and extra field, then `compressedSize` bytes. */
async function* entryData(file: string, bytes: AsyncIterable<Uint8Array>, entry: ZipEntry): AsyncGenerator<Buffer> {
  let position = 0;
  // The local header's bytes while they are still incomplete; undefined once the data has begun.
  let header: Buffer | undefined = Buffer.alloc(0);
  let left = entry.compressedSize;
  for await (const raw of bytes) {
    let chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const start = position;
    position += chunk.length;
    if (header !== undefined) {
      if (position <= entry.localOffset) continue;
      header = Buffer.concat([header, chunk.subarray(Math.max(0, entry.localOffset - start))]);
      if (header.length < 30) continue;
      if (header.readUInt32LE(0) !== 0x04034b50) throw bad(file, `"${entry.name}" has no local header where the directory says`);
      const dataStart = 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (header.length < dataStart) continue;
      chunk = header.subarray(dataStart);
      header = undefined;
    }
    const piece = chunk.subarray(0, left);
    left -= piece.length;
    if (piece.length > 0) yield piece;
    if (left === 0) return;
  }
  throw bad(file, `"${entry.name}" is cut short`, 'download the export again');
}

async function* inflated(data: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflater = zlib.createInflateRaw();
  pipeline(Readable.from(data), inflater, () => undefined);
  yield* inflater as AsyncIterable<Buffer>;
}

function bad(file: string, message: string, hint = 'unzip it and pass the CSV inside'): FileRejected {
  return new FileRejected(problem('tickets.bad-zip', 'error', message, { file }, hint));
}

function tooBig(file: string, entry: ZipEntry): FileRejected {
  const message = `"${entry.name}" inflates past ${MAX_INFLATE_RATIO} times its compressed size (${entry.compressedSize} bytes); this is not a plain CSV export`;
  return new FileRejected(
    problem('tickets.inflate-ratio', 'error', message, { file }, 'unzip it yourself if you trust it, and pass the CSV'),
  );
}

/** zlib.crc32 where Node has it (20.15+), else a table-driven CRC-32 (IEEE 802.3, reflected). */
const crc32: (data: Uint8Array, value: number) => number =
  (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32 ?? tableCrc32;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function tableCrc32(data: Uint8Array, value: number): number {
  let c = ~value >>> 0;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
