import { parentPort, workerData } from 'node:worker_threads';
import { readHistoryPart, transferList } from '../tickets/history/history-part.js';
import type { HistoryFiles } from './history-thread.js';
import { nodeIo } from './io.js';
import { openSource } from './read-tickets.js';

// The worker thread of history-thread.ts: open the history files as the main thread would, read them, hand the columns back.
const files = workerData as HistoryFiles;
const io = nodeIo();
const part = await readHistoryPart({
  events: files.paths.map((path) => openSource(io, path)),
  sla: files.sla,
  ...(files.options === undefined ? {} : { options: files.options }),
  firstFile: files.firstFile,
});
parentPort!.postMessage(part, transferList(part));
