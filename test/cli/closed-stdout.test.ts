import { describe, expect, it } from 'vitest';
import { OutputFailed } from '../../src/cli/errors.js';
import { runCli } from '../fake-io.js';
import { exampleIo, runExample } from './example-io.js';

/** The example's files, with a stdout whose reader goes away after the first write (`| head -1`): EPIPE from then on. */
function closedAfterFirstWrite() {
  const io = exampleIo();
  let writes = 0;
  const epipe = () => new OutputFailed('stdout', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  io.stdout = {
    ...io.stdout,
    write: () => {
      if (++writes > 1) throw epipe();
    },
    flush: async () => {
      if (writes > 1) throw epipe();
    },
  };
  return io;
}

describe('the exit code tells the verdict, whatever happens to stdout', () => {
  it('check --fail-on-breach | head -1 exits 1 on breaches, as without the pipe', async () => {
    const piped = await runExample('check', ['--month', '2026-10', '--fail-on-breach'], closedAfterFirstWrite());
    const plain = await runExample('check', ['--month', '2026-10', '--fail-on-breach']);
    expect(plain.code).toBe(1);
    expect(piped.code).toBe(1);
    expect(piped.err).toContain('breached or overdue (--fail-on-breach)');
  });

  it('report --fail-under-goal | head -1 exits 1 when a goal is missed', async () => {
    const { code } = await runExample('report', ['--month', '2026-10', '--fail-under-goal'], closedAfterFirstWrite());
    expect(code).toBe(1);
  });

  it('a run without a threshold still ends quietly with exit 0 when the reader goes away', async () => {
    const { code, err } = await runExample('check', ['--month', '2026-10'], closedAfterFirstWrite());
    expect(code).toBe(0);
    expect(err).not.toContain('cannot write');
  });

  it('a command that writes straight to stdout (validate) ends with exit 0 too', async () => {
    const io = closedAfterFirstWrite();
    const { code } = await runCli(['validate', 'fixtures/example/sla.yaml', '--year', '2026'], io);
    expect(code).toBe(0);
  });
});
