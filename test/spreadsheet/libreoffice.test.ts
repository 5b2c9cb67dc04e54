import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERVAL_COLUMNS, KPI_COLUMNS, RECORD_COLUMNS, SEGMENT_COLUMNS, type ColumnType } from '../../src/report/rows.js';
import { runExample } from '../cli/example-io.js';

/**
 * Issue 22: the csv a spreadsheet gets, opened in LibreOffice Calc (the
 * Debian package; .ci/run installs libreoffice-calc-nogui when `soffice` is
 * missing) in an English and a Danish locale. Each file is converted to flat
 * ODS (.fods), whose XML names every cell's type (`office:value-type`), and
 * each column's cells are checked against the type the column holds:
 * timestamps are dates (at the wall-clock time written), offsets text,
 * numbers floats, flags booleans. One soffice start per locale, with a fresh
 * profile; the locale is the process's (LC_ALL), as when a user opens a file.
 */
const SOFFICE = process.env.SLACHECK_SOFFICE ?? '/usr/bin/soffice';

type Sheet = { header: string[]; rows: Cell[][] };
type Cell = { type: string | undefined; text: string; date?: string };

const work = mkdtempSync(join(tmpdir(), 'slacheck-calc-'));
const sheets = new Map<string, Sheet>();
const written = new Map<string, string>();

/** What the example writes, per locale: the dialect, and the commands whose csv is opened. */
const RUNS = [
  { name: 'check', command: 'check', args: ['--month', '2026-12', '--all'] },
  { name: 'report', command: 'report', args: ['--month', '2026-10'] },
  { name: 'timeline', command: 'explain', args: ['NL-1005', '--table', 'timeline'] },
  { name: 'intervals', command: 'explain', args: ['NL-1171', '--table', 'intervals'] },
];
const LOCALES = [
  { locale: 'en_US.UTF-8', dialect: 'excel', separator: 44 },
  { locale: 'da_DK.UTF-8', dialect: 'excel-da', separator: 59 },
];

beforeAll(async () => {
  if (!existsSync(SOFFICE)) {
    throw new Error(
      `LibreOffice is not installed at ${SOFFICE}: install the Debian package with "apt-get install -y libreoffice-calc-nogui" (or set SLACHECK_SOFFICE to soffice's path); .ci/run does this on a fresh machine`,
    );
  }
  for (const { locale, dialect, separator } of LOCALES) {
    const files: string[] = [];
    const extra =
      dialect === 'excel' ? [{ name: 'check-plain', command: 'check', args: ['--month', '2026-12', '--all'], dialect: 'rfc4180' }] : [];
    for (const run of [...RUNS.map((r) => ({ ...r, dialect })), ...extra]) {
      const { code, out } = await runExample(run.command, [...run.args, '--format', 'csv', '--csv-dialect', run.dialect]);
      expect(code).toBe(0);
      const file = join(work, `${run.name}.${dialect}.csv`);
      writeFileSync(file, out);
      written.set(`${run.name}.${dialect}`, out);
      files.push(file);
    }
    // CSV filter options: separator, quote ("), UTF-8 (76), from line 1; no language token, so the locale's rules apply.
    const result = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, `profile-${dialect}`)).href}`,
        '--headless',
        `--infilter=CSV:${separator},34,76,1`,
        '--convert-to',
        'fods',
        '--outdir',
        join(work, dialect),
        ...files,
      ],
      { env: { ...process.env, LC_ALL: locale, LANG: locale, LANGUAGE: '' }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    for (const run of [...RUNS, ...extra]) {
      const fods = join(work, dialect, `${run.name}.${dialect}.fods`);
      sheets.set(`${run.name}.${dialect}`, readSheet(readFileSync(fods, 'utf8')));
    }
  }
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const COLUMN_TYPES = new Map<string, ColumnType>(
  [...RECORD_COLUMNS, ...KPI_COLUMNS, ...SEGMENT_COLUMNS, ...INTERVAL_COLUMNS].map((c) => [c.key, c.type]),
);

/** The type LibreOffice gives a non-empty cell of a column of this type. */
function calcType(key: string): string {
  if (key.endsWith('_offset')) return 'string';
  const type = COLUMN_TYPES.get(key);
  if (type === undefined) return 'string';
  if (type === 'instant') return 'date';
  if (type === 'flag') return 'boolean';
  return type === 'text' ? 'string' : 'float';
}

describe.each(LOCALES)('LibreOffice in $locale opens --csv-dialect $dialect', ({ dialect }) => {
  it.each(RUNS.map((r) => r.name))("%s: every cell has its column's type", (name) => {
    const sheet = sheets.get(`${name}.${dialect}`)!;
    expect(sheet.rows.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const [c, key] of sheet.header.entries()) {
      const want = calcType(key);
      for (const [r, row] of sheet.rows.entries()) {
        const cell = row[c];
        if (cell === undefined || cell.type === undefined) continue; // an empty cell
        if (cell.type !== want) wrong.push(`${key} row ${r + 1}: "${cell.text}" is ${cell.type}, not ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads each timestamp as the wall-clock time written, and keeps its offset beside it', () => {
    const sheet = sheets.get(`check.${dialect}`)!;
    const csv = written
      .get(`check.${dialect}`)!
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const delimiter = dialect === 'excel-da' ? ';' : ',';
    const header = csv[0]!.split(delimiter);
    expect(header.slice(5, 11)).toEqual(['start', 'start_offset', 'stop', 'stop_offset', 'due', 'due_offset']);
    const due = header.indexOf('due');
    const first = csv[1]!.split(delimiter);
    // The spreadsheet's date value is the text written: no day/month swap, no shift by the machine's zone.
    expect(sheet.rows[0]![due]!.date).toBe(first[due]!.replace(' ', 'T'));
    expect(first[due + 1]).toMatch(/^UTC\+0[12]:00$/);
    expect(sheet.rows[0]![due + 1]!.type).toBe('string');
    // Every column of a record is there, in the json's order, with offsets after the timestamps.
    expect(sheet.header.filter((k) => !k.endsWith('_offset'))).toEqual(
      RECORD_COLUMNS.map((c) => c.key).filter((k) => sheet.header.includes(k)),
    );
  });

  it('reads the flags as booleans', () => {
    const sheet = sheets.get(`report.${dialect}`)!;
    const c = sheet.header.indexOf('goal_met');
    const values = new Set(sheet.rows.map((row) => `${row[c]!.type}:${row[c]!.text}`));
    expect(values).toEqual(
      dialect === 'excel-da' ? new Set(['boolean:FALSK', 'boolean:SAND']) : new Set(['boolean:FALSE', 'boolean:TRUE']),
    );
  });
});

it('plain csv keeps ISO 8601 with the offset, which a spreadsheet reads as text', () => {
  const sheet = sheets.get('check-plain.excel')!;
  const due = sheet.header.indexOf('due');
  expect(sheet.header).not.toContain('due_offset');
  expect(new Set(sheet.rows.map((row) => row[due]!.type))).toEqual(new Set(['string']));
  expect(sheet.rows[0]![due]!.text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
});

/** The first sheet of a flat ODS file: its header row's texts and its body cells with their types. */
function readSheet(xml: string): Sheet {
  const body = xml.slice(xml.indexOf('<office:body>'));
  const rows: Cell[][] = [];
  for (const row of body.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const m of row[1]!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attributes = m[1]!;
      const type = /office:value-type="([^"]+)"/.exec(attributes)?.[1];
      const date = /office:date-value="([^"]+)"/.exec(attributes)?.[1];
      const text = unescape((m[2] ?? '').replace(/<[^>]+>/g, '').trim());
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
      for (let k = 0; k < repeated; k++) cells.push(date === undefined ? { type, text } : { type, text, date });
    }
    rows.push(cells);
  }
  const [header, ...rest] = rows;
  return { header: (header ?? []).map((c) => c.text), rows: rest };
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
