import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';
import { EVENTS, exampleIo, SLA, TICKETS } from './example-io.js';

/**
 * Issue 22: a short row, or an export cut off midway, became a clean report
 * (every goal met, exit 0) without a word, also under --strict.
 */
const SMALL_SLA = [
  'sla: 1',
  'name: x',
  'timezone: Europe/Copenhagen',
  'calendars:',
  '  office:',
  '    hours: { mon-fri: ["08:00-16:00"] }',
  'metrics:',
  '  response: { start: created, stop: first_response }',
  'policies:',
  '  - { name: All, calendar: office, targets: { response: 1h } }',
  '',
].join('\n');

// Ticket 2 was answered at 09:10, 50 minutes after 08:20; its row lost that cell.
const SHORT_ROW =
  'id,created,title,first_response\n1,2026-03-16 08:00,Printer,2026-03-16 08:30\n2,2026-03-16 08:20,Mail\n3,2026-03-16 15:00,VPN,2026-03-16 15:30\n';

describe('a short row (fewer cells than the header)', () => {
  const check = (...args: string[]) =>
    runCli(
      ['check', '--sla', 'sla.yaml', 't.csv', '--all', '--as-of', '2026-03-17', ...args],
      fakeIo({ files: { 'sla.yaml': SMALL_SLA, 't.csv': SHORT_ROW } }),
    );

  it('is read with the missing cell empty, which flips the verdict, so it is named with file and line', async () => {
    const { code, out, err } = await check('--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      records: { ticket: string; status: string; elapsed_minutes: number }[];
      warnings: { code: string; file: string; line: number }[];
    };
    // No stop: the clock runs from Mon 08:20 to the day's end at 16:00, 460 business minutes, not 50.
    expect(doc.records.find((r) => r.ticket === '2')).toMatchObject({ status: 'overdue', elapsed_minutes: 460 });
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: 'tickets.short-row', file: 't.csv', line: 3 }));
    expect(err).toContain(
      'slacheck: t.csv:3: warning: row 2: 3 cells, but the header has 4: "first_response" is missing and read as empty\n',
    );
  });

  it('is an error under --strict (exit 2)', async () => {
    const { code, out, err } = await check('--strict');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('slacheck: t.csv:3: row 2: 3 cells, but the header has 4: "first_response" is missing and read as empty\n');
  });
});

describe('an export cut off midway (head -c)', () => {
  // The bundled example cut after 6,000 of its 13,980 bytes: the header, 47 rows and two cells of the 48th (line 49).
  const cut = readFileSync(TICKETS).subarray(0, 6000);
  const run = (...args: string[]) => {
    const io = exampleIo();
    io.files.set('cut.csv', cut);
    return runCli(['report', '--sla', SLA, 'cut.csv', '--events', EVENTS, '--month', '2026-10', '--as-of', '2026-10-10', ...args], io);
  };

  it('gets a warning that the file looks truncated, naming its last line', async () => {
    const { code, err } = await run();
    expect(code).toBe(0);
    expect(err).toContain(
      "slacheck: cut.csv:49: warning: the file looks truncated: its last row (line 49) has 2 of the header's 9 cells, and it ends without a line end; the rows are read as they are\n",
    );
  });

  it('is exit 2 under --strict, with no report', async () => {
    const { code, out, err } = await run('--strict');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('slacheck: cut.csv:49: the file looks truncated');
  });

  it('cut inside its last cell, every cell there: still named', async () => {
    const text = readFileSync(TICKETS, 'utf8');
    // Line 30 ends "…;31-03-2026 09:24": cut to "…;31-03-2026 0".
    const end = text.split('\n').slice(0, 30).join('\n').length - 4;
    const { err } = await runCli(
      ['report', '--sla', SLA, 'cut.csv', '--events', EVENTS, '--as-of', '2026-04-01'],
      exampleIo({ files: { 'cut.csv': text.slice(0, end) } }),
    );
    expect(err).toContain(
      'slacheck: cut.csv:30: warning: the file looks truncated: it ends without a line end; the rows are read as they are\n',
    );
  });
});
