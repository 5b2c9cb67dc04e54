import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';
import { AS_OF, EVENTS, exampleIo, SLA, TICKETS } from './example-io.js';

const PROPOSAL = 'fixtures/example/proposal.yaml';
const withProposal = () => exampleIo({ files: { [PROPOSAL]: readFileSync(PROPOSAL, 'utf8') } });

type Row = Record<string, string | number | boolean | null>;
type CompareJson = { slas: Row[]; kpis: Row[]; flips: Row[] | null; warnings: Row[] };

async function compare(slas: string[], args: string[] = [], io = withProposal()): Promise<CompareJson> {
  const { code, out, err } = await runCli(
    ['compare', ...slas.flatMap((s) => ['--sla', s]), TICKETS, '--events', EVENTS, '--as-of', AS_OF, '--format', 'json', ...args],
    io,
  );
  expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out) as CompareJson;
}

async function report(sla: string, args: string[]): Promise<Row[]> {
  const { out } = await runCli(
    ['report', '--sla', sla, TICKETS, '--events', EVENTS, '--as-of', AS_OF, '--format', 'json', ...args],
    withProposal(),
  );
  return (JSON.parse(out) as { kpis: Row[] }).kpis;
}

const FIGURES = ['count', 'met', 'breached', 'overdue', 'open', 'attainment_percent', 'goal_percent', 'goal_met'] as const;
const pick = (row: Row, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));

describe('compare --sla A --sla A', () => {
  it('gives the same columns for both and no flips', async () => {
    const doc = await compare([SLA, SLA], ['--quarter', '2026-Q4', '--flips']);
    expect(doc.flips).toEqual([]);
    expect(doc.slas.map((s) => s.verdicts_changed)).toEqual([0, 0]);
    expect(doc.kpis.length % 2).toBe(0);
    for (let i = 0; i < doc.kpis.length; i += 2) {
      const [first, second] = [doc.kpis[i]!, doc.kpis[i + 1]!];
      expect({ ...second, difference_points: null }).toEqual(first);
      expect(second.difference_points).toBe(first.attainment_percent === null ? null : 0);
    }
  });
});

describe('compare against two report runs', () => {
  it.each([
    [['--quarter', '2026-Q4'], 'priority'],
    [['--month', '2026-10', '--by', 'policy'], 'policy'],
    [['--by', 'customer,month'], 'customer,month'],
  ])("%j: each file's figures are its report --by, figure for figure", async (args, by) => {
    const doc = await compare([SLA, PROPOSAL], args);
    const keys = by.split(',');
    for (const sla of [SLA, PROPOSAL]) {
      const expected = (await report(sla, [...args.filter((a, i) => a !== '--by' && args[i - 1] !== '--by'), '--by', by])).map((k) =>
        pick(k, [...keys, 'metric', ...FIGURES]),
      );
      const mine = doc.kpis.filter((k) => k.sla === sla && k.count !== 0).map((k) => pick(k, [...keys, 'metric', ...FIGURES]));
      expect(mine).toEqual(expected);
    }
  });

  it('gives the difference in percentage points against the first file', async () => {
    const doc = await compare([SLA, PROPOSAL], ['--quarter', '2026-Q4']);
    const at = (sla: string, priority: string, metric: string) =>
      doc.kpis.find((k) => k.sla === sla && k.priority === priority && k.metric === metric)!;
    // P2 response: 16 of 19 met within 1h (84.21 %), 17 of 19 within 2h under the proposal (89.47 %).
    expect(pick(at(PROPOSAL, 'P2', 'response'), ['target', 'met', 'attainment_percent', 'difference_points'])).toEqual({
      target: '2h',
      met: 17,
      attainment_percent: 89.47,
      difference_points: 5.26,
    });
    expect(at(SLA, 'P2', 'response').difference_points).toBeNull();
  });
});

/**
 * The hand-worked proposal: the same agreement with the office window
 * closing at 17:00 instead of 16:00 (P2: response 1h, resolution 8h; P3:
 * response 4h, resolution 1bd). Week of Monday 5 October 2026, Copenhagen
 * (CEST), judged as of Friday 9 October 12:00.
 */
const handSla = (close: string) => `sla: 1
name: Window until ${close}
timezone: Europe/Copenhagen
calendars:
  office:
    hours: { mon-fri: ["08:00-${close}"] }
metrics:
  response: { start: created, stop: [first_response, resolved] }
  resolution: { start: created, stop: resolved }
policies:
  - { name: P2, when: { priority: P2 }, calendar: office, targets: { response: 1h, resolution: 8h } }
  - { name: P3, when: { priority: P3 }, calendar: office, targets: { response: 4h, resolution: 1bd } }
goals: { response: 95%, resolution: 90% }
input: { date_format: "yyyy-MM-dd HH:mm" }
`;

// id, created, priority, first response, resolved
const HAND_TICKETS = `id,created,priority,first_response,resolved
N1,2026-10-05 15:30,P2,2026-10-05 16:40,2026-10-06 09:00
N2,2026-10-05 13:00,P2,2026-10-05 13:20,2026-10-06 13:30
N3,2026-10-05 12:00,P2,2026-10-05 12:10,2026-10-06 11:30
N4,2026-10-07 16:30,P3,2026-10-07 16:45,2026-10-08 16:45
N5,2026-10-08 12:30,P2,2026-10-08 12:45,
`;

describe('a proposal that moves the service window from 16:00 to 17:00', () => {
  it('flips the verdicts worked out by hand', async () => {
    const io = fakeIo({ files: { 'sla.yaml': handSla('16:00'), 'proposal.yaml': handSla('17:00'), 'tickets.csv': HAND_TICKETS } });
    const { code, out } = await runCli(
      [
        'compare',
        '--sla',
        'sla.yaml',
        '--sla',
        'proposal.yaml',
        'tickets.csv',
        '--as-of',
        '2026-10-09T12:00',
        '--flips',
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out) as CompareJson;
    // N1 response: Mon 15:30 to the reply at 16:40. Until 16:00: 30m, met (1h). Until 17:00: 1h10m, breached.
    //    resolution: 30m + Tue 08:00-09:00 = 1h30m, or 1h30m + 1h = 2h30m: met under both (8h).
    // N2 resolution: Mon 13:00-16:00 3h + Tue 08:00-13:30 5h30m = 8h30m, breached; 4h + 5h30m = 9h30m, breached: no flip.
    // N3 resolution: Mon 12:00-16:00 4h + Tue 08:00-11:30 3h30m = 7h30m, met; 5h + 3h30m = 8h30m, breached.
    // N4 resolution 1bd, created Wed 16:30: after 16:00 closing the first open instant is Thu 08:00 (offset 0),
    //    due Fri 08:00 (a budget of 8h); resolved Thu 16:45 after Thu 08:00-16:00 = 8h: met. Until 17:00,
    //    Wed 16:30 is open, offset 8h30m into Wed, so due Thu 16:30 (budget 30m + 8h30m = 9h); resolved after
    //    30m + Thu 08:00-16:45 8h45m = 9h15m: breached.
    //    response (4h): 0m or 15m, met under both.
    // N5 resolution, still running at Fri 12:00: Thu 12:30-16:00 3h30m + Fri 08:00-12:00 4h = 7h30m, open;
    //    4h30m + 4h = 8h30m, overdue.
    // A longer window only adds business time against the same targets: every flip goes against the supplier.
    const flips = (doc.flips ?? []).map((f) => `${f.ticket} ${f.metric} ${f.sla}: ${f.status} ${f.elapsed_minutes}`);
    expect(flips).toEqual([
      'N1 response sla.yaml: met 30',
      'N1 response proposal.yaml: breached 70',
      'N3 resolution sla.yaml: met 450',
      'N3 resolution proposal.yaml: breached 510',
      'N4 resolution sla.yaml: met 480',
      'N4 resolution proposal.yaml: breached 555',
      'N5 resolution sla.yaml: open 450',
      'N5 resolution proposal.yaml: overdue 510',
    ]);
    expect(doc.slas.map((s) => s.verdicts_changed)).toEqual([0, 4]);
    // P2 response: 4 of 4 met, then 3 of 4 (-25 pp). P2 resolution: N1 met, N2 breached, N3 met, N5 open: 2 of 3;
    // then N1 met of N1, N2, N3, N5: 1 of 4 (-41.67 pp). P3 resolution: 100 % to 0 %.
    const row = (priority: string, metric: string) =>
      doc.kpis
        .filter((k) => k.priority === priority && k.metric === metric)
        .map((k) => [k.met, k.breached, k.overdue, k.open, k.attainment_percent, k.difference_points]);
    expect(row('P2', 'response')).toEqual([
      [4, 0, 0, 0, 100, null],
      [3, 1, 0, 0, 75, -25],
    ]);
    expect(row('P2', 'resolution')).toEqual([
      [2, 1, 0, 1, 66.67, null],
      [1, 2, 1, 0, 25, -41.67],
    ]);
    expect(row('P3', 'resolution')).toEqual([
      [1, 0, 0, 0, 100, null],
      [0, 1, 0, 0, 0, -100],
    ]);
  });
});

describe('reading the exports once', () => {
  const variant = (from: string, to: string) => readFileSync(SLA, 'utf8').replace(from, to);

  it('refuses files whose input sections differ, naming both values and places', async () => {
    const io = exampleIo({ files: { 'other.yaml': variant('date_format: dd-MM-yyyy HH:mm', 'date_format: d-M-yyyy H:mm') } });
    const { code, out, err } = await runCli(['compare', '--sla', SLA, '--sla', 'other.yaml', TICKETS], io);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /^slacheck: other\.yaml:\d+:\d+: input\.date_format: "d-M-yyyy H:mm" here, "dd-MM-yyyy HH:mm" in fixtures\/example\/sla\.yaml:\d+:\d+: /,
    );
    expect(err).toContain('or override both with --date-format');
  });

  it('takes a flag that overrides the differing setting', async () => {
    const io = exampleIo({ files: { 'other.yaml': variant('date_format: dd-MM-yyyy HH:mm', 'date_format: d-M-yyyy H:mm') } });
    const doc = await compare([SLA, 'other.yaml'], ['--date-format', 'dd-MM-yyyy HH:mm'], io);
    expect(doc.slas.map((s) => s.verdicts_changed)).toEqual([0, 0]);
  });

  it.each([
    ['priorities.map', '"4 - Lav": P4', '"4 - Lav": P3'],
    ['input.columns.title', 'title: Emne', 'title: Overskrift'],
    ['timezone', 'timezone: Europe/Copenhagen', 'timezone: Europe/Berlin'],
  ])('refuses files that differ in %s', async (field, from, to) => {
    const { code, err } = await runCli(
      ['compare', '--sla', SLA, '--sla', 'other.yaml', TICKETS],
      exampleIo({ files: { 'other.yaml': variant(from, to) } }),
    );
    expect(code).toBe(2);
    expect(err).toContain(`: ${field}`);
  });

  it('lists a ticket without SLA once when every file gives the warning, and names the file otherwise', async () => {
    const noP4 = variant('when: { priority: [P3, P4] }', 'when: { priority: [P3] }');
    const doc = await compare([SLA, 'other.yaml'], ['--month', '2026-10'], exampleIo({ files: { 'other.yaml': noP4 } }));
    const noPolicy = doc.warnings.filter((w) => w.code === 'evaluate.no-policy').map((w) => w.message as string);
    expect(noPolicy.filter((m) => m.includes('NL-1013'))).toEqual([
      'ticket "NL-1013" matches no policy (priority "5 - Ukendt"): it has no SLA',
    ]);
    expect(noPolicy.some((m) => m.includes('priority "P4"') && m.endsWith('(under other.yaml)'))).toBe(true);
  });
});
