import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fake-io.js';
import { AS_OF, EVENTS, exampleIo, SLA, TICKETS } from './example-io.js';

type Row = Record<string, string | number | boolean | null>;

const EXAMPLE_SLA = readFileSync(SLA, 'utf8');

async function run(command: string, args: string[], slaText = EXAMPLE_SLA): Promise<{ code: number; doc: Record<string, Row[]> }> {
  const io = exampleIo({ files: { 'variant.yaml': slaText } });
  const { code, out } = await runCli(
    [command, '--sla', 'variant.yaml', TICKETS, '--events', EVENTS, '--as-of', AS_OF, '--format', 'json', ...args],
    io,
  );
  return { code, doc: JSON.parse(out) as Record<string, Row[]> };
}

/** The example's SLA with one policy's target for a metric rewritten (`targets: { response: 1h, resolution: 8h }` lines, in policy order). */
function withTarget(policyIndex: number, metric: string, minutes: number): string {
  let seen = -1;
  return EXAMPLE_SLA.replace(/targets: \{[^}]*\}/g, (line) =>
    ++seen === policyIndex ? line.replace(new RegExp(`${metric}: \\w+`), `${metric}: ${minutes}m`) : line,
  );
}

// In file order: the index of each policy's `targets:` line.
const POLICIES = ['P1 Produktion nede', 'P2 Høj (til 30/6)', 'P2 Høj', 'P3-P4 Normal'];

/** report --by policy's attainment for one policy and metric under an SLA text. */
async function reportAttainment(slaText: string, policy: string, metric: string, args: string[]): Promise<number | null> {
  const { doc } = await run('report', ['--by', 'policy', ...args], slaText);
  // No KPI row: no record of the policy in the period (suggest lists it all the same, with null figures).
  return (doc.kpis!.find((k) => k.policy === policy && k.metric === metric)?.attainment_percent ?? null) as number | null;
}

describe('suggest on the bundled example', () => {
  const period = ['--month', '2026-10'];

  it("writes SPEC 11.2's suggestion keys in a fixed order, the current target as written and a note after them", async () => {
    const { doc } = await run('suggest', []);
    expect(Object.keys(doc)).toEqual(['schema_version', 'as_of', 'period', 'suggestions', 'warnings']);
    expect(Object.keys(doc.suggestions![0]!)).toEqual([
      'policy',
      'metric',
      'goal_percent',
      'current_target',
      'current_target_minutes',
      'current_attainment_percent',
      'suggested_target_minutes',
      'rounded_target_minutes',
      'rounded_attainment_percent',
      'p50_minutes',
      'p80_minutes',
      'p90_minutes',
      'note',
    ]);
  });

  it('gives the current attainment that report gives', async () => {
    const { code, doc } = await run('suggest', period);
    expect(code).toBe(0);
    const kpis = (await run('report', ['--by', 'policy', ...period])).doc.kpis!;
    const current = doc.suggestions!.map((s) => [s.policy, s.metric, s.current_attainment_percent]);
    const reported = kpis.map((k) => [k.policy, k.metric, k.attainment_percent]);
    // suggest lists every policy and targeted metric; those report has no row for (the contract before 1 July) have no attainment.
    expect(current.filter(([policy]) => policy !== 'P2 Høj (til 30/6)')).toEqual(reported);
    expect(current.filter(([policy]) => policy === 'P2 Høj (til 30/6)').map(([, , attainment]) => attainment)).toEqual([null, null, null]);
  });

  it('suggests the smallest target that report would have judged at the goal (one minute less misses it)', async () => {
    const { doc } = await run('suggest', period);
    const checked = doc.suggestions!.filter((s) => s.suggested_target_minutes !== null);
    expect(checked.length).toBe(10);
    for (const s of checked) {
      const i = POLICIES.indexOf(s.policy as string);
      const minutes = s.suggested_target_minutes as number;
      const at = await reportAttainment(withTarget(i, s.metric as string, minutes), s.policy as string, s.metric as string, period);
      const below = await reportAttainment(withTarget(i, s.metric as string, minutes - 1), s.policy as string, s.metric as string, period);
      expect(at).toBeGreaterThanOrEqual(s.goal_percent as number);
      expect(below === null || below < (s.goal_percent as number)).toBe(true);
    }
  });

  it('gives the attainment at the rounded target that report gives with that target written in (3bd as hours too)', async () => {
    const { doc } = await run('suggest', [...period, '--goal', '95%']);
    for (const s of doc.suggestions!) {
      expect(s.goal_percent).toBe(95);
      if (s.rounded_target_minutes === null) {
        // No record in the period (the contract before 1 July): nothing to round, no attainment.
        expect([s.policy, s.rounded_attainment_percent]).toEqual(['P2 Høj (til 30/6)', null]);
        continue;
      }
      const i = POLICIES.indexOf(s.policy as string);
      const rounded = await reportAttainment(
        withTarget(i, s.metric as string, s.rounded_target_minutes as number),
        s.policy as string,
        s.metric as string,
        period,
      );
      expect([s.policy, s.metric, s.rounded_attainment_percent]).toEqual([s.policy, s.metric, rounded]);
    }
  });

  it('rounds up the ladder and notes a target in business days', async () => {
    const { doc } = await run('suggest', period);
    const at = (policy: string, metric: string) => doc.suggestions!.find((s) => s.policy === policy && s.metric === metric)!;
    // P2 resolution: 10h reaches 90 %; the ladder after 8h goes in whole 8h steps: 16h.
    expect([at('P2 Høj', 'resolution').suggested_target_minutes, at('P2 Høj', 'resolution').rounded_target_minutes]).toEqual([600, 960]);
    const nbd = at('P3-P4 Normal', 'resolution');
    expect([nbd.current_target, nbd.current_target_minutes]).toEqual(['3bd', null]);
    expect(nbd.note).toBe('3bd counts business days (a budget that differs per ticket): suggested in business hours (24h)');
    expect(at('P2 Høj', 'response').note).toBeNull();
  });

  it('says why a suggestion is null', async () => {
    const noRecords = (await run('suggest', ['--month', '2025-01'])).doc.suggestions!;
    expect(noRecords.every((s) => s.suggested_target_minutes === null && String(s.note).startsWith('no records in the period'))).toBe(true);
    const noGoals = (await run('suggest', period, EXAMPLE_SLA.replace(/goals:\n(  .*\n)+/, ''))).doc.suggestions!;
    expect(noGoals.map((s) => [s.suggested_target_minutes, s.note])).toContainEqual([
      null,
      'no goal for this metric: set one under goals: or pass --goal',
    ]);
    // NL-1018 (P2, created 30 December) is still running as of 5 January: its resolution has no completed record in the last days of December.
    const running = (await run('suggest', ['--from', '2026-12-30', '--to', '2026-12-31'])).doc.suggestions!;
    expect(running.find((s) => s.policy === 'P2 Høj' && s.metric === 'resolution')!.note).toBe(
      'no completed record: every record is still running',
    );
  });
});
