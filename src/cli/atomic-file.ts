import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputFailed } from './errors.js';
import { letSignalsIn } from './signal-turns.js';
import type { OutputFile } from './io.js';

/** Text is gathered into chunks of about this many characters before each write. */
const CHUNK = 1 << 16;

/**
 * `--output FILE`, written so that a failed run never leaves a 0-byte or
 * half-written file where the last good report was: the text goes to a temp
 * file in the same folder (`.report.json.slacheck-<pid>-<n>.tmp`; the same
 * folder, so the rename stays on one file system), which commit() flushes to
 * disk and renames over FILE in one step; abort() removes it. A replaced
 * file keeps its permissions. A symbolic link is followed (its target is
 * replaced); a device or a FIFO is written to directly, never replaced. Writes are synchronous, like node's own
 * writes to a file, so there is no queue to wait for.
 */
export function openAtomicFile(given: string, unique: string): OutputFile {
  const fail = (error: unknown) => new OutputFailed(given, error);
  let path: string;
  let special: boolean;
  try {
    path = linkTarget(given);
    special = isSpecial(path);
  } catch (error) {
    throw fail(error);
  }
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is: renaming over it would replace it.
  const temp = special ? undefined : join(dirname(path), `.${basename(path)}.slacheck-${unique}.tmp`);
  let fd: number | undefined;
  try {
    if (isFolder(path)) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
    if (temp !== undefined) removeDeadTemps(path);
    // A FIFO's open waits for a reader: it is opened at the first write, so that the early check of --output does not wait.
    if (temp !== undefined) fd = openSync(temp, 'wx', 0o666);
  } catch (error) {
    throw fail(error);
  }
  if (temp !== undefined) pendingTemps.add(temp);
  let closed = false;
  const descriptor = (): number => {
    if (fd === undefined && temp === undefined && !closed) fd = openSync(path, 'w');
    if (fd === undefined) throw new Error('the file is closed');
    return fd;
  };
  let parts: string[] = [];
  let size = 0;
  const drain = () => {
    if (size === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    const bytes = Buffer.from(chunk);
    // writeSync may take less than asked (a signal, a pipe); loop until every byte is written.
    const out = descriptor();
    for (let done = 0; done < bytes.length;) done += writeSync(out, bytes, done, bytes.length - done);
  };
  const close = () => {
    closed = true;
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return {
    write(text) {
      if (closed) throw fail(new Error('the file is closed'));
      parts.push(text);
      size += text.length;
      if (size < CHUNK) return;
      try {
        drain();
      } catch (error) {
        throw fail(error);
      }
      // The formatter waits for this (as for a slow pipe): a signal that came while it wrote is handled here.
      return letSignalsIn();
    },
    async commit() {
      try {
        drain();
        if (temp === undefined) {
          descriptor(); // even with nothing written: a reader of a FIFO then sees its end
          close();
          return;
        }
        keepMode(path, fd!);
        fsyncSync(fd!);
        close();
        // The last moment a signal can keep the old file: it is handled here, before the rename.
        await letSignalsIn();
        renameSync(temp, path);
        pendingTemps.delete(temp);
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
      if (temp !== undefined) removeTemp(temp);
    },
  };
}

/** Temp files of outputs not yet committed or dropped: a run stopped by a signal removes them (main.ts). */
const pendingTemps = new Set<string>();

function removeTemp(temp: string): void {
  pendingTemps.delete(temp);
  try {
    unlinkSync(temp);
  } catch {
    // Already gone.
  }
}

/** Removes every pending temp file; for a run ended by SIGINT, SIGTERM or SIGHUP. */
export function removePendingTemps(): void {
  for (const temp of [...pendingTemps]) removeTemp(temp);
}

/**
 * A run killed with SIGKILL (the OOM killer, a `timeout -s KILL`)
 * cannot remove its temp file. The next run that writes the same output
 * removes every `.NAME.slacheck-PID-N.tmp` beside it whose process is gone;
 * a live one's (another run writing the same file now) is left alone.
 */
function removeDeadTemps(path: string): void {
  const prefix = `.${basename(path)}.slacheck-`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // the open that follows says what is wrong with the folder
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = /^(\d+)-\d+\.tmp$/.exec(name.slice(prefix.length))?.[1];
    const temp = join(dirname(path), name);
    // This process's own number on a file it is not writing: a killed run's in a container, where every run is PID 1.
    const dead = pid !== undefined && (Number(pid) === process.pid ? !pendingTemps.has(temp) : !isRunning(Number(pid)));
    if (dead) removeTemp(temp);
  }
}

/** Signal 0 tests a process without touching it: ESRCH means there is none (EPERM: there is one, another user's). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== 'ESRCH';
  }
}

/** The file a symbolic link (or a chain of them) points at, so that the rename replaces the file, not the link. */
export function linkTarget(path: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let link: boolean;
    try {
      link = lstatSync(current).isSymbolicLink();
    } catch {
      return current; // not there yet: it is made
    }
    if (!link) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** An existing path that is neither a regular file nor a folder: a device, a FIFO, a socket. */
function isSpecial(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
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
