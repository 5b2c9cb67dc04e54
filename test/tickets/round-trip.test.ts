import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTickets } from '../../src/tickets/import-tickets.js';
import { codes, importSla, load, plain, RESOLUTION_ONLY, source } from './helpers.js';

/**
 * The same tickets written as UTF-8, UTF-8 with BOM, UTF-16 LE and BE (with
 * BOM), Windows-1252, and with each delimiter, load identically; Danish
 * letters survive every one of them.
 */
const ROWS = [
  ['Sags-ID', 'Emne', 'Oprettet', 'Løst', 'Prioritet', 'Kunde'],
  ['1', 'Blåbærgrød på 2. sal', '13-10-2026 09:30', '14-10-2026 10:00', 'Høj', 'Ærø Møbler A/S'],
  ['2', 'Citat: "nede", siger de; igen|igen\tigen', '14-10-2026 11:00', '', 'Lav', 'Østergaard & Søn'],
  ['3', 'To linjer\nanden linje', '15-10-2026 12:00', '', '', 'ÆØÅ æøå'],
];

function csv(delimiter: string, newline = '\n'): string {
  const cell = (v: string) => (/[",;|\t\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return ROWS.map((r) => r.map(cell).join(delimiter)).join(newline) + newline;
}

const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

const ENCODINGS: Record<string, (text: string) => Buffer> = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-8 with BOM': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'utf-16le with BOM': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  'utf-16be with BOM': utf16be,
  // Every character here is in Latin-1, where Windows-1252 and ISO-8859-1 agree.
  'windows-1252': (t) => Buffer.from(t, 'latin1'),
};

const sla = importSla({ map: { høj: 'P2', lav: 'P4' }, metrics: RESOLUTION_ONLY });

describe('round trips', async () => {
  const reference = await load({ 't.csv': csv(',') }, { sla });

  it('the reference reads as written', () => {
    expect(plain(reference.tickets)).toEqual([
      {
        id: '1',
        times: { created: '2026-10-13T07:30:00.000Z', resolved: '2026-10-14T08:00:00.000Z' },
        fields: { title: 'Blåbærgrød på 2. sal', priority: 'P2', customer: 'Ærø Møbler A/S' },
      },
      {
        id: '2',
        times: { created: '2026-10-14T09:00:00.000Z' },
        fields: { title: 'Citat: "nede", siger de; igen|igen\tigen', priority: 'P4', customer: 'Østergaard & Søn' },
      },
      { id: '3', times: { created: '2026-10-15T10:00:00.000Z' }, fields: { title: 'To linjer\nanden linje', customer: 'ÆØÅ æøå' } },
    ]);
  });

  for (const [name, encode] of Object.entries(ENCODINGS)) {
    it(`${name} loads like UTF-8`, async () => {
      const result = await load({ 't.csv': encode(csv(';', '\r\n')) }, { sla });
      expect(plain(result.tickets)).toEqual(plain(reference.tickets));
      expect(codes(result)).toEqual(name === 'windows-1252' ? ['tickets.encoding-guessed'] : []);
    });
  }

  it('windows-1252 given with --encoding needs no guess', async () => {
    const result = await load({ 't.csv': Buffer.from(csv(';'), 'latin1') }, { sla, options: { encoding: 'windows-1252' } });
    expect(plain(result.tickets)).toEqual(plain(reference.tickets));
    expect(result.problems).toEqual([]);
  });

  for (const delimiter of [',', ';', '\t', '|']) {
    it(`delimiter ${JSON.stringify(delimiter)} is detected`, async () => {
      const result = await load({ 't.csv': csv(delimiter) }, { sla });
      expect(plain(result.tickets)).toEqual(plain(reference.tickets));
    });
  }

  it('any chunking of the bytes gives the same tickets (boundaries inside characters and rows)', async () => {
    const variants = Object.values(ENCODINGS).map((encode) => encode(csv('|')));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: variants.length - 1 }), fc.integer({ min: 1, max: 64 }), async (k, size) => {
        const result = await importTickets({ tickets: [source('t.csv', variants[k]!, size)], sla });
        expect(plain(result.tickets)).toEqual(plain(reference.tickets));
      }),
      { numRuns: 60 },
    );
  });
});
