import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { HistoryPart } from '../tickets/history-part.js';
import { readHistoryInWorker, type HistoryFiles } from './history-thread.js';

/**
 * Everything the program takes from or gives to the outside world. Created
 * once in bin/ (nodeIo) and passed down; tests pass a fake. Nothing below
 * cli/ sees it.
 */
export type OutStream = {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal width when isTTY, else undefined. */
  columns?: number;
};

export type Io = {
  /** A whole file as bytes (SLA files, small inputs). Throws the fs error (ENOENT…). */
  readFile(path: string): Buffer;
  /** A file as a stream of byte chunks, for large exports. */
  readStream(path: string): AsyncIterable<Buffer>;
  /** Standard input as a stream of byte chunks (`-` as a ticket file); read at most once. */
  readStdin(): AsyncIterable<Buffer>;
  exists(path: string): boolean;
  writeFile(path: string, text: string): void;
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
  return {
    readFile: (path) => readFileSync(path),
    readStream: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
    readStdin: () => process.stdin,
    exists: (path) => existsSync(path),
    writeFile: (path, text) => writeFileSync(path, text),
    stdout: nodeStream(process.stdout),
    stderr: nodeStream(process.stderr),
    env: process.env,
    now: () => Date.now(),
    readHistory: readHistoryInWorker,
  };
}

function nodeStream(stream: NodeJS.WriteStream): OutStream {
  return {
    write: (text) => void stream.write(text),
    isTTY: stream.isTTY === true,
    get columns() {
      return stream.isTTY === true ? stream.columns : undefined;
    },
  };
}
