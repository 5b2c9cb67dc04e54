import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTickets } from '../../src/cli/read-tickets.js';
import { fakeIo } from '../fake-io.js';
import { importSla, plain, RESOLUTION_ONLY } from './helpers.js';
import { zipOf } from './zip-writer.js';

/** Archives written by Python's zipfile (see zip/README.md): the reader must take them as any tool writes them. */
const zip = (name: string) => readFileSync(new URL(`zip/${name}`, import.meta.url));
const CSV = readFileSync(new URL('zip/tickets.csv', import.meta.url), 'utf8');

async function read(bytes: Buffer, name = 'export.zip') {
  return readTickets(fakeIo({ files: { [name]: bytes, 'plain.csv': CSV } }), {
    files: [name],
    sla: importSla({ metrics: RESOLUTION_ONLY }),
  });
}

describe('a .zip export', () => {
  const expected = async () =>
    plain(
      (await readTickets(fakeIo({ files: { 'plain.csv': CSV } }), { files: ['plain.csv'], sla: importSla({ metrics: RESOLUTION_ONLY }) }))
        .tickets,
    );

  for (const name of ['one.zip', 'stored.zip', 'zip64.zip', 'descriptor.zip']) {
    it(`reads the one CSV inside (${name}) like the CSV itself`, async () => {
      const result = await read(zip(name));
      expect(result.problems).toEqual([]);
      expect(plain(result.tickets)).toEqual(await expected());
      expect(result.tickets).toHaveLength(2);
    });
  }

  it('reads a zip under any name (by its bytes)', async () => {
    const result = await read(zip('one.zip'), 'download');
    expect(result.tickets).toHaveLength(2);
  });

  it('refuses an archive with several CSVs, listing them, before reading a row', async () => {
    const result = await read(zip('two.zip'));
    expect(result.tickets).toHaveLength(0);
    expect(result.problems.map((p) => [p.code, p.severity, p.where.file, p.message])).toEqual([
      [
        'tickets.zip-several-files',
        'error',
        'export.zip',
        'the archive holds 2 CSV files (tickets.csv, history/events.csv); slacheck reads an archive with one',
      ],
    ]);
  });

  it('refuses an archive with no CSV, and an empty one, saying what they hold', async () => {
    expect((await read(zip('none.zip'))).problems.map((p) => p.message)).toEqual([
      'the archive holds no CSV file (it holds tickets.xlsx, readme.md)',
    ]);
    expect((await read(zip('empty.zip'))).problems.map((p) => p.message)).toEqual(['the archive holds no CSV file (it holds nothing)']);
  });

  it('refuses an entry that says it inflates past the ratio limit, before inflating it', async () => {
    // A few hundred compressed bytes that claim 100 MB: past 200 times their size and past the 64 MB floor.
    const result = await read(zipOf('tickets.csv', Buffer.from(CSV), { size: 100 << 20 }));
    expect(result.tickets).toHaveLength(0);
    expect(result.problems.map((p) => p.code)).toEqual(['tickets.inflate-ratio']);
  });

  it('stops at the size its directory gives, and checks the checksum', async () => {
    const content = Buffer.from(CSV);
    const small = await read(zipOf('tickets.csv', content, { size: 10 }));
    expect(small.problems.map((p) => [p.code, p.message])).toEqual([
      ['tickets.bad-zip', '"tickets.csv" holds more than the 10 bytes its directory entry says'],
    ]);
    const crc = await read(zipOf('tickets.csv', content, { crc: 1234 }));
    expect(crc.problems.map((p) => [p.code, p.message])).toEqual([['tickets.bad-zip', '"tickets.csv" is damaged (checksum mismatch)']]);
  });

  it('refuses an archive cut short', async () => {
    const cut = zip('one.zip').subarray(0, 200);
    expect((await read(cut)).problems.map((p) => p.code)).toEqual(['tickets.bad-zip']);
  });
});
