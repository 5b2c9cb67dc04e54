import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Sink } from '../report/sink.js';
import type { HistoryPart } from '../tickets/history/history-part.js';
import { openAtomicFile } from './atomic-file.js';
import { readHistoryInWorker, type HistoryFiles } from './history-thread.js';
import { nodeMessageStream, nodeOutStream } from './output-stream.js';

/**
 * Everything the program takes from or gives to the outside world. Created
 * once in bin/ (nodeIo) and passed down; tests pass a fake. Nothing below
 * cli/ sees it.
 */
export type OutStream = Sink & {
  /**
   * Text to the stream, in order. It may be held back to be written in
   * larger chunks; a promise back means: wait before writing more
   * (backpressure). A failed stream throws or rejects with OutputFailed.
   */
  write(text: string): void | Promise<void>;
  /** Everything written so far handed to the OS; rejects with OutputFailed (EPIPE, ENOSPC). */
  flush(): Promise<void>;
  isTTY: boolean;
  /** Terminal width when isTTY, else undefined. */
  columns?: number;
};

/**
 * A report file written atomically (`--output`): the text goes to a temp
 * file beside it; commit() puts it in place in one rename, abort() drops it
 * and leaves the file that was there untouched. Write errors are
 * OutputFailed, as for stdout.
 */
export type OutputFile = Sink & {
  commit(): Promise<void>;
  /** Never throws. */
  abort(): Promise<void>;
};

export type Io = {
  /** A whole file as bytes (SLA files, small inputs). Throws the fs error (ENOENT…). */
  readFile(path: string): Buffer;
  /** A file as a stream of byte chunks, for large exports. */
  readStream(path: string): AsyncIterable<Buffer>;
  /** Standard input as a stream of byte chunks (`-` as a ticket file); read at most once. */
  readStdin(): AsyncIterable<Buffer>;
  exists(path: string): boolean;
  /** False for a pipe, a device or a process substitution (`<(…)`): read once, it cannot be read again for a digest. Absent: every path is a file. */
  isRegularFile?(path: string): boolean;
  writeFile(path: string, text: string): void;
  /** Starts writing `path` atomically (see OutputFile); throws OutputFailed when its folder cannot take a file. */
  openOutput(path: string): OutputFile;
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  /** The current instant (epoch ms): the default for --as-of, read nowhere else. */
  now(): number;
  /**
   * Reads status-history files on another thread (the machine's second core)
   * while the caller reads the tickets. Optional: without it, histories are
   * read on this thread after the tickets, with the same result.
   */
  readHistory?(files: HistoryFiles): Promise<HistoryPart>;
};

export function nodeIo(): Io {
  let outputs = 0;
  return {
    readFile: (path) => readFileSync(path),
    readStream: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
    readStdin: () => process.stdin,
    exists: (path) => existsSync(path),
    isRegularFile: (path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    writeFile: (path, text) => writeFileSync(path, text),
    openOutput: (path) => openAtomicFile(path, `${process.pid}-${++outputs}`),
    stdout: nodeOutStream(process.stdout),
    stderr: nodeMessageStream(process.stderr),
    env: process.env,
    now: () => Date.now(),
    readHistory: readHistoryInWorker,
  };
}
