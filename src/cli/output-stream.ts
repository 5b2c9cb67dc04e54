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
  const send = (): Promise<void> => {
    if (failure !== undefined) return Promise.reject(failure);
    const chunk = parts.join('');
    parts = [];
    size = 0;
    return new Promise((resolve, reject) => {
      stream.write(chunk, (error) => {
        if (error !== undefined && error !== null) failure ??= new OutputFailed('stdout', error);
        if (failure !== undefined) reject(failure);
        else resolve();
      });
    });
  };
  return {
    write(text) {
      if (failure !== undefined) throw failure;
      parts.push(text);
      size += text.length;
      if (size < CHUNK) return undefined;
      const sent = send();
      // A caller that does not wait (a plain message) must not turn a closed pipe into an unhandled rejection; flush() reports it.
      sent.catch(() => undefined);
      return sent;
    },
    flush: () => (failure !== undefined ? Promise.reject(failure) : size > 0 ? send() : Promise.resolve()),
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
