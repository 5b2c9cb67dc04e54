import { cellWriter, SpreadsheetLimit } from './cell-xml.js';
import { columnWidths, WIDTH_ROWS } from './column-widths.js';
import {
  APP_XML,
  contentTypesXml,
  coreXml,
  ROOT_RELS_XML,
  sheetPart,
  workbookRelsXml,
  workbookXml,
  type WrittenSheet,
} from './package-xml.js';
import { sheetNamer } from './sheet-names.js';
import { columnLetters, filterRange, rowXml, sheetHead, sheetTail } from './sheet-xml.js';
import { STYLES_XML } from './styles-xml.js';
import type { ByteSink, Sheet, SheetCell, Workbook } from './workbook.js';
import { zipStream, type ZipStream } from './zip-stream.js';

/** Excel's rows and columns per sheet. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** `maxRowsPerSheet`: Excel's limit unless a test asks for a smaller one. */
export type XlsxOptions = { maxRowsPerSheet?: number };

/**
 * A workbook as an XLSX file (SpreadsheetML in a zip), streamed to the sink:
 * each sheet is written row by row as its rows are read, deflated as it
 * goes, so memory holds a few rows and a piece of compressed output, never
 * the sheet. One Excel sheet per sheet of the model, its header row frozen
 * and filtered. A sheet with more rows than Excel holds (1,048,575 under the
 * header) goes on in a sheet of the same name with ` (2)`, ` (3)`, … and the
 * same header, so that no row is lost.
 *
 * Pure: no file, no clock. The same workbook gives the same bytes (fixed
 * zip times and document properties, no ids from anywhere but the input).
 * The parts that list the sheets come after them, because a sheet that goes
 * on is known only at its end; readers take the parts of a zip in any order.
 */
export async function formatXlsx(workbook: Workbook, sink: ByteSink, options: XlsxOptions = {}): Promise<void> {
  if (workbook.sheets.length === 0) throw new Error('xlsx: a workbook has at least one sheet');
  const maxRows = options.maxRowsPerSheet ?? EXCEL_ROWS;
  if (!(maxRows >= 2 && maxRows <= EXCEL_ROWS))
    throw new Error(`xlsx: ${maxRows} rows a sheet leaves no room for a row under the header, or more than Excel holds`);
  const zip = zipStream(sink);
  await zip.part('_rels/.rels', [ROOT_RELS_XML]);
  await zip.part('docProps/core.xml', [coreXml(workbook.title)]);
  await zip.part('docProps/app.xml', [APP_XML]);
  await zip.part('xl/styles.xml', [STYLES_XML]);
  const written: WrittenSheet[] = [];
  const nameOf = sheetNamer();
  for (const sheet of workbook.sheets) await writeSheet(zip, sheet, { nameOf, written, maxRows });
  await zip.part('[Content_Types].xml', [contentTypesXml(written)]);
  await zip.part('xl/_rels/workbook.xml.rels', [workbookRelsXml(written)]);
  await zip.part('xl/workbook.xml', [workbookXml(written)]);
  await zip.end();
}

type Book = { nameOf: (wanted: string) => string; written: WrittenSheet[]; maxRows: number };

/** One sheet of the model: one Excel sheet, or more when its rows do not fit in one. */
async function writeSheet(zip: ZipStream, sheet: Sheet, book: Book): Promise<void> {
  const width = sheet.columns.length;
  if (width > EXCEL_COLUMNS) throw new SpreadsheetLimit(`sheet "${sheet.name}" has ${width} columns; Excel holds at most ${EXCEL_COLUMNS}`);
  const writers = sheet.columns.map((c) => cellWriter(c.type));
  const letters = sheet.columns.map((_, i) => columnLetters(i));
  const headers = sheet.columns.map((c) => c.header);
  const rows = (async function* () {
    yield* sheet.rows;
  })();
  // Read ahead: the first rows give the column widths, and one row tells whether a full sheet goes on.
  const ahead: (readonly SheetCell[])[] = [];
  const fill = async (count: number) => {
    while (ahead.length < count) {
      const next = await rows.next();
      if (next.done === true) return;
      if (next.value.length !== width)
        throw new Error(`xlsx: a row of sheet "${sheet.name}" has ${next.value.length} cells for ${width} columns`);
      ahead.push(next.value);
    }
  };
  await fill(WIDTH_ROWS);
  const widths = columnWidths(sheet.columns, writers, ahead);
  do {
    const index = book.written.length;
    const name = book.nameOf(sheet.name);
    let last = 1;
    const pieces = async function* (): AsyncGenerator<string> {
      yield sheetHead(headers, widths, index === 0);
      while (last < book.maxRows) {
        await fill(1);
        const row = ahead.shift();
        if (row === undefined) break;
        last++;
        yield rowXml(last, row, writers, letters);
      }
      yield sheetTail(filterRange(width, last));
    };
    await zip.part(sheetPart(index), pieces());
    book.written.push({ name, part: sheetPart(index), filter: filterRange(width, last) });
    await fill(1);
  } while (ahead.length > 0);
}
