import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';

const spec = readFileSync(new URL('./spec-example.yaml', import.meta.url), 'utf8');

/** A small valid file; each test changes one thing in it. */
const base = `sla: 1
name: Test
timezone: Europe/Copenhagen
calendars:
  office:
    hours:
      mon-fri: ["08:00-16:00"]
metrics:
  response: { start: created, stop: first_response }
policies:
  - name: All
    calendar: office
    targets: { response: 4h }
`;

function problems(text: string): string[] {
  return parseSla(text, 'sla.yaml').problems.map(formatProblem);
}

describe('parseSla on the SPEC 4 example', () => {
  const { sla, problems: found } = parseSla(spec, 'sla.yaml');

  it('gives an Sla without any problem', () => {
    expect(found).toEqual([]);
    expect(sla).toBeDefined();
  });

  it('keeps the name and zone, and the calendars in file order with the top-level zone as default', () => {
    expect(sla?.name).toBe('Acme IT – supportaftale 2026');
    expect(sla?.timezone).toBe('Europe/Copenhagen');
    expect([...(sla?.calendars.keys() ?? [])]).toEqual(['office', 'oncall']);
    expect(sla?.calendars.get('office')?.def).toEqual({
      timezone: 'Europe/Copenhagen',
      hours: { 'mon-fri': ['08:00-16:00'] },
      holidays: { country: 'DK', include: ['Juleaftensdag'], dates: ['2026-12-31'] },
      overrides: { '2026-12-23': ['08:00-12:00'] },
    });
    expect(sla?.calendars.get('oncall')?.def).toEqual({ timezone: 'Europe/Copenhagen', hours: '24x7' });
  });

  it('reads the metrics: a single stop field becomes a list of one', () => {
    expect([...(sla?.metrics.values() ?? [])]).toEqual([
      { name: 'response', start: 'created', stop: ['first_response', 'resolved'], pauseWhenStatus: [] },
      { name: 'resolution', start: 'created', stop: ['resolved'], pauseWhenStatus: ['Afventer kunde', 'Afventer tredjepart'] },
    ]);
  });

  it('reads the policies in order, `when` values lower-cased for comparison, targets parsed', () => {
    expect(sla?.policies.map((p) => [p.index, p.name, p.when, p.calendar])).toEqual([
      [0, 'P1 Produktion nede', { priority: ['p1'] }, 'oncall'],
      [1, 'P2', { priority: ['p2'] }, 'office'],
      [2, 'P3-P4', { priority: ['p3', 'p4'] }, 'office'],
    ]);
    expect(sla?.policies[0]?.targets).toEqual({
      response: { kind: 'business-time', ms: 30 * 60_000, text: '30m' },
      resolution: { kind: 'business-time', ms: 4 * 3_600_000, text: '4h' },
    });
    expect(sla?.policies[2]?.targets.resolution).toEqual({ kind: 'business-days', days: 3, text: '3bd' });
  });

  it('reads goals, statuses, priorities and input', () => {
    expect(sla?.goals).toEqual([
      { metric: 'response', percent: 95 },
      { metric: 'resolution', percent: 90 },
    ]);
    expect(sla?.resolvedStatuses).toEqual(['Resolved', 'Closed', 'Løst', 'Lukket']);
    expect([...(sla?.priorities.map ?? [])]).toEqual([
      ['1 - critical', 'P1'],
      ['highest', 'P1'],
      ['high', 'P2'],
      ['medium', 'P3'],
      ['low', 'P4'],
    ]);
    expect(sla?.priorities.matrix).toBeUndefined();
    expect(sla?.input).toEqual({
      preset: 'generic',
      timezone: 'Europe/Copenhagen',
      columns: { id: 'Sags-ID', created: 'Oprettet' },
      date_format: 'auto',
    });
  });
});

describe('parseSla: normalising what the file leaves open', () => {
  it('treats a missing or empty `when` as matching every ticket, and numbers and booleans as text', () => {
    const text = base.replace(
      '  - name: All\n',
      '  - name: Numbers\n    when: { priority: 1, vip: true, group: [" Net ", 2] }\n    calendar: office\n    targets: { response: 1h }\n  - name: Empty\n    when:\n',
    );
    const { sla, problems: found } = parseSla(text, 'sla.yaml');
    expect(found).toEqual([]);
    expect(sla?.policies.map((p) => p.when)).toEqual([{ priority: ['1'], vip: ['true'], group: ['net', '2'] }, {}]);
  });

  it('lists per-policy goals after the default, and per-calendar zones override the top-level one', () => {
    const text = `${base.replace('  office:\n', '  office:\n    timezone: America/New_York\n')}goals:\n  response: { All: 99%, default: 90% }\n`;
    const { sla } = parseSla(text, 'sla.yaml');
    expect(sla?.goals).toEqual([
      { metric: 'response', percent: 90 },
      { metric: 'response', policy: 'All', percent: 99 },
    ]);
    expect(sla?.calendars.get('office')?.def.timezone).toBe('America/New_York');
  });

  it('normalises the priority map and matrix keys (trimmed, lower case) and trims the priorities', () => {
    const text = `${base}priorities:\n  map: { " Critical ": " P1 " }\n  matrix:\n    High: { High: P1, Low: P3 }\n    Low: { high: P3 }\n`;
    const { sla } = parseSla(text, 'sla.yaml');
    expect([...(sla?.priorities.map ?? [])]).toEqual([['critical', 'P1']]);
    expect([...(sla?.priorities.matrix ?? [])].map(([impact, row]) => [impact, [...row]])).toEqual([
      [
        'high',
        [
          ['high', 'P1'],
          ['low', 'P3'],
        ],
      ],
      ['low', [['high', 'P3']]],
    ]);
  });

  it('leaves resolvedStatuses undefined when the file does not say, so that the preset decides', () => {
    expect(parseSla(base, 'sla.yaml').sla?.resolvedStatuses).toBeUndefined();
  });

  it('reads a file with a byte order mark the same as one without it', () => {
    expect(parseSla(`\ufeff${base}`, 'sla.yaml').problems).toEqual([]);
  });
});

describe('parseSla: warnings come with the Sla', () => {
  it('warns about a field name one typo away from a canonical field', () => {
    const text = base
      .replace('{ start: created, stop: first_response }', '{ start: created, stop: first_respons }')
      .replace('    calendar: office\n', '    when: { priorty: P1 }\n    calendar: office\n');
    const { sla, problems: found } = parseSla(text, 'sla.yaml');
    expect(sla).toBeDefined();
    expect(found.map(formatProblem)).toEqual([
      'sla.yaml:9:37: warning: metrics.response.stop: "first_respons" is not a canonical ticket field; did you mean "first_response"?\n  a custom column of that name works too; then ignore this warning',
      'sla.yaml:12:13: warning: policies[0].when.priorty: "priorty" is not a canonical ticket field; did you mean "priority"?\n  a custom column of that name works too; then ignore this warning',
    ]);
  });

  it('warns about a pause on a status that means resolved, a policy without targets and a goal that measures nothing', () => {
    const text = `${base.replace('{ start: created, stop: first_response }', '{ start: created, stop: first_response, pause_when_status: [Waiting, closed] }').replace('targets: { response: 4h }', 'targets: {}')}statuses:\n  resolved: [Closed]\ngoals:\n  response: 95%\n`;
    const { sla, problems: found } = parseSla(text, 'sla.yaml');
    expect(sla).toBeDefined();
    expect(found.map(formatProblem)).toEqual([
      'sla.yaml:9:82: warning: metrics.response.pause_when_status[1]: status "closed" also means resolved, which stops the clock\n  remove it from pause_when_status',
      'sla.yaml:13:14: warning: policies[0].targets: policy has no targets: its tickets get no records\n  add targets, e.g. response: 4h',
      'sla.yaml:17:3: warning: goals.response: no policy has a response target, so this goal measures nothing',
    ]);
  });

  it('warns about a 0m target, which every record not stopped at once breaches (issue 8)', () => {
    const { sla, problems: found } = parseSla(base.replace('targets: { response: 4h }', 'targets: { response: 0m }'), 'sla.yaml');
    expect(sla).toBeDefined();
    expect(found.map(formatProblem)).toEqual([
      'sla.yaml:13:26: warning: policies[0].targets.response: a target of 0m is due the moment the clock starts: every record that does not stop at once breaches\n  write the agreed time (e.g. 30m or 4h); to measure a metric without a target, leave it out of targets',
    ]);
  });
});

describe('parseSla: all errors at once, each once', () => {
  it('reports errors from the schema and from the rules in one go, in file order', () => {
    const text = base
      .replace('name: Test', 'nme: Test')
      .replace('calendar: office', 'calendar: ofice')
      .replace('{ response: 4h }', '{ response: 4h, resolution: 30 }');
    expect(problems(text)).toEqual([
      'sla.yaml:2:1: nme: unknown key; did you mean "name"?\n  keys allowed here: sla, name, timezone, calendars, metrics, policies, goals, statuses, priorities, input, report',
      'sla.yaml:12:15: policies[0].calendar: unknown calendar "ofice"; did you mean "office"?\n  calendars defined: office',
      'sla.yaml:13:30: policies[0].targets.resolution: unknown metric\n  metrics defined: response',
      "sla.yaml:13:42: policies[0].targets.resolution: 30 is a bare number, not a duration\n  add a unit (30m, 30h or 30bd): write 45m, 4h, 1h30m (business time in the policy's calendar) or 3bd (business days)",
    ]);
  });

  it('refuses hours: {} (a calendar that never opens, so nothing would ever breach)', () => {
    expect(problems(base.replace('    hours:\n      mon-fri: ["08:00-16:00"]', '    hours: {}'))).toEqual([
      'sla.yaml:6:12: calendars.office.hours: no weekly hours: the calendar is never open\n  give at least one range such as mon-fri: ["08:00-16:00"], or use 24x7',
    ]);
  });

  it('does not call a calendar unknown because its definition is broken', () => {
    const text = base.replace('      mon-fri: ["08:00-16:00"]', '      mon-fri: "08:00-16:00"');
    expect(problems(text)).toEqual([
      'sla.yaml:7:16: calendars.office.hours.mon-fri: expected a list, found "08:00-16:00"\n  mon-fri: local wall-clock ranges "HH:MM-HH:MM", half-open; 24:00 is a valid end; an end before the start runs overnight',
    ]);
  });

  it('explains a YAML 1.1 sexagesimal 1:30 by what was written, not by the number 90', () => {
    const text = `%YAML 1.1\n---\n${base.replace('{ response: 4h }', '{ response: 1:30 }')}`;
    expect(problems(text)).toEqual([
      'sla.yaml:15:26: policies[0].targets.response: "1:30" is not a duration\n  did you mean 1h30m? write 45m, 4h, 1h30m (business time in the policy\'s calendar) or 3bd (business days)',
    ]);
  });

  it('says what the top of the file must be when it is not a mapping', () => {
    expect(problems('- a\n- b\n')).toEqual([
      'sla.yaml:1:1: expected a mapping of keys (sla:, name:, timezone:, calendars:, …) at the top of the file\n  run "slacheck init" for a commented starter file',
    ]);
  });

  it("refuses a second document in the file, in its own words (issue 8: not the yaml package's advice about its API)", () => {
    expect(problems(`${base}---\nsla: 1\n`)).toEqual([
      'sla.yaml:14:1: the file holds more than one YAML document (a second "---", or text after "...")\n  fix the YAML syntax; the file must be one YAML document',
    ]);
  });

  it("never passes on the yaml package's wording about itself", () => {
    const broken = [
      `${base}---\nsla: 1\n`,
      `${base}...\nx: 1\n`,
      'a:\n\tb: 1\n',
      '? [a, b]\n: 1\n',
      'a: "open\n',
      'a: [1, 2\n',
      'a: *nothing\n',
      'a: b: c\n',
      '%FOO bar\n---\na: 1\n',
    ];
    for (const text of broken)
      for (const line of problems(text)) expect(line).not.toMatch(/YAML\.|please|parseAllDocuments|report a bug|JS Object/);
  });

  it('finds duplicate keys in one pass, also in a big mapping', () => {
    const map = Array.from({ length: 20_000 }, (_, i) => `    k${i}: P1\n`).join('');
    const found = problems(`${base}priorities:\n  map:\n${map}    k7: P2\n`);
    expect(found).toEqual(['sla.yaml:20016:5: duplicate key "k7"\n  each key may appear once in a mapping; remove or rename one of them']);
  });

  it('refuses a custom tag', () => {
    expect(problems(base.replace('name: Test', 'name: !secret Test'))).toEqual([
      'sla.yaml:2:7: unsupported tag !secret\n  the SLA file is plain YAML: remove the tag',
    ]);
  });

  it('does not follow merge keys (YAML 1.1): "<<" is an unknown key', () => {
    const text = base.replace('    calendar: office\n', '    <<: { calendar: office }\n');
    expect(problems(text)).toEqual([
      'sla.yaml:11:5: policies[0]: missing key "calendar"\n  add calendar: name of the calendar under calendars:',
      'sla.yaml:12:5: policies[0]["<<"]: unknown key\n  keys allowed here: name, when, valid_from, valid_until, calendar, targets',
    ]);
  });
});
