import { OutputFailed } from './errors.js';
import type { OutStream } from './io.js';

/** Writes are gathered into chunks of about this many characters: one system call per chunk, not per row. */
const CHUNK = 1 << 16;

/**
 * process.stdout as the program's OutStream. Node writes to a pipe
 * asynchronously and buffers without limit when nobody waits, so each chunk
 * handed to the stream is awaited (its callback says the OS took it or why
 * not): memory stays at one chunk plus the pipe's own buffer, and a write
 * error surfaces at the next write, not after a 4 GB report was computed for
 * nobody. Errors become OutputFailed; the stream's 'error' event is caught
 * here so that a closed pipe never ends the process with a stack trace.
 */
export function nodeOutStream(stream: NodeJS.WriteStream): OutStream {
  let failure: OutputFailed | undefined;
  stream.on('error', (error) => (failure ??= new OutputFailed('stdout', error)));
  let parts: string[] = [];
  let size = 0;
  // The last chunk handed to the stream: chunks are written in order, so once it is written all are.
  let last: Promise<void> = Promise.resolve();
  const send = (): Promise<void> => {
    const chunk = parts.join('');
    parts = [];
    size = 0;
    last = new Promise((resolve, reject) => {
      stream.write(chunk, (error) => {
        if (error !== undefined && error !== null) failure ??= new OutputFailed('stdout', error);
        if (failure !== undefined) reject(failure);
        else resolve();
      });
    });
    // A caller that does not wait (a plain message) must not turn a closed pipe into an unhandled rejection; flush() reports it.
    last.catch(() => undefined);
    return last;
  };
  return {
    write(text) {
      if (failure !== undefined) throw failure;
      parts.push(text);
      size += text.length;
      return size < CHUNK ? undefined : send();
    },
    async flush() {
      if (failure === undefined && size > 0) send();
      await last;
      if (failure !== undefined) throw failure;
    },
    isTTY: stream.isTTY === true,
    get columns() {
      return stream.isTTY === true ? stream.columns : undefined;
    },
  };
}

/**
 * process.stderr: messages, written as they come (unbuffered, so that they
 * interleave with stdout in order on a terminal). A failing stderr has no
 * one left to tell: its errors are dropped.
 */
export function nodeMessageStream(stream: NodeJS.WriteStream): OutStream {
  let failed = false;
  stream.on('error', () => (failed = true));
  return {
    write(text) {
      if (!failed) stream.write(text);
    },
    flush: () => Promise.resolve(),
    isTTY: stream.isTTY === true,
    get columns() {
      return stream.isTTY === true ? stream.columns : undefined;
    },
  };
}
