import { describe, expect, it } from 'vitest';
import { truncatedFile } from '../../src/tickets/read/truncation.js';
import { importSla, load } from './helpers.js';

/** Issue 22: a file cut off midway (a copy or a download that stopped) must not read as a whole export. */
describe('truncatedFile: the signs of a cut-off file', () => {
  it('says nothing of a whole file: the last row complete, a final line end', () => {
    expect(truncatedFile('t.csv', { headerCells: 4, lastRecord: { line: 9, cells: 4 }, endsWithLineEnd: true })).toBeUndefined();
  });

  it('says nothing of a header alone (tickets.no-rows speaks for it)', () => {
    expect(truncatedFile('t.csv', { headerCells: 4, endsWithLineEnd: false })).toBeUndefined();
  });

  it('names a last row cut short, with its line and cells', () => {
    const p = truncatedFile('t.csv', { headerCells: 9, lastRecord: { line: 48, cells: 2 }, endsWithLineEnd: true })!;
    expect(p).toMatchObject({ code: 'tickets.truncated-file', severity: 'warning', where: { file: 't.csv', line: 48 } });
    expect(p.message).toBe("the file looks truncated: its last row (line 48) has 2 of the header's 9 cells; the rows are read as they are");
  });

  it('names a file without a final line end (cut in the last cell), and says how to silence it for a whole file', () => {
    const p = truncatedFile('t.csv', { headerCells: 3, lastRecord: { line: 5, cells: 3 }, endsWithLineEnd: false })!;
    expect(p.message).toBe('the file looks truncated: it ends without a line end; the rows are read as they are');
    expect(p.hint).toContain('echo >> FILE');
  });

  it('names both signs at once', () => {
    const p = truncatedFile('t.csv', { headerCells: 3, lastRecord: { line: 5, cells: 1 }, endsWithLineEnd: false })!;
    expect(p.message).toBe(
      "the file looks truncated: its last row (line 5) has 1 of the header's 3 cells, and it ends without a line end; the rows are read as they are",
    );
  });
});

describe('short rows and truncated files through the import', () => {
  // No metrics: no warning about stop columns, only what the file itself shows.
  const sla = importSla({ metrics: [] });

  it('reads a short row with its missing cells empty, and names it with file, line and the missing columns', async () => {
    const result = await load(
      {
        't.csv':
          'id,created,title,first_response\n1,2026-03-16 08:00,Printer,2026-03-16 08:30\n2,2026-03-16 08:20,Mail\n3,2026-03-16 15:00,VPN,2026-03-16 15:30\n',
      },
      { sla },
    );
    expect([...result.tickets].map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(result.tickets.get('2')!.times.first_response).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.where.file, p.where.line, p.where.row])).toEqual([['tickets.short-row', 't.csv', 3, 2]]);
    expect(result.problems[0]!.message).toBe('row 2: 3 cells, but the header has 4: "first_response" is missing and read as empty');
  });

  it('warns once per file that is cut off: a short last row without a final line end', async () => {
    const result = await load(
      { 't.csv': 'id,created,title,first_response\n1,2026-03-16 08:00,Printer,2026-03-16 08:30\n2,2026-03-1' },
      { sla },
    );
    expect(result.problems.map((p) => [p.code, p.where.line])).toEqual([
      ['tickets.short-row', 3],
      ['tickets.bad-timestamp', 3],
      ['tickets.truncated-file', 3],
    ]);
  });

  it('warns of a file that ends inside its last cell: every cell there, no final line end', async () => {
    const result = await load({ 't.csv': 'id,created,title\n1,2026-03-16 08:00,Printer\n2,2026-03-16 09:00,Mail serv' }, { sla });
    expect(result.problems.map((p) => p.code)).toEqual(['tickets.truncated-file']);
  });

  it('takes \\r\\n and \\r as line ends too, and a whole file ending in blank lines as whole', async () => {
    for (const text of [
      'id,created\r\n1,2026-03-16 08:00\r\n',
      'id,created\r1,2026-03-16 08:00\r',
      'id,created\n1,2026-03-16 08:00\n\n\n',
    ]) {
      expect((await load({ 't.csv': text }, { sla })).problems).toEqual([]);
    }
  });

  it('judges a status history the same way', async () => {
    const result = await load(
      { 't.csv': 'id,created\nT1,2026-01-05 08:00\n' },
      { sla, events: { 'e.csv': 'ticket,at,status\nT1,2026-01-05 09:00,Open\nT1,2026-01-05 1' } },
    );
    expect(result.problems.map((p) => [p.code, p.where.file])).toContainEqual(['tickets.truncated-file', 'e.csv']);
  });
});
