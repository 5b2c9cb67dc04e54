import type { Problem } from '../../problem.js';
import { FileRejected } from './file-error.js';

/** Reads one file; a file that cannot be read becomes its one Problem and the run goes on with the others. */
export async function guardFile(problems: Problem[], read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (!(error instanceof FileRejected)) throw error;
    problems.push(error.problem);
  }
}
