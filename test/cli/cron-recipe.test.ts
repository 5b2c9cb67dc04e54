import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENTS, exportTakenAt, SLA, TICKETS, wholeTickets } from './example-io.js';

/**
 * Issue 22: the cron recipe of docs/recipes.md, run as a cron job runs it: with sh, the
 * built slacheck on PATH and a fake `mail` that keeps what it was given. The
 * script is the page's, word for word, but for its folder (/srv/sla). A
 * truncated or stale export must end in a mail, not in a quiet month.
 */
function recipe(): string {
  const readme = readFileSync('docs/recipes.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## A monthly cron job'));
  const start = section.indexOf('```sh\n') + '```sh\n'.length;
  return section.slice(start, section.indexOf('```\n', start));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slacheck-cron-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Mail = { subject: string; to: string; body: string };

/** Runs monthly.sh as of the first of January 2027, 06:00 (December's report), on `tickets` as exports/tickets.csv. */
function runRecipe(tickets: string | Buffer): { status: number | null; stderr: string; mails: Mail[]; reports: string[] } {
  const srv = join(dir, 'srv');
  const bin = join(dir, 'bin');
  for (const folder of [join(srv, 'exports'), join(srv, 'reports'), bin]) mkdirSync(folder, { recursive: true });
  writeFileSync(join(srv, 'sla.yaml'), readFileSync(SLA));
  writeFileSync(join(srv, 'exports', 'tickets.csv'), tickets);
  writeFileSync(join(srv, 'exports', 'history.csv'), readFileSync(EVENTS));
  writeFileSync(join(bin, 'slacheck'), `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/slacheck.js')}" "$@"\n`);
  // mail -s SUBJECT TO < BODY: one file per mail, the subject and address on its first line.
  writeFileSync(
    join(bin, 'mail'),
    `#!/bin/sh\nn=$(ls "${dir}"/mail-* 2>/dev/null | wc -l)\n{ printf '%s\\t%s\\n' "$2" "$3"; cat; } > "${dir}/mail-$n"\n`,
  );
  for (const tool of ['slacheck', 'mail']) chmodSync(join(bin, tool), 0o755);
  const script = join(dir, 'monthly.sh');
  writeFileSync(script, recipe().replaceAll('/srv/sla', srv));
  const run = spawnSync('sh', [script, '2027-01-01T06:00'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' },
  });
  const mails = readdirSync(dir)
    .filter((f) => f.startsWith('mail-'))
    .sort()
    .map((f) => {
      const [head, ...body] = readFileSync(join(dir, f), 'utf8').split('\n');
      const [subject, to] = head!.split('\t');
      return { subject: subject!, to: to!, body: body.join('\n') };
    });
  return { status: run.status, stderr: run.stderr, mails, reports: readdirSync(join(srv, 'reports')) };
}

describe("the recipes' monthly cron job", () => {
  it('uses {period}, mails on exit 2 as on 1, and shows --as-of for a rerun', () => {
    const script = recipe();
    expect(script).toContain("--output 'reports/sla-{period}.json'");
    expect(script).not.toContain("date -d 'last month'");
    expect(script).toContain('--as-of "$as_of"');
    expect(script).toContain('--strict');
  });

  it('on the bundled example: its four rows kept to show rejections stop a --strict run; the mail says which', () => {
    const { status, mails, reports } = runRecipe(readFileSync(TICKETS));
    expect(status).toBe(2);
    expect(reports).toEqual([]);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('SLA report failed (exit 2)');
    expect(mails[0]!.to).toBe('service@example.dk');
    expect(mails[0]!.body).toContain('slacheck: exports/tickets.csv:20: row 19, column "Sags-ID": no ticket id');
  });

  it("on the example without those rows: December's report in reports/sla-2026-12.json, a mail with the Markdown when a goal is missed, and the same report again when rerun with the same as-of", () => {
    const { status, mails, reports } = runRecipe(wholeTickets());
    expect(status).toBe(1);
    expect(reports).toEqual(['sla-2026-12.json']);
    expect(mails.map((m) => m.subject)).toEqual(['SLA report: goals missed']);
    expect(mails[0]!.body).toContain('2026-12');
    expect(mails[0]!.body).toMatch(/\| no \|/);
    const first = readFileSync(join(dir, 'srv', 'reports', 'sla-2026-12.json'), 'utf8');
    expect(runRecipe(wholeTickets()).status).toBe(1);
    expect(readFileSync(join(dir, 'srv', 'reports', 'sla-2026-12.json'), 'utf8')).toBe(first);
  });

  it('on a truncated export: exit 2, no report, a mail that says the file looks truncated', () => {
    const whole = Buffer.from(wholeTickets());
    const { status, mails, reports } = runRecipe(whole.subarray(0, 10_000));
    expect(status).toBe(2);
    expect(reports).toEqual([]);
    expect(mails.map((m) => m.subject)).toEqual(['SLA report failed (exit 2)']);
    expect(mails[0]!.body).toContain('the file looks truncated');
  });

  it('on a stale export (taken on 20 December): exit 2, no report, a mail that says it looks stale', () => {
    const { status, mails, reports } = runRecipe(exportTakenAt(wholeTickets(), '2026-12-20 23:59'));
    expect(status).toBe(2);
    expect(reports).toEqual([]);
    expect(mails.map((m) => m.subject)).toEqual(['SLA report failed (exit 2)']);
    expect(mails[0]!.body).toContain('the export looks stale or cut off');
    expect(existsSync(join(dir, 'srv', 'reports', 'sla-2026-12.json'))).toBe(false);
  });
});
