import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Issue 18, item 10: compare pauses exactly as report does. For every fixture
 * SLA file with the inputs it was written for, each file's figures in
 * `compare` are its own `report --by priority`, figure for figure; also when
 * the files differ in statuses.waiting, statuses.resolved or pause lists,
 * which are terms of the contract, not import settings.
 */
type Row = Record<string, string | number | boolean | null>;
type Fixture = { sla: string; inputs: string[]; period: string[] };

const EXAMPLE = ['fixtures/example/tickets.csv', '--events', 'fixtures/example/events.csv', '--as-of', '2027-01-05T12:00'];
const FIXTURES: Fixture[] = [
  { sla: 'fixtures/example/sla.yaml', inputs: EXAMPLE, period: ['--quarter', '2026-Q4'] },
  { sla: 'fixtures/example/proposal.yaml', inputs: EXAMPLE, period: ['--quarter', '2026-Q4'] },
  {
    sla: 'fixtures/datasets/helpdesk-italian.sla.yaml',
    inputs: ['fixtures/datasets/helpdesk-italian-excerpt.csv', '--as-of', '2015-01-01'],
    period: ['--from', '2010-01-01', '--to', '2014-12-31'],
  },
  {
    sla: 'fixtures/datasets/servicenow-uci.sla.yaml',
    inputs: ['fixtures/datasets/servicenow-uci-excerpt.csv', '--as-of', '2018-01-01'],
    period: ['--from', '2015-01-01', '--to', '2017-12-31'],
  },
];
const FIGURES = [
  'priority',
  'metric',
  'count',
  'met',
  'breached',
  'overdue',
  'open',
  'attainment_percent',
  'goal_percent',
  'goal_met',
] as const;
const pick = (row: Row): Row => Object.fromEntries(FIGURES.map((k) => [k, row[k] ?? null]));

function io(extra: Record<string, string> = {}) {
  const paths = [
    'fixtures/example/sla.yaml',
    'fixtures/example/proposal.yaml',
    'fixtures/example/tickets.csv',
    'fixtures/example/events.csv',
    ...FIXTURES.map((f) => f.sla),
    'fixtures/datasets/helpdesk-italian-excerpt.csv',
    'fixtures/datasets/servicenow-uci-excerpt.csv',
  ];
  return fakeIo({ files: { ...Object.fromEntries(paths.map((p) => [p, readFileSync(p)])), ...extra } });
}

async function reportKpis(sla: string, f: Fixture, files: Record<string, string> = {}): Promise<Row[]> {
  const { code, out, err } = await runCli(
    ['report', '--sla', sla, ...f.inputs, ...f.period, '--by', 'priority', '--format', 'json'],
    io(files),
  );
  expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
  return (JSON.parse(out) as { kpis: Row[] }).kpis.map(pick);
}

async function compareKpis(slas: string[], f: Fixture, files: Record<string, string> = {}): Promise<Row[]> {
  const { code, out, err } = await runCli(
    ['compare', ...slas.flatMap((s) => ['--sla', s]), ...f.inputs, ...f.period, '--format', 'json'],
    io(files),
  );
  expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
  return (JSON.parse(out) as { kpis: Row[] }).kpis;
}

describe("each file's compare figures are its own report --by priority", () => {
  it.each(FIXTURES)('$sla', async (f) => {
    // The file against itself (the datasets), or against the other example file.
    const other = f.sla.startsWith('fixtures/example/') ? FIXTURES.find((g) => g.sla !== f.sla && g.inputs === f.inputs)!.sla : f.sla;
    const rows = await compareKpis([f.sla, other], f);
    const mine = rows.filter((r, i) => r.sla === f.sla && (other !== f.sla || i % 2 === 0) && r.count !== 0).map(pick);
    expect(mine).toEqual(await reportKpis(f.sla, f));
  });

  it('pauses on `waiting` as report does (the word stands for the waiting statuses in force)', async () => {
    const f = FIXTURES[0]!;
    const waiting = readFileSync(f.sla, 'utf8').replace(
      /pause_when_status: \["Afventer kunde", "Afventer tredjepart"\]/g,
      'pause_when_status: [waiting]',
    );
    const files = { 'waiting.yaml': waiting };
    const rows = await compareKpis([f.sla, 'waiting.yaml'], f, files);
    expect(rows.filter((r) => r.sla === 'waiting.yaml' && r.count !== 0).map(pick)).toEqual(await reportKpis('waiting.yaml', f, files));
  });

  it('accepts files that differ in statuses.waiting, statuses.resolved and pause lists: contract terms to compare', async () => {
    const f = FIXTURES[0]!;
    const text = readFileSync(f.sla, 'utf8');
    const terms = text
      .replace('statuses:\n  resolved: [Løst, Lukket]', 'statuses:\n  resolved: [Lukket]\n  waiting: [Afventer kunde]')
      .replace(/pause_when_status: \["Afventer kunde", "Afventer tredjepart"\]/g, 'pause_when_status: [waiting]');
    const files = { 'terms.yaml': terms };
    const rows = await compareKpis([f.sla, 'terms.yaml'], f, files);
    const theirs = rows.filter((r) => r.sla === 'terms.yaml' && r.count !== 0).map(pick);
    expect(theirs).toEqual(await reportKpis('terms.yaml', f, files));
    expect(rows.filter((r) => r.sla === f.sla && r.count !== 0).map(pick)).toEqual(await reportKpis(f.sla, f));
    expect(theirs).not.toEqual(rows.filter((r) => r.sla === f.sla && r.count !== 0).map(pick));
  });
});
