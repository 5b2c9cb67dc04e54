import { describe, expect, it } from 'vitest';
import { importTickets } from '../../src/tickets/import-tickets.js';
import type { ImportCounts, ImportResult } from '../../src/tickets/types.js';
import { codes, importSla, load, source } from './helpers.js';

/**
 * Issue 8, "rows must never vanish": every data row is a ticket, a merge, or
 * a rejection named with file and line, whatever the line ends, stray bytes
 * or surplus cells of the file.
 */
const NO_METRICS = importSla({ metrics: [] });

/** SPEC: ticket-table rows = tickets + merged rows + rejected rows (ImportCounts). */
function reconciles(counts: ImportCounts | undefined): boolean {
  return counts !== undefined && counts.ticketRows === counts.tickets + counts.mergedRows + counts.rejectedTicketRows;
}

async function loadChunked(text: string | Buffer, chunkSize: number): Promise<ImportResult> {
  return importTickets({ tickets: [source('t.csv', text, chunkSize)], sla: NO_METRICS });
}

describe('line ends', () => {
  // A Windows export with a Unix one appended (`cat`), then a classic Mac line end.
  const MIXED =
    'id,created,title\r\nA,2026-05-04 09:00,one\r\nB,2026-05-04 10:00,"two\r\nlines"\r\nC,2026-05-04 11:00,three\nD,2026-05-04 12:00,four\n\nE,2026-05-04 13:00,five\rF,2026-05-04 14:00,six\r\n';

  it('\\n, \\r\\n and \\r each end a record anywhere in the file, at any chunk boundary', async () => {
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
      const result = await loadChunked(MIXED, size);
      expect([...result.tickets].map((t) => [t.id, t.fields.title, t.source.line])).toEqual([
        ['A', 'one', 2],
        ['B', 'two\r\nlines', 3],
        ['C', 'three', 5],
        ['D', 'four', 6],
        ['E', 'five', 8],
        ['F', 'six', 9],
      ]);
      expect(result.problems).toEqual([]);
      expect(reconciles(result.counts)).toBe(true);
    }
  });

  it('a Unix export with Windows and Mac rows appended: the \\r may first appear deep in the file', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `T-${i},2026-05-04 09:00`);
    const text = `id,created\n${rows.slice(0, 1000).join('\n')}\n${rows.slice(1000, 2000).join('\r\n')}\r\n${rows.slice(2000).join('\r')}\r`;
    for (const size of [5, 4096, 1 << 20]) {
      const result = await loadChunked(text, size);
      expect(result.tickets).toHaveLength(3000);
      expect(result.tickets.at(2999).source.line).toBe(3001);
      expect(result.problems).toEqual([]);
    }
  });

  it('counts a quoted \\r\\n as one line, so that later rows keep their lines', async () => {
    const result = await load({ 't.csv': 'id,created,title\r\n1,2026-05-04 09:00,"a\r\nb\r\nc"\r\n2,nope,x\r\n' }, { sla: NO_METRICS });
    expect(result.problems.map((p) => [p.code, p.where.line])).toEqual([['tickets.bad-timestamp', 5]]);
  });
});

describe('surplus cells', () => {
  it('are a row warning with file and line, and the row is kept', async () => {
    const result = await load(
      { 't.csv': 'id,created,title\n1,2026-05-04 09:00,Printer, on floor 2\n2,2026-05-04 10:00,Mail\n' },
      { sla: NO_METRICS },
    );
    expect(result.tickets).toHaveLength(2);
    expect(result.problems).toEqual([
      {
        code: 'tickets.surplus-cells',
        severity: 'warning',
        message: 'row 1: 4 cells, but the header has 3: " on floor 2" past the last column is not read',
        where: { file: 't.csv', line: 2, row: 1 },
        hint: 'a delimiter inside a cell that is not quoted, or a broken line end, shifts the cells: quote the cell, or check --delimiter',
      },
    ]);
    expect(reconciles(result.counts)).toBe(true);
  });

  it('pass in silence when they are empty (a trailing delimiter)', async () => {
    const result = await load({ 't.csv': 'id,created\n1,2026-05-04 09:00,\n2,2026-05-04 10:00, ,\n' }, { sla: NO_METRICS });
    expect(result.problems).toEqual([]);
    expect(result.tickets).toHaveLength(2);
  });
});

describe('NUL bytes', () => {
  it('a stray NUL is removed from its cell with a row warning; it never ends up in a ticket id', async () => {
    const result = await load(
      { 't.csv': 'id,created,status\n1,2026-05-04 09:00,Open\nNL-\u00002,2026-05-04 10:00,Op\u0000en\n' },
      { sla: NO_METRICS },
    );
    expect([...result.tickets].map((t) => [t.id, t.fields.status])).toEqual([
      ['1', 'Open'],
      ['NL-2', 'Open'],
    ]);
    expect(result.problems.map((p) => [p.code, p.where.line, p.message])).toEqual([
      ['tickets.nul-byte', 3, 'row 2: a NUL byte in columns "id", "status" was removed'],
    ]);
  });

  it('a NUL in the first megabyte of a big export does not reject the file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `T-${i},2026-05-04 09:00,${i === 3 ? 'x\u0000y' : 'ok'}`);
    const result = await load({ 't.csv': `id,created,title\n${rows.join('\n')}\n` }, { sla: NO_METRICS });
    expect(result.tickets).toHaveLength(20_000);
    expect(codes(result)).toEqual(['tickets.nul-byte']);
    expect(result.problems[0]!.where.line).toBe(5);
  });

  it('a mostly binary file is refused; UTF-16 text without its byte order mark is named as such', async () => {
    const binary = Buffer.alloc(4000);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7) % 32;
    const utf16 = Buffer.from('id,created\n1,2026-05-04 09:00\n', 'utf16le');
    const result = await load({ 'b.bin': binary, 'u.csv': utf16 }, { sla: NO_METRICS });
    expect(result.problems.map((p) => [p.where.file, p.code, p.hint])).toEqual([
      ['b.bin', 'tickets.not-csv', 'export the tickets as CSV'],
      ['u.csv', 'tickets.not-csv', 'this looks like UTF-16LE text without its byte order mark: pass --encoding utf-16le'],
    ]);
  });
});

describe('every row rejected', () => {
  it('is an error naming the first bad value and the --date-format that reads it', async () => {
    const result = await load(
      { 't.csv': 'id,created\n1,25-10-2026 09:00\n2,26-10-2026 10:00\n' },
      { sla: NO_METRICS, options: { dateFormat: 'MM/dd/yyyy HH:mm' } },
    );
    const error = result.problems.find((p) => p.severity === 'error');
    expect(error).toEqual({
      code: 'tickets.all-rows-rejected',
      severity: 'error',
      message:
        'every row was rejected (2 of 2); the first: row 1, column "created": cannot read "25-10-2026 09:00" as a date (format MM/dd/yyyy HH:mm)',
      where: { file: 't.csv', line: 2 },
      hint: '"25-10-2026 09:00" reads as d-M-yyyy H:mm: pass --date-format "d-M-yyyy H:mm" or set input.date_format in the SLA file',
    });
    expect(reconciles(result.counts)).toBe(true);
  });

  it('names the likely fix for other reasons too', async () => {
    const result = await load({ 't.csv': 'id,created\n,2026-05-04 09:00\n' }, { sla: NO_METRICS });
    expect(result.problems.map((p) => [p.code, p.hint])).toEqual([
      ['tickets.missing-id', undefined],
      [
        'tickets.all-rows-rejected',
        'the id column is empty: map the column that holds the ticket id with --map id=COLUMN (or input.columns.id)',
      ],
    ]);
  });

  it('a header-only export is a warning, and the other files are read', async () => {
    const result = await load({ 'empty-queue.csv': 'id,created\n', 't.csv': 'id,created\n1,2026-05-04 09:00\n' }, { sla: NO_METRICS });
    expect(result.problems.map((p) => [p.where.file, p.code, p.severity])).toEqual([['empty-queue.csv', 'tickets.no-rows', 'warning']]);
    expect(result.tickets).toHaveLength(1);
  });

  it('a file with some good rows is not an error', async () => {
    const result = await load({ 't.csv': 'id,created\n1,nope\n2,2026-05-04 09:00\n' }, { sla: NO_METRICS });
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('what Excel writes, read by auto', () => {
  it("a one-digit hour, Danish 09.00 times and .NET's empty 0001-01-01", async () => {
    const result = await load(
      {
        'iso.csv': 'id,created,resolved\n1,2026-10-05 10:00,0001-01-01 00:00:00\n2,2026-10-05 9:00,2026-10-05 9:30\n',
        'dk.csv': 'id;created\n3;05-10-2026 09.00\n4;06-10-2026 14.30\n',
      },
      { sla: NO_METRICS },
    );
    expect(result.problems).toEqual([]);
    const times = [...result.tickets].map((t) => [
      t.id,
      new Date(t.times.created!).toISOString(),
      t.times.resolved === undefined ? null : new Date(t.times.resolved).toISOString(),
    ]);
    expect(times).toEqual([
      ['1', '2026-10-05T08:00:00.000Z', null],
      ['2', '2026-10-05T07:00:00.000Z', '2026-10-05T07:30:00.000Z'],
      ['3', '2026-10-05T07:00:00.000Z', null],
      ['4', '2026-10-06T12:30:00.000Z', null],
    ]);
  });

  it('an offset after a space, as Ruby writes it (`2026-10-05 09:30:00 +0200`): every row was rejected before', async () => {
    const result = await load(
      { 't.csv': 'id,created,resolved\n1,2026-10-05 09:30:00 +0200,2026-10-05 11:02:00 -0130\n' },
      { sla: NO_METRICS },
    );
    expect(result.problems).toEqual([]);
    expect([...result.tickets].map((t) => [new Date(t.times.created!).toISOString(), new Date(t.times.resolved!).toISOString()])).toEqual([
      ['2026-10-05T07:30:00.000Z', '2026-10-05T12:32:00.000Z'],
    ]);
  });

  it('a year outside 1900-2200 rejects its row with a warning (was an internal error for years 1-99)', async () => {
    const result = await load(
      { 't.csv': 'id,created\n1,2026-05-04 09:00\n2,0050-05-04 09:00\n3,2026-05-04 09:00\n4,2226-05-04 09:00\n5,1899-12-31 23:59\n' },
      { sla: NO_METRICS },
    );
    expect(result.problems.map((p) => [p.code, p.where.line])).toEqual([
      ['tickets.year-out-of-range', 3],
      ['tickets.year-out-of-range', 5],
      ['tickets.year-out-of-range', 6],
    ]);
    expect(result.tickets).toHaveLength(2);
    expect(reconciles(result.counts)).toBe(true);
  });
});

describe('counts reconcile on every new path', () => {
  it('a file refused halfway (a field over 1 MB) still accounts for the rows it gave', async () => {
    const huge = 'x'.repeat(1024 * 1024 + 1);
    const result = await load(
      { 't.csv': `id,created,title\n1,2026-05-04 09:00,a\n2,nope,b\n3,2026-05-04 10:00,"${huge}"\n4,2026-05-04 11:00,d\n` },
      { sla: NO_METRICS },
    );
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.where.line])).toEqual([
      ['tickets.field-too-long', 4],
    ]);
    expect(result.counts).toMatchObject({ ticketRows: 2, tickets: 1, rejectedTicketRows: 1 });
    expect(reconciles(result.counts)).toBe(true);
  });

  it('a field of exactly 1 MB is read', async () => {
    const result = await load({ 't.csv': `id,created,title\n1,2026-05-04 09:00,${'é'.repeat(512 * 1024)}\n` }, { sla: NO_METRICS });
    expect(result.problems).toEqual([]);
    expect(result.tickets).toHaveLength(1);
  });

  it("a status history whose every date is rejected points at input.events.date_format, not the tickets' --date-format", async () => {
    // QA: following the old advice (--date-format) broke the ticket file and left the history as it was.
    const result = await load(
      { 't.csv': 'id,created\nA1,2026-10-05 09:00\n' },
      { sla: NO_METRICS, events: { 'e.csv': 'ticket,at,status\nA1,Oct 5 2026 09:10,y\nA1,Oct 6 2026 09:10,y\n' } },
    );
    const error = result.problems.find((p) => p.code === 'tickets.all-rows-rejected');
    expect(error?.hint).toMatch(/input\.events\.date_format/);
    expect(error?.hint).not.toMatch(/--date-format|input\.date_format/);
  });

  it('a status history whose every row is rejected is an error too; its rows are counted', async () => {
    const result = await load(
      { 't.csv': 'id,created,resolved\n1,2026-05-04 09:00,\n' },
      { sla: NO_METRICS, events: { 'e.csv': 'ticket,at,status\n1,04/05/2026 9.00.00.0,Open\n1,x,Closed\n' } },
    );
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.where.file])).toEqual([
      ['tickets.all-rows-rejected', 'e.csv'],
    ]);
    expect(result.counts).toMatchObject({ eventRows: 2, rejectedEventRows: 2, events: 0 });
  });

  it('an event log whose every ticket is rejected is an error', async () => {
    const sla = importSla({ metrics: [], input: { event_log: { ticket: 'case', at: 'at', times: { created: { first: 'Opened' } } } } });
    const result = await load({ 'log.csv': 'case,at,status\nC1,2026-05-04 09:00,Working\nC2,2026-05-04 10:00,Working\n' }, { sla });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.message])).toEqual([
      [
        'tickets.all-rows-rejected',
        'every ticket of the event log was rejected (2 of 2); the first: row 1, column "created": no created time',
      ],
    ]);
  });
});
