import { htmlCellText } from '../../src/tickets/read/html-text.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/sla/normalize/match-key.js';
import type { ImportResult } from '../../src/tickets/types.js';
import { importSla, load } from './helpers.js';

/**
 * Every export in fixtures/exports/ (written for this project from the vendor
 * facts; sources in each folder's README) read with nothing but its preset
 * named: every ticket's id, timestamps, canonical priority, status and what
 * the status means (done, waiting or neither), title and customer. The
 * instants were worked out apart from slacheck (Python's zoneinfo,
 * Europe/Copenhagen: +02:00 until 25 October 2026 03:00, +01:00 after).
 */
type Row = [
  id: string,
  created: string,
  firstResponse: string | null,
  resolved: string | null,
  closed: string | null,
  priority: string | null,
  status: string,
  meaning: 'done' | 'waiting' | null,
  title: string,
  customer: string,
];

const EXPECTED: Record<string, Row[]> = {
  'jira/issues.csv': [
    [
      'SD-101',
      '2026-10-05T07:30:00.000Z',
      '2026-10-05T07:41:00.000Z',
      '2026-10-05T09:02:00.000Z',
      null,
      'P1',
      'Done',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      'SD-102',
      '2026-10-06T11:05:00.000Z',
      '2026-10-06T11:20:00.000Z',
      null,
      null,
      'P2',
      'Waiting for customer',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      'SD-103',
      '2026-10-12T06:15:00.000Z',
      '2026-10-12T08:00:00.000Z',
      null,
      null,
      'P3',
      'Pending',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    ['SD-104', '2026-10-25T23:00:00.000Z', null, '2026-10-26T14:30:00.000Z', null, 'P4', 'Canceled', 'done', 'Skærm flimrer', 'Blåbær ApS'],
    [
      'SD-105',
      '2026-10-27T15:45:00.000Z',
      '2026-10-28T07:10:00.000Z',
      null,
      null,
      'P4',
      'In Progress',
      null,
      'Licens til PDF-program',
      'Blåbær ApS',
    ],
  ],
  // First response: Created at + First reply time in minutes (11 on every row), issue 18.
  'zendesk/tickets.csv': [
    [
      '201',
      '2026-10-05T07:30:00.000Z',
      '2026-10-05T07:41:00.000Z',
      '2026-10-05T09:02:00.000Z',
      null,
      'P1',
      'Solved',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      '202',
      '2026-10-06T11:05:00.000Z',
      '2026-10-06T11:16:00.000Z',
      null,
      null,
      'P2',
      'Pending',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      '203',
      '2026-10-12T06:15:00.000Z',
      '2026-10-12T06:26:00.000Z',
      null,
      null,
      'P3',
      'On-hold',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    [
      '204',
      '2026-10-25T23:00:00.000Z',
      '2026-10-25T23:11:00.000Z',
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'Closed',
      'done',
      'Skærm flimrer',
      'Blåbær ApS',
    ],
    ['205', '2026-10-27T15:45:00.000Z', '2026-10-27T15:56:00.000Z', null, null, 'P4', 'Open', null, 'Licens til PDF-program', 'Blåbær ApS'],
    ['206', '2026-10-28T06:50:00.000Z', '2026-10-28T07:01:00.000Z', null, null, null, 'New', null, 'Spørgsmål om faktura', 'Bageriet A/S'],
  ],
  'servicenow/incident.csv': [
    [
      'INC0010101',
      '2026-10-05T07:30:00.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      '2026-10-08T09:02:00.000Z',
      'P1',
      'Closed',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    ['INC0010102', '2026-10-06T11:05:00.000Z', null, null, null, 'P2', 'On Hold', 'waiting', 'VPN afviser login', 'Ærø Møbler A/S'],
    [
      'INC0010103',
      '2026-10-12T06:15:00.000Z',
      null,
      null,
      null,
      'P3',
      'Awaiting User Info',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    [
      'INC0010104',
      '2026-10-25T23:00:00.000Z',
      null,
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'Resolved',
      'done',
      'Skærm flimrer',
      'Blåbær ApS',
    ],
    ['INC0010105', '2026-10-27T15:45:00.000Z', null, null, null, 'P4', 'In Progress', null, 'Licens til PDF-program', 'Blåbær ApS'],
    [
      'INC0010106',
      '2026-10-28T06:50:00.000Z',
      null,
      '2026-10-28T07:05:00.000Z',
      null,
      'P3',
      'Canceled',
      'done',
      'Dobbeltoprettet',
      'Bageriet A/S',
    ],
  ],
  'servicenow/incident-labels.csv': [
    [
      'INC0010101',
      '2026-10-05T07:30:00.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      '2026-10-08T09:02:00.000Z',
      'P1',
      'Closed',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    ['INC0010102', '2026-10-06T11:05:00.000Z', null, null, null, 'P2', 'On Hold', 'waiting', 'VPN afviser login', 'Ærø Møbler A/S'],
    [
      'INC0010103',
      '2026-10-12T06:15:00.000Z',
      null,
      null,
      null,
      'P3',
      'Awaiting User Info',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    [
      'INC0010104',
      '2026-10-25T23:00:00.000Z',
      null,
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'Resolved',
      'done',
      'Skærm flimrer',
      'Blåbær ApS',
    ],
    ['INC0010105', '2026-10-27T15:45:00.000Z', null, null, null, 'P4', 'In Progress', null, 'Licens til PDF-program', 'Blåbær ApS'],
    [
      'INC0010106',
      '2026-10-28T06:50:00.000Z',
      null,
      '2026-10-28T07:05:00.000Z',
      null,
      'P3',
      'Canceled',
      'done',
      'Dobbeltoprettet',
      'Bageriet A/S',
    ],
  ],
  'freshdesk/tickets.csv': [
    [
      '1',
      '2026-10-05T07:30:00.000Z',
      '2026-10-05T07:41:00.000Z',
      '2026-10-05T09:02:00.000Z',
      '2026-10-07T09:02:00.000Z',
      'P1',
      'Closed',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      '2',
      '2026-10-06T11:05:00.000Z',
      '2026-10-06T11:20:00.000Z',
      null,
      null,
      'P2',
      'Waiting on Customer',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      '3',
      '2026-10-12T06:15:00.000Z',
      '2026-10-12T08:00:00.000Z',
      null,
      null,
      'P3',
      'Waiting on Third Party',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    ['4', '2026-10-25T23:00:00.000Z', null, '2026-10-26T14:30:00.000Z', null, 'P4', 'Resolved', 'done', 'Skærm flimrer', 'Blåbær ApS'],
    [
      '5',
      '2026-10-27T15:45:00.000Z',
      '2026-10-28T07:10:00.000Z',
      null,
      null,
      'P3',
      'Pending',
      'waiting',
      'Licens til PDF-program',
      'Blåbær ApS',
    ],
    ['6', '2026-10-28T06:50:00.000Z', null, null, null, 'P4', 'Open', null, 'Spørgsmål om faktura', 'Bageriet A/S'],
  ],
  'freshservice/tickets.csv': [
    [
      'INC-101',
      '2026-10-05T07:30:00.000Z',
      '2026-10-05T07:41:00.000Z',
      '2026-10-05T09:02:00.000Z',
      '2026-10-07T09:02:00.000Z',
      'P1',
      'Closed',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      'INC-102',
      '2026-10-06T11:05:00.000Z',
      '2026-10-06T11:20:00.000Z',
      null,
      null,
      'P2',
      'Pending',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      'INC-103',
      '2026-10-12T06:15:00.000Z',
      '2026-10-12T08:00:00.000Z',
      null,
      null,
      'P3',
      'Open',
      null,
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    [
      'INC-104',
      '2026-10-25T23:00:00.000Z',
      null,
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'Resolved',
      'done',
      'Skærm flimrer',
      'Blåbær ApS',
    ],
  ],
  'topdesk/incidenten.csv': [
    [
      'I2610 001',
      '2026-10-05T07:30:00.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      '2026-10-07T09:02:00.000Z',
      'P1',
      'Afgemeld',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      'I2610 002',
      '2026-10-06T11:05:00.000Z',
      null,
      null,
      null,
      'P2',
      'Wachten op gebruiker',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      'I2610 003',
      '2026-10-12T06:15:00.000Z',
      null,
      null,
      null,
      'P3',
      'Wachten op leverancier',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    [
      'I2610 004',
      '2026-10-25T23:00:00.000Z',
      null,
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'Gereed',
      'done',
      'Skærm flimrer',
      'Blåbær ApS',
    ],
    ['I2610 005', '2026-10-27T15:45:00.000Z', null, null, null, 'P3', 'In behandeling', null, 'Licens til PDF-program', 'Blåbær ApS'],
  ],
  'zammad/by_ticket.csv': [
    [
      '261101',
      '2026-10-05T07:30:00.000Z',
      '2026-10-05T07:41:00.000Z',
      '2026-10-05T09:02:00.000Z',
      null,
      'P2',
      'closed',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      '261102',
      '2026-10-06T11:05:00.000Z',
      '2026-10-06T11:20:00.000Z',
      null,
      null,
      'P2',
      'pending reminder',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      '261103',
      '2026-10-12T06:15:00.000Z',
      '2026-10-12T08:00:00.000Z',
      null,
      null,
      'P3',
      'pending close',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    ['261104', '2026-10-25T23:00:00.000Z', null, '2026-10-26T14:30:00.000Z', null, 'P4', 'merged', 'done', 'Skærm flimrer', 'Blåbær ApS'],
    [
      '261105',
      '2026-10-27T15:45:00.000Z',
      '2026-10-28T07:10:00.000Z',
      null,
      null,
      'P3',
      'open',
      null,
      'Licens til PDF-program',
      'Blåbær ApS',
    ],
    ['261106', '2026-10-28T06:50:00.000Z', null, null, null, 'P4', 'new', null, 'Spørgsmål om faktura', 'Bageriet A/S'],
  ],
  'glpi/tickets-en.csv': [
    [
      '5732911',
      '2026-10-05T07:30:00.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      '2026-10-07T09:02:00.000Z',
      'P1',
      'Closed',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    ['5732912', '2026-10-06T11:05:00.000Z', null, null, null, 'P1', 'Pending', 'waiting', 'VPN afviser login', 'Ærø Møbler A/S'],
    ['5732913', '2026-10-12T06:15:00.000Z', null, null, null, 'P2', 'Processing (assigned)', null, 'Ny medarbejder: Åse', 'Bageriet A/S'],
    ['5732914', '2026-10-25T23:00:00.000Z', null, '2026-10-26T14:30:00.000Z', null, 'P3', 'Solved', 'done', 'Skærm flimrer', 'Blåbær ApS'],
    ['5732915', '2026-10-27T15:45:00.000Z', null, null, null, 'P4', 'Processing (planned)', null, 'Licens til PDF-program', 'Blåbær ApS'],
    ['5732916', '2026-10-28T06:50:00.000Z', null, null, null, 'P4', 'New', null, 'Spørgsmål om faktura', 'Bageriet A/S'],
  ],
  'glpi/tickets-fr.csv': [
    [
      '5732921',
      '2026-10-05T07:30:00.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      '2026-10-07T09:02:00.000Z',
      'P1',
      'Clos',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    ['5732922', '2026-10-06T11:05:00.000Z', null, null, null, 'P1', 'En attente', 'waiting', 'VPN afviser login', 'Ærø Møbler A/S'],
    ['5732923', '2026-10-12T06:15:00.000Z', null, null, null, 'P2', 'En cours (Attribué)', null, 'Ny medarbejder: Åse', 'Bageriet A/S'],
    ['5732924', '2026-10-25T23:00:00.000Z', null, '2026-10-26T14:30:00.000Z', null, 'P3', 'Résolu', 'done', 'Skærm flimrer', 'Blåbær ApS'],
    ['5732925', '2026-10-27T15:45:00.000Z', null, null, null, 'P4', 'En cours (Planifié)', null, 'Licens til PDF-program', 'Blåbær ApS'],
    ['5732926', '2026-10-28T06:50:00.000Z', null, null, null, 'P4', 'Nouveau', null, 'Spørgsmål om faktura', 'Bageriet A/S'],
  ],
  'rt/results.tsv': [
    [
      '4101',
      '2026-10-02T08:27:09.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      null,
      'P2',
      'resolved',
      'done',
      'Webshop nede',
      'kunde@bageriet.dk',
    ],
    ['4102', '2026-10-06T11:05:00.000Z', null, null, null, 'P3', 'stalled', 'waiting', 'VPN afviser login', 'it@aeroe.dk'],
    ['4103', '2026-10-12T06:15:00.000Z', null, null, null, 'P3', 'open', null, 'Ny medarbejder: Åse', 'kunde@bageriet.dk'],
    [
      '4104',
      '2026-10-25T23:00:00.000Z',
      null,
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'rejected',
      'done',
      'Skærm flimrer',
      'info@blaabaer.dk',
    ],
    ['4105', '2026-10-27T15:45:00.000Z', null, null, null, 'P4', 'new', null, 'Licens til PDF-program', 'info@blaabaer.dk'],
  ],
  'rt/results-rt5.tsv': [
    [
      '4201',
      '2026-10-05T07:30:00.000Z',
      null,
      '2026-10-05T09:02:00.000Z',
      null,
      'P2',
      'resolved',
      'done',
      'Webshop nede',
      'kunde@bageriet.dk',
    ],
    ['4202', '2026-10-06T11:05:00.000Z', null, null, null, 'P3', 'stalled', 'waiting', 'VPN afviser login', 'it@aeroe.dk'],
    [
      '4203',
      '2026-10-25T23:00:00.000Z',
      null,
      '2026-10-26T14:30:00.000Z',
      null,
      'P4',
      'deleted',
      'done',
      'Skærm flimrer',
      'info@blaabaer.dk',
    ],
  ],
  'danish/sager.csv': [
    [
      '2026-0101',
      '2026-10-05T07:30:00.000Z',
      '2026-10-05T07:41:00.000Z',
      '2026-10-05T09:02:00.000Z',
      '2026-10-07T09:02:00.000Z',
      'P1',
      'Lukket',
      'done',
      'Webshop nede',
      'Bageriet A/S',
    ],
    [
      '2026-0102',
      '2026-10-06T11:05:00.000Z',
      '2026-10-06T11:20:00.000Z',
      null,
      null,
      'P2',
      'Afventer kunde',
      'waiting',
      'VPN afviser login',
      'Ærø Møbler A/S',
    ],
    [
      '2026-0103',
      '2026-10-12T06:15:00.000Z',
      '2026-10-12T08:00:00.000Z',
      null,
      null,
      'P3',
      'Afventer tredjepart',
      'waiting',
      'Ny medarbejder: Åse',
      'Bageriet A/S',
    ],
    ['2026-0104', '2026-10-25T23:00:00.000Z', null, '2026-10-26T14:30:00.000Z', null, 'P4', 'Løst', 'done', 'Skærm flimrer', 'Blåbær ApS'],
    [
      '2026-0105',
      '2026-10-27T15:45:00.000Z',
      '2026-10-28T07:10:00.000Z',
      null,
      null,
      'P3',
      'Afventer leverandør',
      'waiting',
      'Licens til PDF-program',
      'Blåbær ApS',
    ],
    ['2026-0106', '2026-10-28T06:50:00.000Z', null, null, null, 'P4', 'I gang', null, 'Spørgsmål om faktura', 'Bageriet A/S'],
  ],
};

/** The preset each file is read with, and the notices its reading gives (besides none). */
const CASES: { file: string; preset: string; detected: string; notices: string[] }[] = [
  { file: 'jira/issues.csv', preset: 'jira', detected: 'jira', notices: ['tickets.duplicate-header'] },
  { file: 'zendesk/tickets.csv', preset: 'zendesk', detected: 'zendesk', notices: ['tickets.derived-time'] },
  { file: 'servicenow/incident.csv', preset: 'servicenow', detected: 'servicenow', notices: ['tickets.no-first-stop-column'] },
  { file: 'servicenow/incident-labels.csv', preset: 'servicenow', detected: 'servicenow', notices: ['tickets.no-first-stop-column'] },
  { file: 'freshdesk/tickets.csv', preset: 'freshdesk', detected: 'freshdesk', notices: [] },
  { file: 'freshservice/tickets.csv', preset: 'freshservice', detected: 'freshdesk', notices: [] },
  { file: 'topdesk/incidenten.csv', preset: 'topdesk', detected: 'topdesk', notices: ['tickets.no-first-stop-column'] },
  { file: 'zammad/by_ticket.csv', preset: 'zammad', detected: 'zammad', notices: [] },
  { file: 'glpi/tickets-en.csv', preset: 'glpi', detected: 'glpi', notices: ['tickets.no-first-stop-column'] },
  { file: 'glpi/tickets-fr.csv', preset: 'glpi', detected: 'glpi', notices: ['tickets.no-first-stop-column'] },
  { file: 'rt/results.tsv', preset: 'rt', detected: 'rt', notices: ['tickets.no-first-stop-column'] },
  { file: 'rt/results-rt5.tsv', preset: 'request-tracker', detected: 'rt', notices: ['tickets.no-first-stop-column'] },
  { file: 'danish/sager.csv', preset: 'generic', detected: 'generic', notices: ['tickets.encoding-guessed'] },
];

const bytes = (file: string) => readFileSync(new URL(`../../fixtures/exports/${file}`, import.meta.url));
const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

function rows(result: ImportResult): Row[] {
  const has = (list: readonly string[], status: string | undefined) =>
    status !== undefined && list.some((s) => matchKey(s) === matchKey(status));
  return [...result.tickets].map((t) => [
    t.id,
    iso(t.times.created)!,
    iso(t.times.first_response),
    iso(t.times.resolved),
    iso(t.times.closed),
    t.fields.priority ?? null,
    t.fields.status ?? '',
    has(result.resolvedStatuses, t.fields.status) ? 'done' : has(result.waitingStatuses, t.fields.status) ? 'waiting' : null,
    t.fields.title ?? '',
    t.fields.customer ?? '',
  ]);
}

describe('vendor exports read with only their preset named', () => {
  for (const c of CASES) {
    it(`${c.preset}: ${c.file}`, async () => {
      const result = await load({ [c.file]: bytes(c.file) }, { sla: importSla(), options: { preset: c.preset } });
      expect(result.problems.map((p) => p.code)).toEqual(c.notices);
      expect(result.counts).toMatchObject({ rejectedTicketRows: 0 });
      expect(rows(result)).toEqual(EXPECTED[c.file]);
    });
  }
});

describe('vendor exports read with no preset named', () => {
  for (const c of CASES) {
    it(`${c.file}: the header row picks ${c.detected}`, async () => {
      const result = await load({ [c.file]: bytes(c.file) }, { sla: importSla() });
      expect(result.preset).toBe(c.detected);
      const detected = c.detected === 'generic' ? [] : ['tickets.preset-detected'];
      expect(result.problems.map((p) => p.code)).toEqual([...detected, ...c.notices]);
      expect(rows(result)).toEqual(EXPECTED[c.file]);
    });
  }
});

describe('Request Tracker TSV, which RT writes without quoting', () => {
  // QA reproducer: with quoting on, the subject `"Citat…` opened a quoted cell that the `"` of `24"` closed,
  // so 4102 and 4103 vanished into 4101's subject. RT's TSV has no quoting: each line is one ticket.
  const TSV = [
    'id\tSubject\tStatus\tPriority\tCreated\tResolved\tLastUpdated',
    '4101\t"Citat fra kunde: printer\tresolved\t100\tFri Oct 02 10:27:09 2026\tMon Oct 05 11:02:00 2026\tMon Oct 05 11:02:00 2026',
    '4102\tVPN\tstalled\t75\tTue Oct 06 13:05:00 2026\tNot set\tTue Oct 06 13:05:00 2026',
    '4103\tSkærm 24"\topen\t20\tMon Oct 12 08:15:00 2026\tNot set\tMon Oct 12 08:15:00 2026',
  ].join('\n');

  it.each([['rt'], [undefined]])('reads every line as a ticket, quotes as text (preset %s)', async (preset) => {
    const result = await load({ 'rt.tsv': TSV }, { sla: importSla(), ...(preset === undefined ? {} : { options: { preset } }) });
    expect(result.preset).toBe('rt');
    expect([...result.tickets].map((t) => [t.id, t.fields.title, t.fields.status, t.fields.priority])).toEqual([
      ['4101', '"Citat fra kunde: printer', 'resolved', 'P2'],
      ['4102', 'VPN', 'stalled', 'P3'],
      ['4103', 'Skærm 24"', 'open', 'P4'],
    ]);
  });

  it('keeps quoting for a comma-separated file read with the rt preset (a spreadsheet saved it)', async () => {
    const result = await load(
      { 'rt.csv': 'id,Subject,Created\n4101,"a, b",Fri Oct 02 10:27:09 2026\n' },
      { sla: importSla(), options: { preset: 'rt' } },
    );
    expect([...result.tickets].map((t) => t.fields.title)).toEqual(['a, b']);
  });
});

describe('Jira headers in other languages pick the jira preset', () => {
  it.each([
    ['German', 'Zusammenfassung,Schlüssel,Vorgangs-ID,Vorgangstyp,Status,Priorität,Erstellt,Erledigt'],
    ['Danish', 'Oversigt,Nøgle,Status,Prioritet,Oprettet,Løst'],
  ])('%s', async (_, header) => {
    const cells = header.split(',').length;
    const row = header
      .split(',')
      .map((h) =>
        /Erstellt|Oprettet|Erledigt|Løst/.test(h)
          ? '2026-10-05 09:30'
          : /Schlüssel|Nøgle/.test(h)
            ? 'SD-1'
            : /Priorit/.test(h)
              ? 'Highest'
              : 'x',
      );
    expect(row).toHaveLength(cells);
    const result = await load({ 'jira.csv': `${header}\n${row.join(',')}\n` }, { sla: importSla() });
    expect(result.preset).toBe('jira');
    expect([...result.tickets].map((t) => [t.id, t.fields.priority])).toEqual([['SD-1', 'P1']]);
  });
});

describe('GLPI cells are HTML text', () => {
  it('decodes entities and drops the spaces GLPI groups an id with, so policies and the history match', async () => {
    // QA reproducer: `_DSI &gt; SD` never matched `when: { group: "_DSI > SD" }`, and a history keyed 5732921
    // matched no ticket written `5 732 921` (non-breaking spaces).
    const tickets =
      'ID;Titre;Statut;Date d\'ouverture;Attribué à - Groupe de techniciens\n"5\u00a0732\u00a0921";"L&#039;imprimante";"En attente";"2026-10-05 09:30";"_DSI &gt; SD"\n';
    const result = await load(
      { 'glpi.csv': tickets },
      { sla: importSla(), options: { preset: 'glpi' }, events: { 'h.csv': 'ticket,at,status\n5732921,2026-10-05 09:40,En cours\n' } },
    );
    expect(result.problems).toEqual([]);
    expect([...result.tickets].map((t) => [t.id, t.fields.title, t.fields.group])).toEqual([['5732921', "L'imprimante", '_DSI > SD']]);
    expect(result.events.eventsFor('5732921')).toHaveLength(1);
  });

  it.each([
    ['a &amp; b &lt;c&gt; &quot;d&quot; &#x41;&#66;', 'a & b <c> "d" AB'],
    ['&unknown; &#0; & alone', '&unknown; &#0; & alone'],
    ['1\u202f234', '1234'],
    ['12\u00a034', '12\u00a034'],
    ['Ticket 1\u00a0234', 'Ticket 1\u00a0234'],
  ])('%j reads as %j', (cell, text) => {
    expect(htmlCellText(cell)).toBe(text);
  });
});
