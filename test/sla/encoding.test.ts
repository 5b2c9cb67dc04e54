import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * The SLA file is read by the ticket exports' encoding rules
 * (src/tickets/read/decode.ts): a BOM decides; else UTF-8; else bytes that
 * read as Windows-1252 text are read so, with a warning naming the file and
 * the fix; anything else is refused. Never U+FFFD in silence.
 */
const sla = (service: string) => `sla: 1
name: H\u00f8j service
timezone: UTC
calendars: { always: 24x7 }
metrics: { resolution: { start: created, stop: resolved } }
policies: [{ name: Net, when: { service: ${service} }, calendar: always, targets: { resolution: 4h } }]
`;
const TICKETS = 'id,created,resolved,service\nT1,2026-10-05 08:00,2026-10-05 09:00,Netv\u00e6rk\n';
// --max-staleness: a one-ticket export ends weeks before the month does; its age is not what these tests are about.
const RUN = [
  'report',
  '--sla',
  'sla.yaml',
  't.csv',
  '--month',
  '2026-10',
  '--as-of',
  '2026-11-02',
  '--max-staleness',
  '40d',
  '--format',
  'json',
];

describe('an SLA file that is not UTF-8', () => {
  it('is read as Windows-1252 with a warning naming the file, the line and the fix, so that its policies still match', async () => {
    // Notepad's "ANSI": æ is the one byte 0xE6, ø is 0xF8.
    const io = fakeIo({ files: { 'sla.yaml': Buffer.from(sla('Netv\u00e6rk'), 'latin1'), 't.csv': TICKETS } });
    const { code, out, err } = await runCli(RUN, io);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { kpis: { policy: string; count: number }[]; warnings: { code: string; file: string; line: number }[] };
    expect(doc.kpis.map((k) => [k.policy, k.count])).toEqual([['Net', 1]]);
    expect(err).toContain('slacheck: sla.yaml:2: warning: not valid UTF-8 (near byte 14); read as Windows-1252\n  save the file as UTF-8');
    expect(doc.warnings.map((w) => [w.code, w.file, w.line])).toContainEqual(['sla.encoding-guessed', 'sla.yaml', 2]);
  });

  it('validate says so too, and shows the names as written', async () => {
    const io = fakeIo({ files: { 'sla.yaml': Buffer.from(sla('Netv\u00e6rk'), 'latin1') } });
    const { code, out, err } = await runCli(['validate', 'sla.yaml', '--year', '2026'], io);
    expect(code).toBe(0);
    expect(out).toContain('H\u00f8j service');
    expect(out).not.toContain('\ufffd');
    expect(err).toContain('sla.yaml:2: warning: not valid UTF-8 (near byte 14); read as Windows-1252');
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252 text, naming the line', async () => {
    // 0x81 has no character in Windows-1252, and a NUL is no text at all.
    const bytes = Buffer.concat([Buffer.from('sla: 1\nname: x\u0000'), Buffer.from([0x81, 0x0a])]);
    const { code, err } = await runCli(['validate', 'sla.yaml'], fakeIo({ files: { 'sla.yaml': bytes } }));
    expect(code).toBe(2);
    expect(err).toBe(
      'slacheck: sla.yaml:2: not UTF-8 or Windows-1252 text (near byte 15): is this the SLA file?\n  an SLA file is YAML text: save it as UTF-8\n',
    );
  });

  it('reads UTF-16 with its byte order mark, as an export is read', async () => {
    const text = sla('Netv\u00e6rk');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { code, out, err } = await runCli(RUN, fakeIo({ files: { 'sla.yaml': bytes, 't.csv': TICKETS } }));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(out) as { kpis: unknown[] }).kpis).toHaveLength(1);
  });
});
