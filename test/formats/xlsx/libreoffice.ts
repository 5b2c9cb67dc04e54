import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice (the Debian package libreoffice-calc-nogui; .ci/run installs
 * it when missing) opens an XLSX file and saves each sheet as csv, cells as
 * shown: what a person sees in the spreadsheet. A profile of its own, so a
 * LibreOffice open elsewhere on the machine does not take the conversion.
 */
const SOFFICE = process.env.SLACHECK_SOFFICE ?? '/usr/bin/soffice';
/** Comma, double quote, UTF-8, from line 1, …, cells as shown, every sheet (-1). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Each sheet's csv text, by sheet name. */
export function sheetsAsShown(bytes: Uint8Array): Record<string, string> {
  if (!existsSync(SOFFICE)) {
    throw new Error(
      `LibreOffice is not installed at ${SOFFICE}: install the Debian package with "apt-get install -y libreoffice-calc-nogui" (or set SLACHECK_SOFFICE to its path); .ci/run does this on a fresh machine`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'slacheck-soffice-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', join(dir, 'out'), join(dir, 'book.xlsx')],
      {
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    const sheets: Record<string, string> = {};
    const out = join(dir, 'out');
    for (const file of existsSync(out) ? readdirSync(out) : [])
      sheets[file.replace(/^book-|\.csv$/g, '')] = readFileSync(join(out, file), 'utf8');
    if (Object.keys(sheets).length === 0) throw new Error(`LibreOffice wrote no csv (exit ${run.status}): ${run.stderr}${run.stdout}`);
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
