import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputFailed } from './errors.js';
import type { OutputFile } from './io.js';

/** Text is gathered into chunks of about this many characters before each write. */
const CHUNK = 1 << 16;

/**
 * `--output FILE`, written so that a failed run never leaves a 0-byte or
 * half-written file where the last good report was: the text goes to a temp
 * file in the same folder (`.report.json.slacheck-<pid>-<n>.tmp`; the same
 * folder, so the rename stays on one file system), which commit() flushes to
 * disk and renames over FILE in one step; abort() removes it. A replaced
 * file keeps its permissions. Writes are synchronous, like node's own
 * writes to a file, so there is no queue to wait for.
 */
export function openAtomicFile(path: string, unique: string): OutputFile {
  const temp = join(dirname(path), `.${basename(path)}.slacheck-${unique}.tmp`);
  const fail = (error: unknown) => new OutputFailed(path, error);
  let fd: number | undefined;
  try {
    if (isFolder(path)) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
    fd = openSync(temp, 'wx', 0o666);
  } catch (error) {
    throw fail(error);
  }
  let parts: string[] = [];
  let size = 0;
  const drain = () => {
    if (size === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    const bytes = Buffer.from(chunk);
    // writeSync may take less than asked (a signal, a pipe); loop until every byte is written.
    for (let done = 0; done < bytes.length; ) done += writeSync(fd!, bytes, done, bytes.length - done);
  };
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return {
    write(text) {
      if (fd === undefined) throw fail(new Error('the file is closed'));
      parts.push(text);
      size += text.length;
      if (size < CHUNK) return;
      try {
        drain();
      } catch (error) {
        throw fail(error);
      }
    },
    async commit() {
      try {
        drain();
        keepMode(path, fd!);
        fsyncSync(fd!);
        close();
        renameSync(temp, path);
      } catch (error) {
        throw fail(error);
      }
    },
    async abort() {
      try {
        close();
      } catch {
        // Closing a descriptor that failed to write may fail again; the temp file goes either way.
      }
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The replaced file's permission bits on the new one (a report readable by the team stays so). */
function keepMode(path: string, fd: number): void {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    return;
  }
  fchmodSync(fd, mode);
}
