import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/** Issue 22 item 11: Jira's localized exports with the jira preset. */
const SLA = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { all: 24x7 }
metrics: { response: { start: created, stop: first_response } }
policies:
  - { name: P1, when: { priority: P1 }, calendar: all, targets: { response: 30m } }
  - { name: rest, when: { priority: [P2, P3, P4] }, calendar: all, targets: { response: 4h } }
input: { preset: jira }
`;

function check(tickets: string, args: string[] = []) {
  return runCli(
    ['check', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2026-11-01', '--all', '--format', 'json', ...args],
    fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': tickets } }),
  );
}

describe('the jira preset reads localized exports (issue 22)', () => {
  it('French headers as a French Jira Cloud export writes them', async () => {
    const tickets = [
      'Résumé,Clé de ticket,ID de ticket,Type de ticket,État,Priorité,Personne assignée,Rapporteur,Création,Mise à jour,Custom field ([CHART] Date of First Response)',
      'Imprimante,SUP-1,1,Tâche,Terminé,Highest,Ève,client,05/oct./26 9:30 AM,05/oct./26 9:50 AM,05/oct./26 9:50 AM',
      '',
    ].join('\n');
    const { code, out, err } = await check(tickets);
    expect(err).not.toContain('matches no policy');
    expect(code).toBe(0);
    const [record] = JSON.parse(out).records as Record<string, unknown>[];
    // Created 9:30, answered 9:50: 20 min of a 30 min P1 target.
    expect(record).toMatchObject({
      ticket: 'SUP-1',
      policy: 'P1',
      priority: 'P1',
      elapsed_minutes: 20,
      status: 'met',
      customer: 'client',
      title: 'Imprimante',
    });
  });

  it('Danish priority names map to P1-P4, and Annulleret is done', async () => {
    const tickets = [
      'Summary,Issue key,Status,Priority,Created,Custom field ([CHART] Date of First Response)',
      'a,SUP-1,Annulleret,Højeste,05/okt/26 9:30 AM,05/okt/26 9:50 AM',
      'b,SUP-2,Færdig,Laveste,05/okt/26 9:30 AM,05/okt/26 9:50 AM',
      '',
    ].join('\n');
    const { out, err } = await check(tickets);
    expect(err).not.toContain('matches no policy');
    expect((JSON.parse(out).records as Record<string, unknown>[]).map((r) => [r.ticket, r.priority])).toEqual([
      ['SUP-1', 'P1'],
      ['SUP-2', 'P4'],
    ]);
  });

  it('an unmapped localized priority keeps the no-SLA warning and names the nearest label the preset knows', async () => {
    const tickets = ['Summary,Issue key,Status,Priority,Created', 'a,SUP-1,Åben,Højest,05/okt/26 9:30 AM', ''].join('\n');
    const { code, err } = await check(tickets);
    expect(code).toBe(0);
    expect(err).toContain(
      'tickets.csv:2: warning: ticket "SUP-1" matches no policy (priority "Højest"): it has no SLA; priority "Højest" is not a label the priority map knows: did you mean "Højeste"?',
    );
    expect(err).toContain('map it under priorities.map in the SLA file, e.g. priorities: { map: { "Højest": P1 } }');
  });
});
