import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * `slacheck inspect` on every vendor export in fixtures/exports/, with no
 * preset named (the header row chooses, and says so), pinned as goldens.
 * Update deliberately with `npx vitest run test/tickets/inspect.test.ts -u`
 * and read the diff.
 */
const FIXTURES: [golden: string, file: string][] = [
  ['jira', 'jira/issues.csv'],
  ['zendesk', 'zendesk/tickets.csv'],
  ['servicenow', 'servicenow/incident.csv'],
  ['servicenow-labels', 'servicenow/incident-labels.csv'],
  ['freshdesk', 'freshdesk/tickets.csv'],
  ['freshservice', 'freshservice/tickets.csv'],
  ['topdesk', 'topdesk/incidenten.csv'],
  ['zammad', 'zammad/by_ticket.csv'],
  ['glpi-en', 'glpi/tickets-en.csv'],
  ['glpi-fr', 'glpi/tickets-fr.csv'],
  ['rt', 'rt/results.tsv'],
  ['rt5', 'rt/results-rt5.tsv'],
  ['danish', 'danish/sager.csv'],
];

const fixture = (file: string) => readFileSync(new URL(`../../fixtures/exports/${file}`, import.meta.url));

async function inspect(file: string, args: string[] = [], extra: Record<string, string | Buffer> = {}) {
  const io = fakeIo({ files: { [file]: fixture(file), ...extra } });
  return runCli(['inspect', file, '--input-timezone', 'Europe/Copenhagen', ...args], io);
}

describe('slacheck inspect', () => {
  for (const [golden, file] of FIXTURES) {
    it(`shows how ${file} is read`, async () => {
      const { code, out } = await inspect(file);
      expect(code).toBe(0);
      await expect(out).toMatchFileSnapshot(`../golden/inspect.${golden}.txt`);
    });
  }

  it('writes the same as JSON', async () => {
    const { code, out } = await inspect('rt/results.tsv', ['--format', 'json']);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('../golden/inspect.rt.json');
  });

  it("names a preset it was given, and reads with an SLA file's input section and priority map", async () => {
    const sla = [
      'sla: 1',
      'name: t',
      'timezone: Europe/Copenhagen',
      'calendars: { always: 24x7 }',
      'metrics: { response: { start: created, stop: told } }',
      'policies: [{ name: all, calendar: always, targets: { response: 1h } }]',
      'priorities: { map: { "75": P2 } }',
      'input: { preset: rt, columns: { first_response: Told } }',
      '',
    ].join('\n');
    const { code, out } = await inspect('rt/results.tsv', ['--sla', 'sla.yaml', '--format', 'json'], { 'sla.yaml': sla });
    expect(code).toBe(0);
    const x = JSON.parse(out) as {
      preset: { chosen: string };
      fields: { field: string; column: string | null }[];
      priorities: { value: string; priority: string }[];
    };
    expect(x.preset.chosen).toBe('named');
    expect(x.fields.find((f) => f.field === 'first_response')?.column).toBe('Told');
    // A metric's own column is read too (told is no canonical field).
    expect(x.fields.find((f) => f.field === 'told')?.column).toBe('Told');
    expect(x.priorities.find((p) => p.value === '75')?.priority).toBe('P2');
  });

  it('reads a .zip export', async () => {
    const zip = readFileSync(new URL('zip/one.zip', import.meta.url));
    const { code, out } = await runCli(['inspect', 'export.zip', '--input-timezone', 'UTC'], fakeIo({ files: { 'export.zip': zip } }));
    expect(code).toBe(0);
    expect(out).toContain('rows       2');
  });

  it('shows a header-only export with its warning, and exits 2 with the reason when the export cannot be read', async () => {
    // A header-only export (a queue with no tickets that month) is a warning, as for check: its columns are still shown.
    const { code, out, err } = await runCli(['inspect', 'x.csv'], fakeIo({ files: { 'x.csv': 'id,created,priority\n' } }));
    expect(code).toBe(0);
    expect(out).toContain('rows       0');
    expect(out).toContain('priorities (no values)');
    expect(err).toBe(
      "slacheck: x.csv:1: warning: the file has a header but no rows: nothing is read from it\n  if rows were expected, check the export's filter or period\n",
    );
    const missing = await runCli(['inspect', 'nope.csv'], fakeIo());
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot open "nope.csv": no such file');
  });
});

describe('slacheck inspect and .NET empty dates', () => {
  it('counts 0001-01-01 as empty, as the import does, not as unreadable (review)', async () => {
    const io = fakeIo({
      files: { 't.csv': 'id,created,resolved\nA1,2026-10-05 09:00,0001-01-01 00:00:00\nA2,2026-10-06 09:00,2026-10-06 10:00\n' },
    });
    const { code, out } = await runCli(['inspect', 't.csv', '--format', 'json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(out).dates.unreadable).toEqual([]);
  });
});
