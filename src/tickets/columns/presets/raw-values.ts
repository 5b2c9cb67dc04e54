import { problem, type Problem } from '../../../problem.js';
import { csvBatches } from '../../read/csv-rows.js';
import { parseEncoding, utf8Chunks } from '../../read/decode.js';
import { parseDelimiter } from '../../read/sniff-delimiter.js';
import type { Source } from '../../types.js';
import { peekRecords, type PeekedRecords, type PresetRequest } from './choose.js';
import { presetNamed } from './index.js';
import type { Preset, RawValues } from './preset.js';

/**
 * A raw-value export (ServiceNow's `sysparm_display_value=false`)
 * writes its times in a fixed zone (UTC), not the exporting user's: read in
 * the agreement's zone, every instant moves by the offset, without a word.
 * The preset knows what such a file's cells look like (Preset.rawValues);
 * the first rows of each ticket file (its first 64 kB) show which form it is.
 *
 * - Every file raw, no zone set (`--input-timezone`, `input.timezone`): the
 *   times are read in the raw export's zone, with a notice naming the rule.
 * - Every file raw and another zone set: refused (exit 2), with the fix; the
 *   setting is for display-value exports and would misread every time.
 * - Raw and display-value files in one run: refused, as one zone cannot
 *   read both.
 * - Cells of both forms in one file: a notice; the times are read in the
 *   zone set (or the agreement's), as for a display-value export.
 *
 * Called once the preset is settled (after withChosenPreset); the files read
 * are replayed to the import, as the preset choice does.
 */
export async function withRawValueZone<R extends PresetRequest>(request: R): Promise<{ request: R; notices: Problem[] }> {
  const preset = presetNamed(request.options?.preset ?? request.sla.input.preset ?? 'generic');
  const raw = preset?.rawValues;
  if (preset === undefined || raw === undefined || request.tickets.length === 0) return { request, notices: [] };
  const encoding = parseEncoding(request.options?.encoding ?? request.sla.input.encoding, 'input.encoding');
  const delimiter = parseDelimiter(request.options?.delimiter ?? request.sla.input.delimiter);
  // A bad setting is the import's to report.
  if (typeof encoding === 'object' || typeof delimiter === 'object') return { request, notices: [] };
  const tickets: Source[] = [];
  const forms: FileForm[] = [];
  const mapped = { ...request.sla.input.columns, ...request.options?.map };
  for (const given of request.tickets) {
    const { records, source } = await peekRecords(given, (chunks) =>
      csvBatches(
        given.name,
        utf8Chunks(given.name, chunks, encoding, () => undefined),
        delimiter,
        () => undefined,
      ),
    );
    tickets.push(source);
    forms.push({ file: given.name, ...rawForm(records ?? { rows: [], lines: [] }, preset, mapped) });
  }
  const peeked = { ...request, tickets };
  const zone = request.options?.timezone ?? request.sla.input.timezone;
  const setting = request.options?.timezone !== undefined ? '--input-timezone' : 'input.timezone';
  return decide(forms, raw, zone, setting, peeked);
}

/** What the first rows of one file show: cells in the raw form and cells in the display form (the first of each column, for messages). */
type FileForm = { file: string; raw: Cell[]; display: Cell[] };
type Cell = { column: string; value: string; line: number };

/** Data rows looked at: enough to see the columns filled, few enough to stay inside the peek. */
const ROWS = 50;

/** The cells of the fields Preset.rawValues names, in a file's first rows (the header first), sorted into raw and display form. */
export function rawForm(records: PeekedRecords, preset: Preset, mapped: Readonly<Record<string, string>>): Omit<FileForm, 'file'> {
  const raw = preset.rawValues!;
  const [header, ...rows] = records.rows;
  const found: Omit<FileForm, 'file'> = { raw: [], display: [] };
  if (header === undefined) return found;
  const names = header.map((h) => h.trim().toLowerCase());
  // The column the import reads the field from: the user's mapping, else the preset's names in order.
  const columnOf = (field: string): number => {
    for (const name of mapped[field] === undefined ? (preset.columns[field] ?? []) : [mapped[field]!]) {
      const k = names.indexOf(name.trim().toLowerCase());
      if (k >= 0) return k;
    }
    return -1;
  };
  const recordId = new RegExp(`^(?:${raw.recordId})$`);
  const checks = [
    ...Object.entries(raw.codes).map(([field, codes]) => ({ column: columnOf(field), isRaw: (v: string) => codes.includes(v) })),
    ...raw.references.map((field) => ({ column: columnOf(field), isRaw: (v: string) => recordId.test(v) })),
  ].filter((c) => c.column >= 0);
  rows.slice(0, ROWS).forEach((row, r) => {
    for (const { column, isRaw } of checks) {
      const value = row[column]?.trim() ?? '';
      if (value === '') continue;
      const into = isRaw(value) ? found.raw : found.display;
      if (!into.some((c) => c.column === header[column])) into.push({ column: header[column]!, value, line: records.lines[r + 1]! });
    }
  });
  return found;
}

function decide<R extends PresetRequest>(
  forms: readonly FileForm[],
  raw: RawValues,
  zone: string | undefined,
  setting: string,
  request: R,
): { request: R; notices: Problem[] } {
  const rawFiles = forms.filter((f) => f.raw.length > 0 && f.display.length === 0);
  const mixed = forms.filter((f) => f.raw.length > 0 && f.display.length > 0);
  const notices = mixed.map((f) => mixedCells(f, raw, zone));
  if (rawFiles.length === 0) return { request, notices };
  const displayFiles = forms.filter((f) => f.raw.length === 0 && f.display.length > 0);
  if (displayFiles.length > 0) return { request, notices: [...notices, mixedFiles(rawFiles[0]!, displayFiles[0]!, raw)] };
  if (zone !== undefined && !sameZone(zone, raw.zone))
    return { request, notices: [...notices, zoneConflict(rawFiles[0]!, raw, zone, setting)] };
  if (zone !== undefined) return { request, notices };
  return { request: { ...request, options: { ...request.options, timezone: raw.zone } }, notices: [...notices, readInZone(rawFiles, raw)] };
}

function sameZone(a: string, b: string): boolean {
  const utc = ['utc', 'etc/utc', 'etc/uct', 'uct', 'etc/universal', 'universal', 'zulu', 'etc/zulu', 'gmt', 'etc/gmt'];
  return a.toLowerCase() === b.toLowerCase() || (utc.includes(a.toLowerCase()) && utc.includes(b.toLowerCase()));
}

/** `state "6", priority "2", record id 8a5055c9… in assignment_group`. */
function evidence(cells: readonly Cell[], raw: RawValues): string {
  const recordId = new RegExp(`^(?:${raw.recordId})$`);
  return cells
    .slice(0, 3)
    .map((c) => (recordId.test(c.value) ? `record id ${c.value.slice(0, 8)}… in ${c.column}` : `${c.column} "${c.value}"`))
    .join(', ');
}

function readInZone(files: readonly FileForm[], raw: RawValues): Problem {
  const first = files[0]!;
  const more = files.length > 1 ? ` (and ${files.length - 1} more ${files.length === 2 ? 'file' : 'files'})` : '';
  return problem(
    'tickets.raw-values',
    'warning',
    `a ${raw.name}${more}: ${evidence(first.raw, raw)}; its times are read as ${raw.zone}, the zone such an export writes them in`,
    { file: first.file, line: first.raw[0]!.line },
    `references are record ids, not names: a policy's when: on them matches no name; ${raw.displayHint}`,
  );
}

function zoneConflict(file: FileForm, raw: RawValues, zone: string, setting: string): Problem {
  return problem(
    'tickets.raw-values-zone',
    'error',
    `this is a ${raw.name} (${evidence(file.raw, raw)}), whose times are in ${raw.zone}, but ${setting} says ${zone}: every time would be read in the wrong zone`,
    { file: file.file, line: file.raw[0]!.line },
    `pass --input-timezone ${raw.zone} (or drop ${setting}) to read this export, or ${raw.displayHint}`,
  );
}

function mixedFiles(rawFile: FileForm, displayFile: FileForm, raw: RawValues): Problem {
  return problem(
    'tickets.raw-values-mixed',
    'error',
    `${rawFile.file} is a ${raw.name} (${evidence(rawFile.raw, raw)}, times in ${raw.zone}) and ${displayFile.file} is not (${evidence(displayFile.display, raw)}, times in the exporting user's zone): one run cannot read both`,
    { file: rawFile.file, line: rawFile.raw[0]!.line },
    `export every file the same way, or read them in separate runs; ${raw.displayHint}`,
  );
}

function mixedCells(file: FileForm, raw: RawValues, zone: string | undefined): Problem {
  return problem(
    'tickets.raw-values-unclear',
    'warning',
    `some cells look like a ${raw.name} (${evidence(file.raw, raw)}) and some do not (${evidence(file.display, raw)}): the times are read as a display-value export's, in ${zone ?? "the agreement's zone"}`,
    { file: file.file, line: file.raw[0]!.line },
    `check how the file was exported; ${raw.displayHint}`,
  );
}
