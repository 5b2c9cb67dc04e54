import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KEYS } from '../../src/report/schema-doc.js';
import { exampleIo, runExample } from '../cli/example-io.js';

/** Every key path of a JSON value: `kpis[].sla`; an array of objects is `kpis[]`, an array of scalars its plain key. */
function paths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const path = `${prefix}${key}`;
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) return [`${path}[]`, ...v.flatMap((x) => paths(x, `${path}[].`))];
    return [path, ...(Array.isArray(v) ? [] : paths(v, `${path}.`))];
  });
}

/** The README's key paths; `kpis[].policy, priority, …` stands for one path per --by key. */
const described = (command: 'compare' | 'suggest') =>
  DOCUMENT_KEYS[command].flatMap(([path]) => (path.includes(', ') ? path.split(', ').map((k) => `kpis[].${k.replace('kpis[].', '')}`) : [path]));

const PROPOSAL = 'fixtures/example/proposal.yaml';
const io = () => exampleIo({ files: { [PROPOSAL]: readFileSync(PROPOSAL, 'utf8') } });

describe('compare and suggest JSON match the key tables the README prints (schema-doc.ts)', () => {
  it('compare, with every --by key and the flips', async () => {
    const { out } = await runExample('compare', ['--sla', PROPOSAL, '--month', '2026-10', '--flips', '--by', 'policy,priority,service,customer,group,month', '--format', 'json'], io());
    const doc = JSON.parse(out) as { flips: unknown[] };
    expect(doc.flips.length).toBeGreaterThan(0);
    expect(new Set(paths(doc))).toEqual(new Set(described('compare')));
  });

  it('suggest', async () => {
    const { out } = await runExample('suggest', ['--month', '2026-10', '--format', 'json'], io());
    expect(new Set(paths(JSON.parse(out)))).toEqual(new Set(described('suggest')));
  });

  it('keep SPEC 11.2\'s suggestion keys, in a fixed order', async () => {
    const { out } = await runExample('suggest', ['--format', 'json'], io());
    const doc = JSON.parse(out) as { suggestions: object[] };
    expect(Object.keys(doc)).toEqual(['schema_version', 'as_of', 'period', 'suggestions', 'warnings']);
    expect(Object.keys(doc.suggestions[0]!)).toEqual([
      'policy', 'metric', 'goal_percent', 'current_target', 'current_target_minutes', 'current_attainment_percent', 'suggested_target_minutes',
      'rounded_target_minutes', 'rounded_attainment_percent', 'p50_minutes', 'p80_minutes', 'p90_minutes', 'note',
    ]);
  });
});
