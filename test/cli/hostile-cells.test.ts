import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';

/**
 * Cells of an export are data, never terminal commands or page markup: in
 * the table, the markdown and the stderr messages control characters show as
 * `\x1b`, and markdown escapes HTML; csv and json carry the data as it is.
 */
const SLA = `sla: 1
name: t
timezone: UTC
calendars: { office: 24x7 }
metrics: { response: { start: created, stop: first_response } }
policies: [{ name: p1, when: { priority: P1 }, calendar: office, targets: { response: 1h } }]
input: { date_format: yyyy-MM-dd HH:mm }
`;
const TITLE = 'T-1\u001b]0;pwned\u0007';
const IMG = '<img src=x onerror=alert(1)>';
const TICKETS = `id,created,first_response,priority\n"${TITLE}",2026-10-05 09:00,2026-10-05 12:00,P1\n"${IMG}",2026-10-05 09:00,2026-10-05 12:00,P1\nT-3,2026-10-05 09:00,,"\u001b[2J"\n`;

const run = (format: string) =>
  runCli(
    ['check', '--sla', 'sla.yaml', 'tickets.csv', '--as-of', '2026-11-01', '--format', format],
    fakeIo({ files: { 'sla.yaml': SLA, 'tickets.csv': TICKETS } }),
  );

describe('hostile cells', () => {
  it('show control characters as \\x1b in the table', async () => {
    const { out } = await run('table');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(out).toContain('T-1\\x1b]0;pwned\\x07');
  });

  it('are inert in markdown: HTML escaped, control characters visible', async () => {
    const { out } = await run('markdown');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
    expect(out).toContain('T-1\\\\x1b\\]0;pwned\\\\x07');
  });

  it('show control characters as \\x1b in warnings on stderr', async () => {
    const { err } = await run('json');
    expect(err).toContain('matches no policy (priority "\\x1b[2J")');
    expect(err).not.toContain('\u001b');
  });

  it('are carried as they are in csv and json', async () => {
    expect((await run('csv')).out).toContain(`"${TITLE}"`.replace(/^"|"$/g, ''));
    const records = JSON.parse((await run('json')).out).records as { ticket: string }[];
    expect(records.map((r) => r.ticket)).toEqual(expect.arrayContaining([TITLE, IMG]));
  });
});
