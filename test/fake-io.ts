import { OutputFailed } from '../src/cli/errors.js';
import type { Io, OutputFile } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';

/** An in-memory Io: files from a map, stdout/stderr captured, a fixed clock. */
export type FakeIo = Io & { out: () => string; err: () => string; files: Map<string, Buffer> };

export function fakeIo(
  options: {
    files?: Record<string, string | Buffer>;
    /** What `-` reads. */
    stdin?: string | Buffer;
    env?: Record<string, string>;
    now?: number;
    tty?: boolean;
    columns?: number;
    /** Output files (--output) fail with ENOSPC after this many characters, like a full disk. */
    diskSpace?: number;
  } = {},
): FakeIo {
  const files = new Map<string, Buffer>(
    Object.entries(options.files ?? {}).map(([path, content]) => [path, typeof content === 'string' ? Buffer.from(content) : content]),
  );
  let out = '';
  let err = '';
  const read = (path: string): Buffer => {
    const content = files.get(path);
    if (content === undefined)
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT', path });
    return content;
  };
  return {
    files,
    readFile: read,
    async *readStream(path: string) {
      const content = read(path);
      // Small chunks, so that code meets chunk boundaries inside rows and multi-byte characters.
      for (let i = 0; i < content.length; i += 7) yield content.subarray(i, i + 7);
    },
    async *readStdin() {
      const content = typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? Buffer.alloc(0));
      for (let i = 0; i < content.length; i += 7) yield content.subarray(i, i + 7);
    },
    exists: (path) => files.has(path),
    writeFile: (path, text) => void files.set(path, Buffer.from(text)),
    openOutput: (path) => memoryOutput(files, path, options.diskSpace ?? Infinity),
    stdout: {
      write: (t) => void (out += t),
      flush: async () => {},
      isTTY: options.tty ?? false,
      columns: options.tty ? (options.columns ?? 100) : undefined,
    },
    stderr: {
      write: (t) => void (err += t),
      flush: async () => {},
      isTTY: options.tty ?? false,
      columns: options.tty ? (options.columns ?? 100) : undefined,
    },
    env: options.env ?? {},
    now: () => options.now ?? Date.UTC(2026, 10, 2, 7, 0),
    out: () => out,
    err: () => err,
  };
}

/** An atomic output file in memory: the path's content changes only on commit. */
function memoryOutput(files: Map<string, Buffer>, path: string, space: number): OutputFile {
  let text = '';
  return {
    write(t) {
      if (text.length + t.length > space)
        throw new OutputFailed(path, Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      text += t;
    },
    commit: async () => void files.set(path, Buffer.from(text)),
    abort: async () => {},
  };
}

/** Run the CLI in-process: exit code, stdout and stderr. */
export async function runCli(argv: string[], io: FakeIo = fakeIo()): Promise<{ code: number; out: string; err: string; io: FakeIo }> {
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}
