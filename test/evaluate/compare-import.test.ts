import { describe, expect, it } from 'vitest';
import { importDifferences, mergedImportSla, overriddenPaths, type SlaSource } from '../../src/evaluate/compare-import.js';
import { formatProblem } from '../../src/problem.js';
import { parseSla } from '../../src/sla/parse-sla.js';
import { resolveSettings } from '../../src/tickets/import-settings.js';

const base = (extra = '', when = 'priority: P1', stop = '[first_response, resolved]') => `sla: 1
name: T
timezone: Europe/Copenhagen
calendars:
  office: 24x7
metrics:
  response: { start: created, stop: ${stop} }
policies:
  - { name: P1, when: { ${when} }, calendar: office, targets: { response: 1h } }
${extra}`;

function source(file: string, text: string): SlaSource {
  const { sla, problems } = parseSla(text, file);
  if (sla === undefined) throw new Error(problems.map(formatProblem).join('\n'));
  return { file, text, sla };
}

const messages = (sources: SlaSource[], flags = {}) => importDifferences(sources, flags).map(formatProblem);

describe('files that must read the exports alike', () => {
  it('agree when only calendars, metrics, policies and goals differ', () => {
    const a = source('a.yaml', base('goals: { response: 95% }\ninput: { preset: jira }\n'));
    const b = source('b.yaml', base('goals: { response: 80% }\ninput: { preset: jira }\n', 'priority: [P1, P2]'));
    expect(messages([a, b])).toEqual([]);
  });

  it('name both values and both places, each later file against the first', () => {
    const a = source('a.yaml', base('input:\n  preset: jira\n  columns: { created: Opened }\n'));
    const b = source('b.yaml', base('input:\n  preset: zendesk\n  columns: { created: Opened }\n'));
    const c = source('c.yaml', base('input:\n  preset: jira\n'));
    expect(messages([a, b, c])).toEqual([
      'b.yaml:11:11: input.preset: "zendesk" here, "jira" in a.yaml:11:11: the files read the exports differently\n  compare reads the exports once for every file: make input.preset the same in both, or override both with --preset',
      'c.yaml:11:3: input.columns: not set here, set in a.yaml:12:3: the files read the exports differently\n  compare reads the exports once for every file: make input.columns the same in both',
    ]);
  });

  it('skip what a command-line flag overrides', () => {
    const a = source('a.yaml', base('input: { preset: jira, columns: { created: Opened } }\n'));
    const b = source('b.yaml', base('input: { preset: zendesk, columns: { created: Created } }\n'));
    expect(messages([a, b], { preset: 'jira', map: { created: 'X' } })).toEqual([]);
    expect([...overriddenPaths({ dateFormat: 'iso', map: { 'first response': 'Y' } })]).toEqual([
      'input.date_format',
      'input.columns["first response"]',
      'input.events.columns["first response"]',
    ]);
  });

  it('compare priorities and the time zone, not statuses: those are terms of the contract (issue 18)', () => {
    const a = source('a.yaml', base('statuses: { resolved: [Done], waiting: [Pending] }\npriorities: { map: { High: P1 } }\n'));
    const b = source(
      'b.yaml',
      base('statuses: { resolved: [Done, Closed] }\npriorities: { map: { High: P2 } }\n').replace('Europe/Copenhagen', 'Europe/Berlin'),
    );
    expect(importDifferences([a, b]).map((p) => p.where.field)).toEqual(['timezone', 'priorities.map.High']);
  });

  it('compare null-token lists as sets: order and case do not change what they match', () => {
    const a = source('a.yaml', base('input: { null_values: [NA, "-"] }\n'));
    const b = source('b.yaml', base('input: { null_values: ["-", na] }\n'));
    expect(messages([a, b])).toEqual([]);
    const c = source('c.yaml', base('input: { null_values: ["-"] }\n'));
    expect(importDifferences([a, c]).map((p) => p.where.field)).toEqual(['input.null_values']);
  });

  it('leave out input.events.file when --events replaces it', () => {
    const a = source('a.yaml', base('input: { events: { file: a.csv } }\n'));
    const b = source('b.yaml', base('input: { events: { file: b.csv } }\n'));
    expect(importDifferences([a, b]).map((p) => p.where.field)).toEqual(['input.events.file']);
    expect(importDifferences([a, b], {}, true)).toEqual([]);
  });

  it('refuse a column that one file reads as a timestamp and another as a policy key', () => {
    const a = source('a.yaml', base('', 'escalated: yes'));
    const b = source('b.yaml', base('', 'priority: P1', '[escalated]'));
    expect(messages([a, b])).toEqual([
      'a.yaml: policies read the field "escalated" as text here, and another file\'s metrics read it as a timestamp\n  compare reads the exports once for every file: a column is either a timestamp or a text field',
    ]);
  });
});

describe('the shared import', () => {
  it('reads every column any file needs', () => {
    const a = source('a.yaml', base('', 'service: Web'));
    const b = source('b.yaml', base('', 'priority: P1', '[first_response, escalated_at]'));
    const settings = resolveSettings(mergedImportSla([a.sla, b.sla])).settings!;
    expect(settings.textFields).toContain('service');
    expect(settings.timeFields).toContain('escalated_at');
  });
});
