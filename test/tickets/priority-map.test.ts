import { describe, expect, it } from 'vitest';
import { presets } from '../../src/tickets/columns/presets/index.js';
import { priorityEntries, priorityInRange, prioritiesInForce } from '../../src/tickets/columns/presets/priority-map.js';
import { codes, importSla, load } from './helpers.js';

const CANONICAL = new Set(['P1', 'P2', 'P3', 'P4']);

describe('preset priority maps', () => {
  it('map every default label of every preset to P1-P4', () => {
    for (const preset of Object.values(presets)) {
      for (const [label, priority] of Object.entries(preset.priorities))
        expect([preset.name, label, CANONICAL.has(priority)]).toEqual([preset.name, label, true]);
      for (const range of preset.priorityRanges ?? []) expect(CANONICAL.has(range.priority)).toBe(true);
    }
  });

  it('are extended and overridden by priorities.map (keys compared trimmed, case-insensitive)', async () => {
    const sla = importSla({ map: { highest: 'P2', 'Sev 1': 'P1' } });
    const csv =
      'Issue key,Created,Priority\nA-1,2026-01-05 08:00,Highest\nA-2,2026-01-05 08:00,sev 1\nA-3,2026-01-05 08:00,High\nA-4,2026-01-05 08:00,Odd\n';
    const result = await load({ 'j.csv': csv }, { sla, options: { preset: 'jira' } });
    expect([...result.tickets].map((t) => t.fields.priority)).toEqual(['P2', 'P1', 'P2', 'Odd']);
  });

  it('read Request Tracker numbers by range, as RT shows them (0-49 Low, 50-99 Medium, 100+ High)', () => {
    const ranges = presets.rt!.priorityRanges;
    expect(['0', '49', '50', '99', '100', '250', ' 75 ', '-1', '7.5', 'x'].map((v) => priorityInRange(ranges, v))).toEqual([
      'P4',
      'P4',
      'P3',
      'P3',
      'P2',
      'P2',
      'P3',
      undefined,
      undefined,
      undefined,
    ]);
    // An explicit label in the SLA file's map wins over the range.
    const inForce = prioritiesInForce(presets.rt!, { map: new Map([['75', 'P1']]) });
    expect(inForce.map.get('75')).toBe('P1');
  });

  it('are listed in force with their source, preset labels the file overrides left out', () => {
    expect(priorityEntries(presets.zendesk, { urgent: 'P1', Kritisk: 'P1' })).toEqual([
      { from: 'High', to: 'P2', source: 'preset' },
      { from: 'Normal', to: 'P3', source: 'preset' },
      { from: 'Low', to: 'P4', source: 'preset' },
      { from: 'urgent', to: 'P1', source: 'sla' },
      { from: 'Kritisk', to: 'P1', source: 'sla' },
    ]);
    expect(priorityEntries(presets.rt, {}).map((e) => e.from)).toEqual(['High', 'Medium', 'Low', '100+', '50-99', '0-49']);
    expect(priorityEntries(undefined, { a: 'P1' })).toEqual([{ from: 'a', to: 'P1', source: 'sla' }]);
  });

  it('warn about a policy that names a label the map turns into something else', async () => {
    const sla = importSla({ when: [{ priority: ['high'] }, { priority: ['p1'] }, {}] });
    const result = await load({ 't.csv': 'id,created,priority\n1,2026-01-05 08:00,High\n' }, { sla, options: { preset: 'zendesk' } });
    // (and, without a resolved column or history, that no clock can stop)
    expect(codes(result)).toEqual(['tickets.priority-mapped', 'tickets.no-stop-column']);
    expect(result.problems[0]!.message).toBe(
      'policy "p0" matches priority "high", but the zendesk preset and priorities.map turn "high" into P2 before policies are matched',
    );
    // Keeping the label (High: High) is the way out, and silences it.
    const kept = await load(
      { 't.csv': 'id,created,priority\n1,2026-01-05 08:00,High\n' },
      { sla: importSla({ when: [{ priority: ['high'] }], map: { High: 'High' } }), options: { preset: 'zendesk' } },
    );
    expect(codes(kept)).toEqual(['tickets.no-stop-column']);
    expect([...kept.tickets][0]!.fields.priority).toBe('High');
  });
});
