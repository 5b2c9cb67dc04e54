import { problem } from '../../problem.js';
import { rejectNotCsv } from './csv-refusals.js';
import { FileRejected } from './file-error.js';
import { sniffDelimiter } from './sniff-delimiter.js';

const SNIFF_BYTES = 64 * 1024;

/**
 * The first 64 kB of a file (whole chunks) and its delimiter: the one given,
 * or the one its first records use. An empty file, JSON and HTML are refused.
 * `done`: the chunks read are the whole file.
 */
export async function fileStart(
  file: string,
  next: () => Promise<IteratorResult<Buffer>>,
  delimiter: string | undefined,
): Promise<{ head: Buffer[]; done: boolean; chosen: string }> {
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const chunk = await next();
    if (chunk.done === true) {
      done = true;
      break;
    }
    head.push(chunk.value);
    size += chunk.value.length;
  }
  const sample = Buffer.concat(head).toString('utf8');
  if (sample.trim() === '')
    throw new FileRejected(
      problem(
        'tickets.empty-file',
        'error',
        'the file is empty',
        { file },
        'export the tickets again; a CSV export starts with a header row',
      ),
    );
  rejectNotCsv(file, sample);
  return { head, done, chosen: delimiter ?? sniffDelimiter(sample, done) };
}
