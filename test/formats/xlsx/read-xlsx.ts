import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { formatXlsx, type XlsxOptions } from '../../../src/formats/xlsx/format-xlsx.js';
import type { SheetColumn, Workbook } from '../../../src/formats/xlsx/workbook.js';

/**
 * Test helpers: the writer's bytes, read back with SheetJS (an independent
 * reader, a dev dependency) or, for what SheetJS does not report (the frozen
 * pane), as the sheet's XML.
 */
export async function xlsxBytes(workbook: Workbook, options: XlsxOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await formatXlsx(workbook, (chunk) => void chunks.push(chunk), options);
  return Buffer.concat(chunks);
}

export function readBack(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { cellNF: true, cellStyles: true });
}

/** A part of the package as text. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (part === undefined) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** The local wall-clock time an Excel serial stands for, as `yyyy-mm-dd hh:mm:ss.mmm` (serial 25569 is 1970-01-01). */
export function serialText(serial: number): string {
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().replace('T', ' ').replace('Z', '');
}

/** A column of each kind, dates in `zone`. */
export function everyKind(zone: string): SheetColumn[] {
  return [
    { header: 'ticket', type: { kind: 'text' } },
    { header: 'count', type: { kind: 'integer' } },
    { header: 'elapsed_minutes', type: { kind: 'minutes' } },
    { header: 'attainment_percent', type: { kind: 'percent' } },
    { header: 'due', type: { kind: 'date-time', zone } },
    { header: 'due_offset', type: { kind: 'utc-offset', zone } },
    { header: 'goal_met', type: { kind: 'boolean' } },
    { header: 'difference', type: { kind: 'number' } },
  ];
}

export { XLSX };
