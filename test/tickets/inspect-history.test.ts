import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * `slacheck inspect --events FILE [--sla FILE]` (issue 18): a status history
 * as the import reads it, and the names an SLA file uses checked against it.
 */
const EVENTS = 'fixtures/example/events.csv';
const SLA = 'fixtures/example/sla.yaml';
const files = (extra: Record<string, string> = {}) =>
  fakeIo({ files: { [EVENTS]: readFileSync(EVENTS), [SLA]: readFileSync(SLA), ...extra } });

const LONG = [
  'ticket_id,created_at,field_name,value',
  '1,2026-10-05 09:30:00,status,Open',
  '1,2026-10-05 09:40:00,comment,false',
  '1,2026-10-05 09:55:00,comment,true',
  '1,2026-10-05 10:00:00,assignee,Åse',
  '1,2026-10-05 10:05:00,group,Vagten',
  '1,2026-10-06 10:00:00,status,Solved',
  '2,2026-10-06 13:05:00,status,Pending',
  '2,2026-10-06 13:10:00,tags,vip',
].join('\n');

describe('slacheck inspect --events', () => {
  it("shows the example history (wide form) and checks the example SLA file's names", async () => {
    const { code, out, err } = await runCli(['inspect', '--events', EVENTS, '--sla', SLA], files());
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('../golden/inspect.events.example.txt');
    // report.major matches the tickets' priorities, not only the history's changes: shown, not warned about.
    expect(err).toBe('');
  });

  it('is what docs/commands/inspect.md shows', () => {
    expect(readFileSync('docs/commands/inspect.md', 'utf8')).toContain(
      `$ slacheck inspect --events ${EVENTS} --sla ${SLA}\n${readFileSync('test/golden/inspect.events.example.txt', 'utf8')}\`\`\``,
    );
  });

  it('reads the long form: its fields and what each is read as, replies public or internal', async () => {
    const { code, out } = await runCli(['inspect', '--events', 'audits.csv', '--preset', 'zendesk'], files({ 'audits.csv': LONG }));
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('../golden/inspect.events.long.txt');
  });

  it('flags a name the SLA file uses that never occurs, with the nearest that does', async () => {
    const sla = readFileSync(SLA, 'utf8')
      .replace('stop: [{ group: [Vagt] }', 'stop: [{ group: [Vagtt] }')
      .replace(
        'pause_when_status: ["Afventer kunde", "Afventer tredjepart"]',
        'pause_when_status: ["Afventer kunden", "Afventer tredjepart"]',
      );
    const { code, out, err } = await runCli(
      ['inspect', '--events', EVENTS, '--sla', 'typo.yaml', '--format', 'json'],
      files({ 'typo.yaml': sla }),
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      form: string;
      checks: { where: string; field: string; value: string; rows: number; nearest: string | null }[];
      warnings: { code: string; message: string }[];
    };
    expect(doc.form).toBe('wide');
    expect(doc.checks.filter((c) => c.rows === 0 && c.where !== 'report.major').map((c) => [c.where, c.field, c.value, c.nearest])).toEqual(
      [
        ['metrics.resolution.pause_when_status', 'status', 'Afventer kunden', 'Afventer kunde'],
        ['metrics.escalation', 'group', 'Vagtt', 'Vagt'],
      ],
    );
    expect(doc.warnings.filter((w) => w.code === 'inspect.not-in-history').map((w) => w.message)).toEqual([
      'metrics.resolution.pause_when_status names status "Afventer kunden", which no row of this history has; did you mean "Afventer kunde"?',
      'metrics.escalation names group "Vagtt", which no row of this history has; did you mean "Vagt"?',
    ]);
    expect(err).toContain('warning: metrics.escalation names group "Vagtt"');
  });

  it('checks `waiting` as the waiting statuses it stands for', async () => {
    const sla = readFileSync(SLA, 'utf8').replace(
      'pause_when_status: ["Afventer kunde", "Afventer tredjepart"]',
      'pause_when_status: [waiting]',
    );
    const { out } = await runCli(['inspect', '--events', EVENTS, '--sla', 'w.yaml', '--format', 'json'], files({ 'w.yaml': sla }));
    const waiting = (JSON.parse(out) as { checks: { value: string; rows: number }[] }).checks.find((c) => c.value.startsWith('waiting'));
    // Afventer kunde 22 + Afventer tredjepart 6 of the generic preset's waiting statuses.
    expect(waiting).toMatchObject({
      value:
        'waiting (Afventer kunde, Afventer tredjepart, Afventer leverandør, Waiting for customer, Waiting on customer, Pending, On hold)',
      rows: 28,
    });
  });

  it('needs one file: an export or --events, not both and not neither', async () => {
    const both = await runCli(['inspect', 'x.csv', '--events', EVENTS], files());
    expect(both.code).toBe(2);
    expect(both.err).toBe(
      'slacheck: inspect one file at a time: an export, or a status history with --events\n  e.g. slacheck inspect export.csv, or slacheck inspect --events history.csv --sla sla.yaml\n',
    );
    const none = await runCli(['inspect'], files());
    expect(none.code).toBe(2);
    expect(none.err).toContain('inspect needs an export, or a status history with --events');
  });
});
