/** SPEC 7: 0 done; 1 a threshold asked for was missed; 2 bad usage, bad SLA file, bad input under --strict, or a bug. */
export const ExitCode = { ok: 0, thresholdMissed: 1, badInput: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
