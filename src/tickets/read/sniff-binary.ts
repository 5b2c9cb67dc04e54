import { problem } from '../../problem.js';
import { FileRejected } from './file-error.js';

/** The start of a file that is not text: a ZIP or gzip archive, or binary bytes (before any decoding). */
export function rejectBinary(file: string, head: Buffer): void {
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  if (zip)
    throw new FileRejected(
      problem(
        'tickets.not-csv',
        'error',
        'this is a ZIP archive, not a CSV file',
        { file },
        'unzip it and pass the CSV inside (gzip-compressed .gz files are read directly)',
      ),
    );
  if (gzip)
    throw new FileRejected(
      problem('tickets.not-csv', 'error', 'this is gzip-compressed data', { file }, 'name the file with a .gz ending, or gunzip it first'),
    );
  const binary = binaryShare(head.subarray(0, BINARY_SAMPLE));
  if (binary.share > MOSTLY_BINARY) {
    const hint =
      binary.utf16 === undefined
        ? 'export the tickets as CSV'
        : `this looks like ${binary.utf16.toUpperCase()} text without its byte order mark: pass --encoding ${binary.utf16}`;
    throw new FileRejected(problem('tickets.not-csv', 'error', 'this is a binary file, not a CSV export', { file }, hint));
  }
}

/**
 * A file is refused as binary when more than a tenth of its first
 * 64 kB are control bytes (NUL and the other C0 codes that text does not use).
 * A stray NUL in a cell is not binary: that row gets a warning instead.
 */
const BINARY_SAMPLE = 64 * 1024;
const MOSTLY_BINARY = 0.1;

function binaryShare(sample: Buffer): { share: number; utf16?: 'utf-16le' | 'utf-16be' } {
  let control = 0;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if ((i & 1) === 0) evenNuls++;
      else oddNuls++;
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  const share = sample.length === 0 ? 0 : control / sample.length;
  // Latin text in UTF-16: every other byte is 0.
  const half = sample.length / 2;
  const utf16 = oddNuls > half * 0.8 ? 'utf-16le' : evenNuls > half * 0.8 ? 'utf-16be' : undefined;
  return utf16 === undefined ? { share } : { share, utf16 };
}
