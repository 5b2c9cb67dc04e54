import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';

/** The SLA file's keys of issue 10: milestones and updates in metrics (SPEC 8), valid_from / valid_until on policies (SPEC 9). */

const head = `sla: 1
name: Test
timezone: Europe/Copenhagen
calendars:
  office:
    hours:
      mon-fri: ["08:00-16:00"]
`;

function file(metrics: string, policies: string): string {
  return `${head}metrics:\n${metrics}\npolicies:\n${policies}\n`;
}

const RESPONSE = '  response: { start: created, stop: resolved }';
const problems = (text: string) => parseSla(text, 'sla.yaml').problems.map(formatProblem);
const p2 = (extra: string, name = 'P2') =>
  `  - name: ${name}\n    when: { priority: P2 }\n${extra}    calendar: office\n    targets: { response: 1h }`;

describe('metrics with milestones and updates (SPEC 8)', () => {
  it('normalises start, stop and updates: field names, reply, and milestones with lower-case columns', () => {
    const text = file(
      '  escalation: { start: created, stop: [{ Group: [Vagt] }, { status: "I gang" }, resolved] }\n  status_update: { start: { status: [Ny] }, stop: resolved, updates: [reply, { assignee: [Ole, 7] }] }',
      '  - { name: All, calendar: office, targets: { escalation: 30m, status_update: 1h } }',
    );
    const { sla, problems: found } = parseSla(text, 'sla.yaml');
    expect(found).toEqual([]);
    expect(sla?.metrics.get('escalation')).toMatchObject({
      start: 'created',
      stop: [{ column: 'group', values: ['Vagt'] }, { column: 'status', values: ['I gang'] }, 'resolved'],
    });
    expect(sla?.metrics.get('escalation')?.updates).toBeUndefined();
    expect(sla?.metrics.get('status_update')).toMatchObject({
      start: { column: 'status', values: ['Ny'] },
      updates: ['reply', { column: 'assignee', values: ['Ole', '7'] }],
    });
    // Where the metric reads the history: for the import's "no history" error.
    expect(sla?.metrics.get('status_update')?.where).toMatchObject({ file: 'sla.yaml', line: 10, field: 'metrics.status_update.updates' });
  });

  it('suggests "updates" for a misspelt update:', () => {
    const text = file(
      '  status_update: { start: created, stop: resolved, update: [reply] }',
      '  - { name: All, calendar: office, targets: { status_update: 1h } }',
    );
    expect(problems(text)).toEqual([
      'sla.yaml:9:52: metrics.status_update.update: unknown key; did you mean "updates"?\n  keys allowed here: start, stop, updates, pause_when_status',
    ]);
  });

  it('refuses a milestone with two columns or none, one without values, and reply as a column', () => {
    const text = file(
      '  a: { start: created, stop: [{ group: [Vagt], status: [Løst] }, {}] }\n  b: { start: created, stop: [{ group: [] }, { reply: [yes] }] }',
      '  - { name: All, calendar: office, targets: { a: 1h, b: 1h } }',
    );
    expect(problems(text)).toEqual([
      'sla.yaml:9:31: metrics.a.stop[0]: a milestone names one history column, found 2\n  write one mapping per column; the earliest present one counts: [{ group: [Vagt] }, { status: ["I gang"] }]',
      'sla.yaml:9:66: metrics.a.stop[1]: a milestone names one history column, found none\n  write one mapping per column; the earliest present one counts: [{ group: [Vagt] }, { status: ["I gang"] }]',
      'sla.yaml:10:40: metrics.b.stop[0].group: the milestone lists no values of "group"\n  list the values that mark it, e.g. [{ group: [Vagt] }, { status: ["I gang"] }]',
      'sla.yaml:10:48: metrics.b.stop[1].reply: reply is not a column with values\n  write reply as an item of its own, e.g. stop: [reply]',
    ]);
  });

  it('refuses a ticket field as an update, and business days as a cadence target', () => {
    const text = file(
      '  status_update: { start: created, stop: resolved, updates: [reply, updated] }',
      '  - { name: All, calendar: office, targets: { status_update: 1bd } }',
    );
    expect(problems(text)).toEqual([
      'sla.yaml:9:69: metrics.status_update.updates[1]: "updated" is a ticket field: it holds one time, not a series of updates\n  updates are rows of the status history: reply, or a milestone such as { status: ["Opdateret"] }',
      'sla.yaml:11:62: policies[0].targets.status_update: status_update counts updates: its target is the business time allowed between two updates, not business days\n  write hours or minutes, e.g. 8h for one office day of 08:00-16:00',
    ]);
  });

  it('summarises the clocks for validate in the words of the file', async () => {
    const { summarize } = await import('../../src/report/sla-summary.js');
    const { formatSummary } = await import('../../src/report/format-sla-summary.js');
    const text = file(
      '  escalation: { start: created, stop: [{ group: [Vagt] }, { status: ["I gang"] }] }\n  status_update: { start: created, stop: resolved, updates: [reply], pause_when_status: [Vent] }',
      '  - { name: All, calendar: office, targets: { escalation: 30m, status_update: 1h } }',
    );
    const { sla, file: written } = parseSla(text, 'sla.yaml');
    const summary = summarize(sla!, written!, 2026);
    expect(summary.metrics.map((m) => [m.stop, m.updates])).toEqual([
      [[{ group: ['Vagt'] }, { status: ['I gang'] }], null],
      [['resolved'], ['reply']],
    ]);
    expect(formatSummary(summary, 'sla.yaml')).toContain(
      '  escalation     starts at created, stops at the first of group "Vagt", status "I gang"\n  status_update  starts at created, stops at resolved, counts reply as updates; paused while status is "Vent"\n',
    );
  });
});

describe('policy validity (SPEC 9)', () => {
  it('keeps the dates and the instants that bound them in the SLA zone', () => {
    const { sla, problems: found } = parseSla(
      file(RESPONSE, `${p2('    valid_until: 2026-06-30\n', 'old')}\n${p2('    valid_from: 2026-07-01\n', 'new')}`),
      'sla.yaml',
    );
    expect(found).toEqual([]);
    expect(sla?.policies.map((p) => p.validity)).toEqual([
      { until: '2026-06-30', fromAt: -Infinity, untilAt: Date.parse('2026-07-01T00:00:00+02:00') },
      { from: '2026-07-01', fromAt: Date.parse('2026-07-01T00:00:00+02:00'), untilAt: Infinity },
    ]);
  });

  it('suggests valid_from for valid_form', () => {
    expect(problems(file(RESPONSE, p2('    valid_form: 2026-07-01\n')))).toEqual([
      'sla.yaml:13:5: policies[0].valid_form: unknown key; did you mean "valid_from"?\n  keys allowed here: name, when, valid_from, valid_until, calendar, targets',
    ]);
  });

  it('refuses a date that is not a date, and says why', () => {
    expect(problems(file(RESPONSE, p2('    valid_from: 2026-02-30\n    valid_until: 1/7/2026\n')))).toEqual([
      'sla.yaml:13:17: policies[0].valid_from: "2026-02-30" is not a date: February 2026 has 28 days\n  write the date as YYYY-MM-DD, e.g. 2026-07-01',
      'sla.yaml:14:18: policies[0].valid_until: "1/7/2026" is not a date YYYY-MM-DD\n  write the date as YYYY-MM-DD, e.g. 2026-07-01',
    ]);
    expect(problems(file(RESPONSE, p2('    valid_from: 20260701\n')))[0]).toBe(
      'sla.yaml:13:17: policies[0].valid_from: expected a date YYYY-MM-DD, found the number 20260701\n  write the date as YYYY-MM-DD, e.g. 2026-07-01',
    );
  });

  it('refuses valid_from after valid_until', () => {
    expect(problems(file(RESPONSE, p2('    valid_from: 2026-07-01\n    valid_until: 2026-06-30\n')))).toEqual([
      'sla.yaml:14:18: policies[0].valid_until: valid_until 2026-06-30 is before valid_from 2026-07-01: the policy would apply to no ticket\n  both dates are inclusive: swap them, or correct the one that is wrong',
    ]);
  });

  it('warns about dates between two versions that no policy covers', () => {
    const text = file(RESPONSE, `${p2('    valid_until: 2026-06-30\n', 'old')}\n${p2('    valid_from: 2026-07-15\n', 'new')}`);
    expect(problems(text)).toEqual([
      'sla.yaml:11:5: warning: policies[0]: tickets with priority P2 created from 2026-07-01 to 2026-07-14 match no policy: none of theirs is valid then\n  extend valid_until of "old" to 2026-07-14, or move valid_from of "new" to 2026-07-01',
    ]);
  });

  it('does not warn when a policy without dates takes the same tickets', () => {
    const text = file(
      RESPONSE,
      `${p2('    valid_until: 2026-06-30\n', 'old')}\n${p2('    valid_from: 2026-07-15\n', 'new')}\n  - { name: Rest, calendar: office, targets: { response: 4h } }`,
    );
    expect(problems(text)).toEqual([]);
  });

  it('counts two versions with the same when and disjoint dates as both reachable', () => {
    expect(problems(file(RESPONSE, `${p2('    valid_until: 2026-06-30\n', 'old')}\n${p2('    valid_from: 2026-07-01\n', 'new')}`))).toEqual(
      [],
    );
  });

  it('calls a dated policy unreachable when earlier ones cover its dates, alone or together', () => {
    const alone = file(RESPONSE, `${p2('', 'all dates')}\n${p2('    valid_from: 2026-07-01\n', 'new')}`);
    expect(problems(alone)).toEqual([
      'sla.yaml:15:5: policies[1]: policy "new" can never match: policies[0] ("all dates") matches every ticket it would on the dates it is valid\n  the first matching policy wins: move this one above policies[0], or narrow the when: or the dates of policies[0]',
    ]);
    const together = file(
      RESPONSE,
      `${p2('    valid_until: 2026-06-30\n', 'H1')}\n${p2('    valid_from: 2026-07-01\n', 'H2')}\n${p2('    valid_from: 2026-09-01\n    valid_until: 2026-09-30\n', 'September')}`,
    );
    expect(problems(together)).toEqual([
      'sla.yaml:21:5: policies[2]: policy "September" can never match: policies[1] ("H2") matches every ticket it would on the dates it is valid\n  the first matching policy wins: move this one above policies[1], or narrow the when: or the dates of policies[1]',
    ]);
    const union = file(
      RESPONSE,
      `${p2('    valid_until: 2026-06-30\n', 'H1')}\n${p2('    valid_from: 2026-07-01\n', 'H2')}\n${p2('', 'always')}`,
    );
    expect(problems(union)).toEqual([
      'sla.yaml:21:5: policies[2]: policy "always" can never match: policies[0] ("H1") and policies[1] ("H2") match every ticket it would on the dates it is valid\n  the first matching policy wins: move this one above policies[0], or narrow the when: or the dates of policies[0]',
    ]);
  });
});
