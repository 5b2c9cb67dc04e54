import { createHash } from 'node:crypto';
import type { InputFile } from '../review/cover.js';
import type { Io } from './io.js';

/**
 * Size and SHA-256 of each input file, as stored (a `.gz` file's compressed
 * bytes), read through Io, so that a review names exactly what it was made
 * from. Files that cannot be read have been reported by the import already.
 */
export async function fileDigests(io: Io, files: readonly { file: string; kind: InputFile['kind'] }[]): Promise<InputFile[]> {
  const digests: InputFile[] = [];
  for (const { file, kind } of files) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of io.readStream(file)) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    digests.push({ file, kind, bytes, sha256: hash.digest('hex') });
  }
  return digests;
}
