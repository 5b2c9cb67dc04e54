import { Worker } from 'node:worker_threads';
import type { ImportSla } from '../tickets/import-settings.js';
import type { HistoryPart } from '../tickets/history/history-part.js';
import type { ImportOptions } from '../tickets/types.js';

/** What the history worker needs: plain data, copied to the worker thread. */
export type HistoryFiles = { paths: readonly string[]; sla: ImportSla; options?: ImportOptions; firstFile: number };

/**
 * Status histories read by history-worker.ts on a worker thread. A history is
 * often the larger file (three events a ticket); reading it while this thread
 * reads the tickets uses the second core. The events come back as typed
 * arrays, transferred, not copied.
 */
export function readHistoryInWorker(files: HistoryFiles): Promise<HistoryPart> {
  return new Promise((resolve, reject) => {
    // No inherited node options: the worker runs one module, and options such as --input-type or -e would stop it.
    const worker = new Worker(new URL('./history-worker.js', import.meta.url), { workerData: files, execArgv: [] });
    let part: HistoryPart | undefined;
    worker.once('message', (message: HistoryPart) => (part = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      part !== undefined ? resolve(part) : reject(new Error(`history worker stopped (exit code ${code}) without a result`)),
    );
  });
}
