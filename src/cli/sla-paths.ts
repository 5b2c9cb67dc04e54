import { dirname, isAbsolute, join } from 'node:path';

/**
 * A path the SLA file names (an ICS file under holidays.ics), as the
 * program opens it: relative to the folder of the SLA file, so that the
 * file means the same from any working directory (issue 18 makes this the
 * rule for every path an SLA file names). An absolute path stays as it is.
 */
export function resolveSlaPath(slaFile: string, path: string): string {
  return isAbsolute(path) ? path : join(dirname(slaFile), path);
}
