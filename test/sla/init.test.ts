import { describe, expect, it } from 'vitest';
import { parseSla } from '../../src/sla/parse-sla.js';
import { presets } from '../../src/sla/presets/index.js';
import { formatJsonSchema } from '../../src/cli/commands/schema.js';
import { SCHEMA_FILE } from '../../src/sla/written/schema.js';
import { fakeIo, runCli } from '../fake-io.js';

describe('slacheck init', () => {
  it('writes sla.yaml from the minimal preset by default, and the schema its first line names beside it', async () => {
    const { code, out, err, io } = await runCli(['init']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toBe(
      'slacheck: wrote sla.yaml (preset minimal) and sla.schema.json, which editors check it against offline; check it with: slacheck validate sla.yaml\n',
    );
    expect(io.files.get('sla.yaml')?.toString()).toBe(presets.minimal);
    expect(io.files.get('sla.schema.json')?.toString()).toBe(formatJsonSchema());
  });

  it('writes the schema into the folder of the SLA file, where its relative $schema points', async () => {
    const { code, io } = await runCli(['init', 'conf/acme.yaml']);
    expect(code).toBe(0);
    expect(io.files.get('conf/sla.schema.json')?.toString()).toBe(formatJsonSchema());
  });

  it('leaves a schema file that is there as it is, and says how to update it', async () => {
    const { code, err, io } = await runCli(['init'], fakeIo({ files: { 'sla.schema.json': '{}' } }));
    expect(code).toBe(0);
    expect(err).toBe(
      "slacheck: wrote sla.yaml (preset minimal); sla.schema.json is there already and is left as it is: slacheck schema --output sla.schema.json writes this version's; check it with: slacheck validate sla.yaml\n",
    );
    expect(io.files.get('sla.schema.json')?.toString()).toBe('{}');
  });

  it('writes the named file from the named preset', async () => {
    const { code, io } = await runCli(['init', 'acme.yaml', '--preset', 'dk-smb']);
    expect(code).toBe(0);
    expect(io.files.get('acme.yaml')?.toString()).toBe(presets['dk-smb']);
  });

  it('refuses to overwrite an existing file without --force, and leaves it as it was', async () => {
    const { code, out, err, io } = await runCli(['init'], fakeIo({ files: { 'sla.yaml': 'mine' } }));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('slacheck: sla.yaml exists already; not overwriting it\n  pass --force to replace it, or name another file\n');
    expect(io.files.get('sla.yaml')?.toString()).toBe('mine');
  });

  it('overwrites with --force', async () => {
    const { code, io } = await runCli(['init', '--force', '--preset', 'dk-smb'], fakeIo({ files: { 'sla.yaml': 'mine' } }));
    expect(code).toBe(0);
    expect(io.files.get('sla.yaml')?.toString()).toBe(presets['dk-smb']);
  });

  it('refuses an unknown preset with exit 2 and names the choices', async () => {
    const { code, err, io } = await runCli(['init', '--preset', 'dk']);
    expect(code).toBe(2);
    expect(err).toMatch(/^slacheck: option '--preset <name>' argument 'dk' is invalid\. Allowed choices are minimal, dk-smb\./);
    expect(io.files.size).toBe(0);
  });
});

describe.each(Object.keys(presets) as (keyof typeof presets)[])('the %s preset', (name) => {
  const text = presets[name];

  it('starts with the schema line that editors use to validate as you type, naming a file beside it (works offline)', () => {
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=./${SCHEMA_FILE}`);
    expect(text).not.toContain('https://');
  });

  it('parses without a single problem, not even a warning', () => {
    const { sla, problems } = parseSla(text, 'sla.yaml');
    expect(problems).toEqual([]);
    expect(sla).toBeDefined();
  });

  it('is accepted unchanged by slacheck validate', async () => {
    const written = await runCli(['init', '--preset', name]);
    const { code, err } = await runCli(
      ['validate', 'sla.yaml', '--year', '2026'],
      fakeIo({ files: { 'sla.yaml': written.io.files.get('sla.yaml')! } }),
    );
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

describe('the dk-smb preset is the agreement of issue 3', () => {
  const sla = parseSla(presets['dk-smb'], 'sla.yaml').sla;

  it('puts P1 on the 24x7 on-call calendar with 30 minutes to respond and 4 hours to resolve', () => {
    const p1 = sla?.policies[0];
    expect(p1?.when).toEqual({ priority: ['p1'] });
    expect(sla?.calendars.get(p1?.calendar ?? '')?.def.hours).toBe('24x7');
    expect([p1?.targets.response?.text, p1?.targets.resolution?.text]).toEqual(['30m', '4h']);
  });

  it('puts P2-P4 on office hours Mon-Fri 08:00-16:00 Copenhagen, closed on DK holidays and Juleaftensdag', () => {
    expect(sla?.policies.slice(1).map((p) => [p.when.priority, p.calendar])).toEqual([
      [['p2'], 'office'],
      [['p2'], 'office'],
      [['p3'], 'office'],
      [['p4'], 'office'],
    ]);
    expect(sla?.calendars.get('office')?.def).toEqual({
      timezone: 'Europe/Copenhagen',
      hours: { 'mon-fri': ['08:00-16:00'] },
      holidays: { country: 'DK', include: ['Juleaftensdag'] },
    });
  });

  it('pauses the resolution clock while waiting for the customer or a third party, and has goals per metric', () => {
    expect(sla?.metrics.get('resolution')?.pauseWhenStatus).toEqual(['Afventer kunde', 'Afventer tredjepart']);
    expect(sla?.metrics.get('response')?.pauseWhenStatus).toEqual([]);
    expect(sla?.goals.map((g) => g.metric)).toEqual(['response', 'resolution', 'resolution', 'escalation', 'workaround', 'status_update']);
  });
});

describe("the dk-smb preset has the seed contract's other clocks (issue 10)", () => {
  const sla = parseSla(presets['dk-smb'], 'sla.yaml').sla!;

  it('escalates P1 within 30 minutes: to the on-call group "Vagt", or work started ("I gang")', () => {
    expect(sla.metrics.get('escalation')?.stop).toEqual([
      { column: 'group', values: ['Vagt'] },
      { column: 'status', values: ['I gang'] },
    ]);
    expect(sla.policies[0]?.targets.escalation?.text).toBe('30m');
  });

  it('asks P1 for a status update at least every hour, counting agent replies', () => {
    expect(sla.metrics.get('status_update')?.updates).toEqual(['reply']);
    expect(sla.policies[0]?.targets.status_update?.text).toBe('1h');
  });

  it('has a workaround target for P1 and P2 (a workaround, or the fix itself)', () => {
    expect(sla.metrics.get('workaround')?.stop).toEqual([{ column: 'status', values: ['Workaround leveret'] }, 'resolved']);
    expect(sla.policies.filter((p) => p.targets.workaround !== undefined).map((p) => p.name)).toEqual([
      'P1 Produktion nede',
      'P2 Alvorlig (til 30/6 2026)',
      'P2 Alvorlig',
    ]);
  });

  it('changes the P2 targets on 2026-07-01: the old version until 30 June, the new one from 1 July', () => {
    const [old, current] = sla.policies.filter((p) => p.when.priority?.includes('p2'));
    expect([old?.validity?.until, old?.targets.resolution?.text, current?.validity?.from, current?.targets.resolution?.text]).toEqual([
      '2026-06-30',
      '8h',
      '2026-07-01',
      '6h',
    ]);
  });
});
