import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSla, load } from './helpers.js';

/**
 * Each fixture in fixtures/helpdesks/ mimics one helpdesk's real export
 * (headers, date format, delimiter, encoding, quirks; see its README) and
 * holds the same four tickets, so every preset must load the same canonical
 * tickets: same instants, same normalised priority, same title and customer
 * (æ, ø, å intact), done exactly when the status is one of the preset's
 * "done" statuses.
 */
const PRIORITIES: Record<string, string> = {
  highest: 'P1',
  urgent: 'P1',
  critical: 'P1',
  '1 - critical': 'P1',
  '4 urgent': 'P1',
  'très haute': 'P1',
  'p1 kritiek': 'P1',
  kritisk: 'P1',
  high: 'P2',
  '2 - high': 'P2',
  '3 high': 'P2',
  haute: 'P2',
  'p2 hoog': 'P2',
  høj: 'P2',
  medium: 'P3',
  normal: 'P3',
  '3 - moderate': 'P3',
  '2 normal': 'P3',
  moyenne: 'P3',
  'p3 normaal': 'P3',
  mellem: 'P3',
  low: 'P4',
  '4 - low': 'P4',
  '1 low': 'P4',
  basse: 'P4',
  'p4 laag': 'P4',
  lav: 'P4',
};

// Copenhagen wall clock; CEST (+02:00) before 25 October 2026, CET (+01:00) after.
const CANONICAL = [
  {
    created: '2026-10-05T07:30:00.000Z',
    first_response: '2026-10-05T07:55:00.000Z',
    resolved: '2026-10-06T12:10:00.000Z',
    priority: 'P2',
    done: true,
    title: 'Printer på 2. sal virker ikke',
    customer: 'Ærø Møbler A/S',
  },
  {
    created: '2026-10-06T11:05:00.000Z',
    first_response: '2026-10-06T11:20:00.000Z',
    resolved: undefined,
    priority: 'P1',
    done: false,
    title: 'Mail server "mx1" nede, haster',
    customer: 'Østergaard & Søn',
  },
  {
    created: '2026-10-14T06:00:00.000Z',
    first_response: undefined,
    resolved: '2026-10-15T14:45:00.000Z',
    priority: 'P4',
    done: true,
    title: 'Ny bruger: Åse',
    customer: 'Ærø Møbler A/S',
  },
  {
    created: '2026-10-27T14:45:00.000Z',
    first_response: '2026-10-28T07:10:00.000Z',
    resolved: undefined,
    priority: 'P3',
    done: false,
    title: 'VPN langsom\nefter opdatering',
    customer: 'Blåbær ApS',
  },
];

const CASES: { preset: string; file: string; ids: string[]; firstResponse: boolean; notices: string[] }[] = [
  {
    preset: 'jira',
    file: 'jira/tickets.csv',
    ids: ['SUP-101', 'SUP-102', 'SUP-103', 'SUP-104'],
    firstResponse: true,
    notices: ['tickets.duplicate-header'],
  },
  { preset: 'jira', file: 'jira/tickets-es.csv', ids: ['SUP-101', 'SUP-102', 'SUP-103', 'SUP-104'], firstResponse: true, notices: [] },
  // Issue 22: German headers as a German Jira Cloud export writes them, and the German priority names (Hoch, Höchste, Niedrig, Mittel).
  { preset: 'jira', file: 'jira/tickets-de.csv', ids: ['SUP-101', 'SUP-102', 'SUP-103', 'SUP-104'], firstResponse: true, notices: [] },
  // Issue 22: the Danish priority names (Høj, Højeste, Laveste, Medium) and Annulleret as done.
  { preset: 'jira', file: 'jira/tickets-da.csv', ids: ['SUP-101', 'SUP-102', 'SUP-103', 'SUP-104'], firstResponse: true, notices: [] },
  // First response from "First reply time in minutes" (issue 18): created + minutes, named once.
  { preset: 'zendesk', file: 'zendesk/tickets.csv', ids: ['1', '2', '3', '4'], firstResponse: true, notices: ['tickets.derived-time'] },
  {
    preset: 'servicenow',
    file: 'servicenow/tickets.csv',
    ids: ['INC0010001', 'INC0010002', 'INC0010003', 'INC0010004'],
    firstResponse: false,
    notices: ['tickets.no-first-stop-column'],
  },
  { preset: 'freshdesk', file: 'freshdesk/tickets.csv', ids: ['1', '2', '3', '4'], firstResponse: true, notices: [] },
  {
    preset: 'topdesk',
    file: 'topdesk/tickets.csv',
    ids: ['I2610 001', 'I2610 002', 'I2610 003', 'I2610 004'],
    firstResponse: false,
    notices: ['tickets.no-first-stop-column'],
  },
  { preset: 'zammad', file: 'zammad/tickets.csv', ids: ['261001', '261002', '261003', '261004'], firstResponse: true, notices: [] },
  {
    preset: 'glpi',
    file: 'glpi/tickets.csv',
    ids: ['5732901', '5732902', '5732903', '5732904'],
    firstResponse: false,
    notices: ['tickets.no-first-stop-column'],
  },
  {
    preset: 'generic',
    file: 'generic/tickets.csv',
    ids: ['DK-1', 'DK-2', 'DK-3', 'DK-4'],
    firstResponse: true,
    notices: ['tickets.encoding-guessed'],
  },
];

const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());

describe('presets load their helpdesk exports into the same canonical tickets', () => {
  for (const c of CASES) {
    it(`${c.preset}: ${c.file}`, async () => {
      const bytes = readFileSync(new URL(`../../fixtures/helpdesks/${c.file}`, import.meta.url));
      const result = await load({ [c.file]: bytes }, { sla: importSla({ map: PRIORITIES }), options: { preset: c.preset } });
      expect(result.problems.map((p) => p.code)).toEqual(c.notices);
      expect([...result.tickets].map((t) => t.id)).toEqual(c.ids);
      const done = new Set(result.resolvedStatuses);
      const got = [...result.tickets].map((t) => ({
        created: iso(t.times.created),
        first_response: iso(t.times.first_response),
        resolved: iso(t.times.resolved),
        priority: t.fields.priority,
        done: done.has(t.fields.status ?? ''),
        title: t.fields.title,
        customer: t.fields.customer,
      }));
      expect(got).toEqual(CANONICAL.map((t) => (c.firstResponse ? t : { ...t, first_response: undefined })));
    });
  }
});
