import type { Problem } from '../../problem.js';

/**
 * A whole file cannot be read (empty, binary, not CSV, a required column
 * missing). Thrown inside the reading of one file and turned into its one
 * Problem by importTickets: the run goes on with the other files.
 */
export class FileRejected extends Error {
  override name = 'FileRejected';
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}
