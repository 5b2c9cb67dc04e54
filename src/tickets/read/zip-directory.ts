/**
 * The central directory of a ZIP archive (APPNOTE 4.3.12-4.3.16, with the
 * ZIP64 records of 4.3.14-4.3.15 and the 0x0001 extra field of 4.5.3), read
 * from the archive's last bytes: the list of entries with their sizes and
 * where their data starts. Pure: bytes in, entries or a reason out.
 */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflate; others are refused by the reader. */
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  /** Absolute offset of the entry's local header. */
  localOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/**
 * `tail` holds the archive's last bytes, starting at absolute offset
 * `tailStart`. A directory that starts before the tail (tens of thousands of
 * entries) is refused rather than read a third time.
 */
export function readZipDirectory(tail: Buffer, tailStart: number): ZipEntry[] | { error: string } {
  const eocd = findEndRecord(tail);
  if (eocd < 0) return { error: 'no ZIP end-of-directory record: the archive is cut short or not a ZIP file' };
  if (tail.readUInt16LE(eocd + 4) !== 0 || tail.readUInt16LE(eocd + 6) !== 0) return { error: 'the archive is split over several disks' };
  let count = tail.readUInt16LE(eocd + 10);
  let size = tail.readUInt32LE(eocd + 12);
  let offset = tail.readUInt32LE(eocd + 16);
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const zip64 = zip64End(tail, eocd, tailStart);
    if ('error' in zip64) return zip64;
    ({ count, size, offset } = zip64);
  }
  const at = offset - tailStart;
  if (at < 0) return { error: `the archive's directory (${count} entries) is too large to read` };
  if (at + size > tail.length) return { error: 'the archive directory runs past the end of the file' };
  return centralEntries(tail.subarray(at, at + size), count);
}

/** The end record is 22 bytes plus a comment of up to 64 kB; the last one whose comment ends the file. */
function findEndRecord(tail: Buffer): number {
  for (let i = tail.length - 22; i >= 0 && i >= tail.length - 22 - MAX16; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length) return i;
  }
  return -1;
}

function zip64End(tail: Buffer, eocd: number, tailStart: number): { count: number; size: number; offset: number } | { error: string } {
  const locator = eocd - 20;
  if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) return { error: 'a ZIP64 archive without its locator record' };
  const at = Number(tail.readBigUInt64LE(locator + 8)) - tailStart;
  if (at < 0 || at + 56 > tail.length || tail.readUInt32LE(at) !== ZIP64_EOCD) return { error: 'a ZIP64 archive without its end record' };
  return {
    count: Number(tail.readBigUInt64LE(at + 32)),
    size: Number(tail.readBigUInt64LE(at + 40)),
    offset: Number(tail.readBigUInt64LE(at + 48)),
  };
}

function centralEntries(dir: Buffer, count: number): ZipEntry[] | { error: string } {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return { error: `entry ${k + 1} of the archive directory is damaged` };
    const flags = dir.readUInt16LE(p + 8);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const nameBytes = dir.subarray(p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8; otherwise CP437, of which ASCII names (the usual case) read the same in latin1.
      name: nameBytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1'),
      method: dir.readUInt16LE(p + 10),
      encrypted: (flags & 1) !== 0,
      crc: dir.readUInt32LE(p + 16),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
    };
    applyZip64(entry, dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 0x0001 extra field holds, in this order, the 64-bit values whose 32-bit fields are 0xFFFFFFFF. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const value = r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE(r)) : MAX32;
        r += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localOffset === MAX32) entry.localOffset = next();
      return;
    }
    q += 4 + length;
  }
}
