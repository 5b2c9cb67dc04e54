import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluationWalk, type EvaluationInput } from '../../src/evaluate/evaluate.js';
import { TICKETS_PER_PAUSE, walkToEnd } from '../../src/evaluate/walk.js';
import { walkLettingSignalsIn } from '../../src/cli/signal-turns.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import type { Ticket } from '../../src/tickets/types.js';

/**
 * Issue 22: with --output, a signal at any moment before the rename keeps the
 * old file, removes the temp file and exits 128+n. The real program (the
 * built bin, as `npm test` builds it) is started with a preload
 * (signal-at.mjs) that sends it the signal from inside a chosen call, so that
 * it arrives at a known moment, during synchronous work: on main, a TERM
 * during the writing was handled after the rename, or not at all (exit 0).
 */
const EXAMPLE = [
  '--sla',
  'fixtures/example/sla.yaml',
  'fixtures/example/tickets.csv',
  '--events',
  'fixtures/example/events.csv',
  '--as-of',
  '2027-01-05T12:00',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slacheck-signals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `check --all --format json` (146 kB: the writing takes three 64 kB chunks) into out.json, which holds "old" before. */
function runWithSignal(at: string): { status: number | null; signal: NodeJS.Signals | null; content: string; temps: string[] } {
  const out = join(dir, 'out.json');
  if (!existsSync(out)) writeFileSync(out, 'old');
  const run = spawnSync(
    process.execPath,
    ['--import', './test/cli/signal-at.mjs', 'bin/slacheck.js', 'check', ...EXAMPLE, '--all', '--format', 'json', '--output', out],
    {
      encoding: 'utf8',
      env: { ...process.env, SIGNAL_AT: at },
    },
  );
  return {
    status: run.status,
    signal: run.signal,
    content: readFileSync(out, 'utf8'),
    temps: readdirSync(dir).filter((f) => f.endsWith('.tmp')),
  };
}

describe('a signal during a run with --output', () => {
  const moments: [string, string][] = [
    ['while the export is read', 'createReadStream:1:SIGTERM'],
    ['as the writing starts, after the evaluation', 'openSync:2:SIGTERM:.slacheck-'],
    ['while the output is written', 'writeSync:1:SIGTERM'],
    ['after the output is written, before the rename', 'fsyncSync:1:SIGTERM'],
  ];
  for (const [moment, at] of moments) {
    it(`${moment}: keeps the old file, removes the temp file, exits 143`, () => {
      const run = runWithSignal(at);
      expect(run.status).toBe(143);
      expect(run.content).toBe('old');
      expect(run.temps).toEqual([]);
    });
  }

  it('exits 128+n for each signal: INT 130, HUP 129', () => {
    expect(runWithSignal('writeSync:2:SIGINT')).toMatchObject({ status: 130, content: 'old', temps: [] });
    expect(runWithSignal('writeSync:2:SIGHUP')).toMatchObject({ status: 129, content: 'old', temps: [] });
  });

  it('without a signal, replaces the file', () => {
    const run = runWithSignal('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.content).schema_version).toBe(1);
  });
});

describe('a temp file left by kill -9', () => {
  it('is removed by the next run that writes the same output', () => {
    const killed = runWithSignal('writeSync:1:SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.content).toBe('old');
    expect(killed.temps).toHaveLength(1);
    const next = runWithSignal('');
    expect(next.status).toBe(0);
    expect(next.temps).toEqual([]);
    expect(JSON.parse(next.content).schema_version).toBe(1);
  });

  it("is kept while its process runs (another run writing the same file now), and another output's is not touched", () => {
    const live = `.out.json.slacheck-${process.pid}-7.tmp`;
    const other = '.other.json.slacheck-999999999-1.tmp';
    writeFileSync(join(dir, live), 'half');
    writeFileSync(join(dir, other), 'half');
    expect(runWithSignal('').status).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.tmp'))
        .sort(),
    ).toEqual([live, other].sort());
  });
});

describe('the evaluation lets a signal in while it runs', () => {
  const sla = parseSla(
    'sla: 1\nname: x\ntimezone: UTC\ncalendars: { c: 24x7 }\nmetrics:\n  resolution: { start: created, stop: resolved }\npolicies:\n  - { name: All, calendar: c, targets: { resolution: 4h } }\n',
    'sla.yaml',
  );
  const tickets: Ticket[] = Array.from({ length: 3 * TICKETS_PER_PAUSE }, (_, i) => ({
    id: `T${i}`,
    source: { file: 't.csv', line: i + 2 },
    times: { created: Date.UTC(2026, 0, 5) + i * 60_000 },
    fields: {},
  }));
  const input: EvaluationInput = {
    sla: sla.sla!,
    tickets,
    events: { size: 0, eventsFor: () => [] },
    resolvedStatuses: [],
    asOf: Date.UTC(2026, 1, 1),
  };

  /** The ticket count at which a SIGUSR2 sent at ticket 10 was handled (-1: not before the walk ended). */
  async function handledAt(walk: (visit: () => void) => Promise<unknown>): Promise<number> {
    let visited = 0;
    let handled = -1;
    const onSignal = () => (handled = visited);
    process.on('SIGUSR2', onSignal);
    try {
      await walk(() => {
        if (++visited === 10) process.kill(process.pid, 'SIGUSR2');
      });
    } finally {
      process.off('SIGUSR2', onSignal);
    }
    return handled;
  }

  it('at its next pause, long before the walk ends', async () => {
    const at = await handledAt((visit) => walkLettingSignalsIn(evaluationWalk(input, visit)));
    expect(at).toBeGreaterThanOrEqual(10);
    expect(at).toBeLessThanOrEqual(TICKETS_PER_PAUSE);
  });

  it('(a walk run to its end without pausing lets it in only after the last ticket)', async () => {
    const at = await handledAt(async (visit) => walkToEnd(evaluationWalk(input, visit)));
    expect(at).toBe(-1);
  });
});
