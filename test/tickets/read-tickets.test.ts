import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTickets } from '../../src/cli/read-tickets.js';
import { daysFromCivil } from '../../src/tickets/timestamps/date-format.js';
import { fakeIo } from '../fake-io.js';
import { importSla, plain } from './helpers.js';

const CSV = 'id,created\n1,2026-01-05 08:00\n';

describe('readTickets (CLI side)', () => {
  it('reads .gz files, and gzip bytes under any name', async () => {
    const io = fakeIo({ files: { 'a.csv.gz': gzipSync(CSV), 'b.csv': gzipSync('id,created\n2,2026-01-05 09:00\n') } });
    const result = await readTickets(io, { files: ['a.csv.gz', 'b.csv'], sla: importSla({ metrics: [] }) });
    expect(result.problems).toEqual([]);
    expect(plain(result.tickets).map((t) => (t as { id: string }).id)).toEqual(['1', '2']);
  });

  it('turns a missing file into one error naming it, and reads the others', async () => {
    const result = await readTickets(fakeIo({ files: { 'a.csv': CSV } }), {
      files: ['a.csv', 'nope.csv'],
      sla: importSla({ metrics: [] }),
    });
    expect(result.tickets).toHaveLength(1);
    expect(result.problems.map((p) => [p.code, p.severity, p.where.file])).toEqual([['tickets.missing-file', 'error', 'nope.csv']]);
  });

  it('turns a corrupt .gz into one error naming it', async () => {
    const broken = gzipSync(CSV).subarray(0, 12);
    const result = await readTickets(fakeIo({ files: { 'a.csv.gz': broken } }), { files: ['a.csv.gz'], sla: importSla() });
    expect(result.problems.map((p) => [p.code, p.where.file])).toEqual([['tickets.unreadable-file', 'a.csv.gz']]);
  });

  it('reads input.events.file and --events, each once, flags applied', async () => {
    const io = fakeIo({ files: { 't.csv': CSV, 'e.csv': 'ticket;at;status\n1;13-01-2026 09:00;Open\n' } });
    const sla = importSla({ input: { events: { file: 'e.csv' } } });
    const result = await readTickets(io, { files: ['t.csv'], eventsFiles: ['e.csv'], sla, flags: { dateFormat: 'auto' } });
    expect(result.problems).toEqual([]);
    expect(result.events.size).toBe(1);
  });
});

describe('days from civil', () => {
  it('equals Date.UTC for any date in years 1-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
      }),
    );
  });
});
