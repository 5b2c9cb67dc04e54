import { describe, expect, it } from 'vitest';
import { csvBatches } from '../../src/tickets/read/csv-rows.js';
import { FileRejected } from '../../src/tickets/read/file-error.js';

async function* chunks(text: string, size = 5): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string, delimiter?: string): Promise<{ rows: string[][]; lines: number[]; skipped: [number, string][] }> {
  const rows: string[][] = [];
  const lines: number[] = [];
  const skipped: [number, string][] = [];
  for await (const batch of csvBatches('t.csv', chunks(text), delimiter, (line, message) => skipped.push([line, message]))) {
    rows.push(...batch.rows);
    lines.push(...batch.lines);
  }
  return { rows, lines, skipped };
}

describe('csvBatches', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, and gives each record its first line', async () => {
    const { rows, lines } = await read('id;text\n1;"a;b"\n\n2;"say ""hi""\nthere"\n3;x\n');
    expect(rows).toEqual([['id', 'text'], ['1', 'a;b'], ['2', 'say "hi"\nthere'], ['3', 'x']]);
    // line 3 is empty; record 2 spans lines 4-5
    expect(lines).toEqual([1, 2, 4, 6]);
  });

  it('detects the delimiter from the first records, honouring quotes', async () => {
    expect((await read('a|b\n"x,y,z"|2\n')).rows).toEqual([['a', 'b'], ['x,y,z', '2']]);
    expect((await read('a\tb\n1\t2\n')).rows).toEqual([['a', 'b'], ['1', '2']]);
    // Danish Excel: ; between fields, decimal commas inside them
    expect((await read('id;hours;note\n1;3,5;x\n2;4;y,z\n')).rows[1]).toEqual(['1', '3,5', 'x']);
  });

  it('keeps a stray quote inside an unquoted field', async () => {
    expect((await read('id,name\n1,5" monitor\n')).rows[1]).toEqual(['1', '5" monitor']);
  });

  it('reads a quoted field followed by text as written (relaxed quotes)', async () => {
    const { rows, skipped } = await read('id,name\n1,"bad"x\n2,ok\n');
    expect(rows).toEqual([['id', 'name'], ['1', '"bad"x'], ['2', 'ok']]);
    expect(skipped).toEqual([]);
  });

  it('rejects an empty file, JSON and an unclosed quote with one problem each', async () => {
    const codes: string[] = [];
    for (const text of ['', '  \n', '[{"id": 1}]', 'id,name\n1,"open\n2,x\n']) {
      try {
        await read(text);
      } catch (e) {
        if (e instanceof FileRejected) codes.push(e.problem.code);
      }
    }
    expect(codes).toEqual(['tickets.empty-file', 'tickets.empty-file', 'tickets.not-csv', 'tickets.unclosed-quote']);
  });
});
