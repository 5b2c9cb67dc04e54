import { describe, expect, it } from 'vitest';
import { evaluationProgress } from '../../src/cli/progress.js';
import { fakeIo } from '../fake-io.js';

function run(tty: boolean, total: number): string {
  const io = fakeIo({ tty });
  const progress = evaluationProgress(io, total);
  for (let i = 0; i < total; i++) progress.tick();
  progress.done();
  return io.err();
}

describe('the progress line', () => {
  it('shows on a terminal for a big input, and clears itself', () => {
    const err = run(true, 100_000);
    expect(err).toBe('\rslacheck: evaluated 50000 of 100000 tickets\rslacheck: evaluated 100000 of 100000 tickets\r\u001b[K');
  });

  it('never shows off a terminal (pipes, cron mails)', () => {
    expect(run(false, 100_000)).toBe('');
  });

  it('never shows for a small input', () => {
    expect(run(true, 99_999)).toBe('');
  });
});
