import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/tickets/presets/index.js';

/** The README's presets table is generated from the preset data; this pins it (regenerate with the function below). */
export function presetsTable(): string {
  const head = '| preset | id | created | first response | resolved | typical date format | "done" statuses |\n| --- | --- | --- | --- | --- | --- | --- |';
  const first = (list: readonly string[] | undefined) => (list === undefined || list.length === 0 ? '—' : `\`${list[0]}\``);
  const rows = Object.values(presets).map((p) =>
    `| \`${p.name}\` | ${first(p.columns.id)} | ${first(p.columns.created)} | ${first(p.columns.first_response)} | ${first(p.columns.resolved)} | ${p.typicalDateFormat} | ${p.resolvedStatuses.join(', ')} |`,
  );
  return [head, ...rows].join('\n');
}

describe('README', () => {
  it('lists every preset as the preset data says', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(presetsTable());
  });
});
