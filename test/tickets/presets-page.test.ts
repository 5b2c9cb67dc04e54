import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/tickets/columns/presets/index.js';
import { priorityEntries } from '../../src/tickets/columns/presets/priority-map.js';

/**
 * The presets tables of docs/presets.md are generated from the preset data; this pins
 * them (regenerate with the functions below): per preset the header names of
 * the main fields, then its priority labels, done and waiting statuses.
 */
const FIELDS = ['id', 'created', 'first_response', 'resolved', 'closed'] as const;

export function presetColumnsTable(): string {
  const head = `| preset | helpdesk | ${FIELDS.join(' | ')} | typical date format |\n| --- | --- | ${FIELDS.map(() => '---').join(' | ')} | --- |`;
  const names = (list: readonly string[] | undefined) =>
    list === undefined || list.length === 0 ? '—' : list.map((n) => `\`${n}\``).join(', ');
  // A field the preset can derive from minutes (Preset.derived) says so after its own headers.
  const derived = (p: (typeof presets)[string], f: string) => {
    const d = p.derived?.[f];
    return d === undefined ? '' : `; else \`${d.from}\` + ${names(d.minutes)}`;
  };
  const rows = Object.values(presets).map(
    (p) =>
      `| \`${p.name}\` | ${p.label} | ${FIELDS.map((f) => names(p.columns[f]) + derived(p, f)).join(' | ')} | ${p.typicalDateFormat} |`,
  );
  return [head, ...rows].join('\n');
}

export function presetLabelsTable(): string {
  const head = '| preset | priorities | "done" statuses | "waiting" statuses |\n| --- | --- | --- | --- |';
  const rows = Object.values(presets).map((p) => {
    const map = priorityEntries(p, {})
      .map((e) => `${e.from} → ${e.to}`)
      .join(', ');
    return `| \`${p.name}\` | ${map} | ${p.resolvedStatuses.join(', ')} | ${p.waitingStatuses.join(', ')} |`;
  });
  return [head, ...rows].join('\n');
}

describe('docs/presets.md', () => {
  const readme = readFileSync(new URL('../../docs/presets.md', import.meta.url), 'utf8');

  it("lists every preset's columns as the preset data says", () => {
    expect(readme).toContain(presetColumnsTable());
  });

  it("lists every preset's priority labels and statuses as the preset data says", () => {
    expect(readme).toContain(presetLabelsTable());
  });
});
