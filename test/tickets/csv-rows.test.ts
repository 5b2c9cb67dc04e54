import { describe, expect, it } from 'vitest';
import { csvBatches } from '../../src/tickets/read/csv-rows.js';
import type { CsvEnd } from '../../src/tickets/read/csv-tokenizer.js';
import { FileRejected } from '../../src/tickets/read/file-error.js';

async function* chunks(text: string, size = 5): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(
  text: string,
  delimiter?: string,
  size = 5,
): Promise<{ rows: string[][]; lines: number[]; skipped: [number, string][]; end?: CsvEnd }> {
  const rows: string[][] = [];
  const lines: number[] = [];
  const skipped: [number, string][] = [];
  let end: CsvEnd | undefined;
  for await (const batch of csvBatches('t.csv', chunks(text, size), delimiter, (line, message) => skipped.push([line, message]))) {
    rows.push(...batch.rows);
    lines.push(...batch.lines);
    end = batch.end ?? end;
  }
  return { rows, lines, skipped, end };
}

async function refusal(text: string, size = 5): Promise<[string, number | undefined] | undefined> {
  try {
    await read(text, undefined, size);
    return undefined;
  } catch (e) {
    if (!(e instanceof FileRejected)) throw e;
    return [e.problem.code, e.problem.where.line];
  }
}

describe('csvBatches', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, and gives each record its first line', async () => {
    const { rows, lines } = await read('id;text\n1;"a;b"\n\n2;"say ""hi""\nthere"\n3;x\n');
    expect(rows).toEqual([
      ['id', 'text'],
      ['1', 'a;b'],
      ['2', 'say "hi"\nthere'],
      ['3', 'x'],
    ]);
    // line 3 is empty; record 2 spans lines 4-5
    expect(lines).toEqual([1, 2, 4, 6]);
  });

  it('detects the delimiter from the first records, honouring quotes', async () => {
    expect((await read('a|b\n"x,y,z"|2\n')).rows).toEqual([
      ['a', 'b'],
      ['x,y,z', '2'],
    ]);
    expect((await read('a\tb\n1\t2\n')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    // Danish Excel: ; between fields, decimal commas inside them
    expect((await read('id;hours;note\n1;3,5;x\n2;4;y,z\n')).rows[1]).toEqual(['1', '3,5', 'x']);
  });

  it('keeps a stray quote inside an unquoted field', async () => {
    expect((await read('id,name\n1,5" monitor\n')).rows[1]).toEqual(['1', '5" monitor']);
  });

  it('reads a quoted field followed by text as written (relaxed quotes)', async () => {
    const { rows, skipped } = await read('id,name\n1,"bad"x\n2,ok\n');
    expect(rows).toEqual([
      ['id', 'name'],
      ['1', '"bad"x'],
      ['2', 'ok'],
    ]);
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

  it("names the line an unclosed quote's record starts on, also after empty lines (it said line 3)", async () => {
    // line 1 header, 2 the first row, 3-4 empty, 5 the row whose quote never closes
    expect(await refusal('id,name\n1,a\n\n\n2,"open\n')).toEqual(['tickets.unclosed-quote', 5]);
  });

  it('refuses a row of 100,001 cells wherever the chunks end (one that ended inside a chunk was read)', async () => {
    for (const size of [7, 1 << 16]) expect(await refusal(`id,x\n${'a,'.repeat(100_000)}a\n`, size)).toEqual(['tickets.too-many-cells', 2]);
  });

  it("tells on the last batch how the file ended: the final line end, the last record's line", async () => {
    expect((await read('id,name\n1,a\n\n2,b\n\n')).end).toEqual({ insideQuotes: false, finalLineEnd: true, lastLine: 4 });
    // cut off mid-write: no final line end
    expect((await read('id,name\r\n1,a\r\n2,b')).end).toEqual({ insideQuotes: false, finalLineEnd: false, lastLine: 3 });
    // a quoted line break does not end the record; its line is where it starts
    expect((await read('id,name\n1,"a\nb"\n')).end).toEqual({ insideQuotes: false, finalLineEnd: true, lastLine: 2 });
  });

  it('hands on the rows before a quote that never closes, then refuses the file; the last batch says it ended inside quotes', async () => {
    const rows: string[][] = [];
    let end: CsvEnd | undefined;
    let code: string | undefined;
    try {
      for await (const batch of csvBatches('t.csv', chunks('id,name\n1,a\n2,"cut off\nmid-'), undefined, () => undefined)) {
        rows.push(...batch.rows);
        end = batch.end ?? end;
      }
    } catch (e) {
      if (e instanceof FileRejected) code = e.problem.code;
    }
    expect(rows).toEqual([
      ['id', 'name'],
      ['1', 'a'],
    ]);
    expect(end).toEqual({ insideQuotes: true, finalLineEnd: false, lastLine: 3 });
    expect(code).toBe('tickets.unclosed-quote');
  });
});
