import { describe, expect, it } from 'vitest';
import { formatXlsx } from '../../../src/formats/xlsx/format-xlsx.js';
import type { SheetCell, Workbook } from '../../../src/formats/xlsx/workbook.js';
import { partText } from './read-xlsx.js';

const ZONE = 'Europe/Copenhagen';

/** A sheet of `count` rows made as they are read, counting how many have been read. */
function counted(count: number): { workbook: Workbook; read: () => number } {
  let read = 0;
  function* rows(): Generator<SheetCell[]> {
    for (let i = 0; i < count; i++) {
      read++;
      yield [`T-${i}`, i, Date.UTC(2026, 9, 1) + i * 60_000];
    }
  }
  const columns = [
    { header: 'ticket', type: { kind: 'text' } },
    { header: 'n', type: { kind: 'integer' } },
    { header: 'due', type: { kind: 'date-time', zone: ZONE } },
  ] as const;
  return { workbook: { sheets: [{ name: 'records', columns, rows: rows() }] }, read: () => read };
}

describe('formatXlsx streams', () => {
  it('200,000 rows: bytes reach the sink while rows are still being read, in many small chunks', async () => {
    const total = 200_000;
    const { workbook, read } = counted(total);
    const chunks: Uint8Array[] = [];
    const readAtChunk: number[] = [];
    await formatXlsx(workbook, (chunk) => {
      chunks.push(chunk);
      readAtChunk.push(read());
    });
    // The sheet is written as its rows come: a tenth of the rows read, compressed bytes have gone out already.
    expect(readAtChunk.some((n) => n > 0 && n < total / 10)).toBe(true);
    expect(chunks.length).toBeGreaterThan(50);
    // No chunk holds the sheet: each is at most a deflate block's worth (fflate's are under 1 MiB).
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1 << 20);
    const xml = partText(Buffer.concat(chunks), 'xl/worksheets/sheet1.xml');
    expect(xml.match(/<row /g)).toHaveLength(total + 1);
    expect(xml).toContain(`<autoFilter ref="A1:C${total + 1}"/>`);
  });

  it('waits for a sink that asks it to, and writes nothing meanwhile', async () => {
    const { workbook } = counted(20_000);
    let waiting = false;
    let calls = 0;
    await formatXlsx(workbook, () => {
      expect(waiting).toBe(false);
      calls++;
      waiting = true;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          waiting = false;
          resolve();
        }),
      );
    });
    expect(calls).toBeGreaterThan(10);
  });

  it('stops at a sink that fails', async () => {
    const { workbook, read } = counted(200_000);
    let calls = 0;
    const failing = formatXlsx(workbook, () => {
      if (++calls === 5) return Promise.reject(new Error('no space left on device'));
    });
    await expect(failing).rejects.toThrow('no space left on device');
    expect(read()).toBeLessThan(200_000);
  });
});
