import { describe, expect, it } from 'vitest';
import { parseSla } from '../../src/sla/parse-sla.js';
import type { Sla } from '../../src/sla/types.js';
import { importTickets } from '../../src/tickets/import-tickets.js';
import { formatProblem } from '../../src/problem.js';
import { load, source } from './helpers.js';

/** The status history's milestone columns (SPEC 8.1): group, assignee, any other column a metric names, and reply. */

function slaWith(metrics: string, targets: string, input = ''): Sla {
  const text = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { always: 24x7 }
metrics:
${metrics}
policies:
  - { name: All, calendar: always, targets: { ${targets} } }
${input}`;
  const { sla, problems } = parseSla(text, 'sla.yaml');
  if (sla === undefined) throw new Error(problems.map(formatProblem).join('\n'));
  return sla;
}

const ESCALATION = slaWith(
  '  escalation: { start: created, stop: [{ group: [Vagt] }, { assignee: [Ole] }, { team: [Net] }] }',
  'escalation: 30m',
);
const TICKETS = 'id,created\nT1,2026-01-05 08:00\nT2,2026-01-05 09:00\n';
const iso = (at: number) => new Date(at).toISOString().slice(11, 16);

describe('history columns that milestones name', () => {
  it('keeps group, assignee and any other named column from the wide form, under their lower-case names', async () => {
    const result = await load(
      { 't.csv': TICKETS },
      {
        sla: ESCALATION,
        events: {
          'e.csv':
            [
              'ticket,at,status,Assignment group,Assignee,Team,Other',
              'T1,2026-01-05 08:10,New,Desk,,,x',
              'T1,2026-01-05 08:20,,Vagt,Ole,Net,y',
              'T2,2026-01-05 09:30,,,,,z',
            ].join('\n') + '\n',
        },
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.events.eventsFor('T1').map((e) => [iso(e.at), e.status, e.fields])).toEqual([
      ['07:10', 'New', { group: 'Desk' }],
      ['07:20', undefined, { group: 'Vagt', assignee: 'Ole', team: 'Net' }],
    ]);
    // A column no metric names is not kept.
    expect(result.events.eventsFor('T2')[0]?.fields).toBeUndefined();
  });

  it('maps the usual vendor names: Tildelt (assignee) and a long form with ServiceNow field names', async () => {
    const result = await load(
      { 't.csv': TICKETS },
      {
        sla: ESCALATION,
        events: {
          'e.csv':
            [
              'ticket,at,field,value',
              'T1,2026-01-05 08:10,assignment_group,Vagt',
              'T1,2026-01-05 08:20,assigned_to,Ole',
              'T1,2026-01-05 08:30,team,Net',
              'T1,2026-01-05 08:40,cmdb_ci,x',
            ].join('\n') + '\n',
          'f.csv': ['ticket,at,Tildelt', 'T2,2026-01-05 09:10,Ole'].join('\n') + '\n',
        },
      },
    );
    // One long-form history may hold any field: nothing is missing; its rows about other fields are counted.
    expect(result.problems.map((p) => p.code)).toEqual(['tickets.other-fields']);
    expect(result.events.eventsFor('T1').map((e) => e.fields)).toEqual([{ group: 'Vagt' }, { assignee: 'Ole' }, { team: 'Net' }]);
  });

  it('gives a long-form row to every metric that names its column, whichever name each uses', async () => {
    // QA reproducer: escalation named `assignment_group`, escalation2 `group`; the row was kept for the first only,
    // so escalation2 ran on to overdue. Both columns get the row's value.
    const sla = slaWith(
      '  escalation: { start: created, stop: [{ assignment_group: [Vagt] }] }\n  escalation2: { start: created, stop: [{ group: [Vagt] }] }',
      'escalation: 30m, escalation2: 30m',
      'input: { preset: servicenow }',
    );
    const result = await load(
      { 't.csv': 'number,opened_at\nT1,2026-01-05 08:00\n' },
      { sla, events: { 'e.csv': 'documentkey,sys_created_on,fieldname,newvalue\nT1,2026-01-05 08:40,assignment_group,Vagt\n' } },
    );
    expect(result.problems).toEqual([]);
    expect(result.events.eventsFor('T1').map((e) => e.fields)).toEqual([{ assignment_group: 'Vagt', group: 'Vagt' }]);
  });

  it('refuses wide histories none of which has a column a milestone needs, naming the metric and the columns of the first', async () => {
    const sla = slaWith('  escalation: { start: created, stop: [{ group: [Vagt] }, { assignee: [Ole] }] }', 'escalation: 30m');
    const files = {
      'e.csv': 'ticket,at,status,Grupe\nT1,2026-01-05 08:10,New,Desk\n',
      'f.csv': 'ticket,at,assignee\nT1,2026-01-05 08:10,Ole\n',
    };
    const result = await load({ 't.csv': TICKETS }, { sla, events: files });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'e.csv:1: no column for "group", which metric "escalation" reads\n  columns in this file: ticket, at, status, Grupe\n  closest match: "Grupe"; map it with input.events.columns.group in the SLA file, or give a history that has it',
    ]);
  });

  it('reads a group column named under input.events.columns', async () => {
    const sla = slaWith(
      '  escalation: { start: created, stop: [{ group: [Vagt] }] }',
      'escalation: 30m',
      'input:\n  events: { columns: { group: Afdeling } }',
    );
    const result = await load({ 't.csv': TICKETS }, { sla, events: { 'e.csv': 'ticket,at,Afdeling\nT1,2026-01-05 08:10,Vagt\n' } });
    expect(result.problems).toEqual([]);
    expect(result.events.eventsFor('T1')[0]?.fields).toEqual({ group: 'Vagt' });
  });

  it('refuses a run without any history when a metric counts updates, pointing at the metric in the SLA file', async () => {
    const sla = slaWith('  status_update:\n    start: created\n    stop: resolved\n    updates: [reply]', 'status_update: 1h');
    const result = await importTickets({ tickets: [source('t.csv', TICKETS)], sla });
    expect(result.problems.map(formatProblem)).toEqual([
      "sla.yaml:9:5: metrics.status_update.updates: counts updates in the status history, but no history file was given\n  pass the history with --events FILE or name it under input.events.file in the SLA file, or take status_update out of the policies' targets",
    ]);
    expect(result.tickets.length).toBe(0);
  });

  it('needs no history for a metric that no policy targets', async () => {
    const sla = slaWith(
      '  response: { start: created, stop: resolved }\n  escalation: { start: created, stop: [{ group: [Vagt] }] }',
      'response: 1h',
    );
    const result = await importTickets({ tickets: [source('t.csv', TICKETS)], sla });
    // Only the warning that the export has no resolved column (response stops there): nothing about the history.
    expect(result.problems.map((p) => p.code)).toEqual(['tickets.no-stop-column']);
  });

  it('reads milestone columns and replies from an event log', async () => {
    const sla = slaWith(
      '  escalation: { start: created, stop: [{ group: [Vagt] }] }\n  updates: { start: created, stop: resolved, updates: [reply] }',
      'escalation: 30m, updates: 1h',
      'input:\n  event_log: { ticket: number, at: at, status: state, times: { created: first } }',
    );
    const log =
      ['number,at,state,assignment_group,reply', 'A,2026-01-05 08:00,New,Desk,', 'A,2026-01-05 08:20,Active,Vagt,yes'].join('\n') + '\n';
    const result = await importTickets({ tickets: [source('log.csv', log)], sla });
    expect(result.problems).toEqual([]);
    expect(result.events.eventsFor('A').map((e) => [e.fields, e.reply])).toEqual([
      [{ group: 'Desk' }, undefined],
      [{ group: 'Vagt' }, true],
    ]);
  });

  it('refuses an event log without the column', async () => {
    const sla = slaWith(
      '  escalation: { start: created, stop: [{ group: [Vagt] }] }',
      'escalation: 30m',
      'input:\n  event_log: { ticket: number, at: at, times: { created: first } }',
    );
    const result = await importTickets({ tickets: [source('log.csv', 'number,at,status\nA,2026-01-05 08:00,New\n')], sla });
    expect(result.problems.map((p) => p.code)).toEqual(['tickets.missing-history-column']);
  });
});
