import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../fake-io.js';
import { runExample } from './example-io.js';

describe('one table per csv stream (--table)', () => {
  it('report: kpis by default, with one header row and no blank line', async () => {
    const { out } = await runExample('report', ['--month', '2026-10', '--format', 'csv']);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^policy,metric,count,/);
    expect(lines.every((l) => l !== '')).toBe(true);
  });

  it('report: --table volume', async () => {
    const { out } = await runExample('report', ['--month', '2026-10', '--format', 'csv', '--table', 'volume']);
    expect(out).toBe('created,resolved,backlog,reopened,without_sla\r\n38,31,7,3,1\r\n');
  });

  it('explain: records by default, --table timeline', async () => {
    const records = (await runExample('explain', ['NL-1005', '--format', 'csv'])).out.split('\r\n');
    const timeline = (await runExample('explain', ['NL-1005', '--format', 'csv', '--table', 'timeline'])).out.split('\r\n');
    expect(records[0]).toMatch(/^ticket,metric,/);
    expect(records).toHaveLength(4);
    expect(timeline[0]).toBe('metric,from,to,kind,label,minutes');
    expect(timeline).toHaveLength(12);
  });

  it('picks the same table in the table, markdown and ndjson formats', async () => {
    expect((await runExample('report', ['--month', '2026-10', '--table', 'volume'])).out).toMatch(/^Volume\n/);
    expect((await runExample('report', ['--month', '2026-10', '--table', 'volume', '--format', 'markdown'])).out).toMatch(/^### Volume\n/);
    const lines = (await runExample('report', ['--month', '2026-10', '--table', 'kpis', '--format', 'ndjson'])).out.trimEnd().split('\n');
    expect(new Set(lines.map((l) => JSON.parse(l).type))).toEqual(new Set(['kpi']));
  });

  it('is a usage error with json, and with a table the command does not have', async () => {
    const json = await runExample('report', ['--table', 'kpis', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.err).toContain('--table picks one table');
    const wrong = await runExample('explain', ['NL-1005', '--table', 'kpis']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("argument 'kpis' is invalid");
  });
});

describe('--csv-dialect (issue 22)', () => {
  it('is a usage error with a format other than csv, before any ticket is read', async () => {
    for (const format of ['table', 'json', 'markdown', 'ndjson']) {
      const { code, out, err } = await runExample('check', ['--format', format, '--csv-dialect', 'excel-da']);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`--csv-dialect excel-da shapes csv output; the ${format} output would ignore it`);
    }
    expect((await runExample('report', ['--csv-dialect', 'excel'])).code).toBe(2);
  });

  it('keeps the old names working, and plain csv keeps ISO 8601', async () => {
    const rfc = (await runExample('check', ['--format', 'csv', '--csv-dialect', 'rfc4180'])).out;
    expect(rfc).toBe((await runExample('check', ['--format', 'csv'])).out);
    expect(rfc.split('\r\n')[1]).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00,/);
    const da = (await runExample('check', ['--format', 'csv', '--csv-dialect', 'excel-da'])).out;
    expect(da.startsWith('\uFEFFticket;metric;')).toBe(true);
    expect(da.split('\r\n')[0]).toContain(';due;due_offset;');
    const excel = (await runExample('check', ['--format', 'csv', '--csv-dialect', 'excel'])).out;
    expect(excel.split('\r\n')[0]).toContain(',start,start_offset,stop,stop_offset,due,due_offset,');
  });
});

describe('the same fields in every format', () => {
  it('check ndjson lines carry "type": "record", as explain\'s do', async () => {
    const lines = (await runExample('check', ['--format', 'ndjson'])).out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.every((l) => Object.keys(l)[0] === 'type' && l.type === 'record')).toBe(true);
  });

  it('one column order, start, stop, due, in json, csv, table and markdown', async () => {
    const order = (keys: string[]) => keys.filter((k) => ['start', 'stop', 'stopped', 'due'].includes(k));
    const json = JSON.parse((await runExample('explain', ['NL-1005', '--format', 'json'])).out).records[0];
    expect(order(Object.keys(json))).toEqual(['start', 'stop', 'due']);
    const csv = (await runExample('explain', ['NL-1005', '--format', 'csv'])).out.split('\r\n')[0]!.split(',');
    expect(order(csv)).toEqual(['start', 'stop', 'due']);
    const table = (await runExample('explain', ['NL-1005'])).out
      .split('\n')[2]!
      .split('│')
      .map((c) => c.trim());
    expect(order(table)).toEqual(['start', 'stopped', 'due']);
    const markdown = (await runExample('explain', ['NL-1005', '--format', 'markdown'])).out
      .split('\n')[2]!
      .split('|')
      .map((c) => c.trim());
    expect(order(markdown)).toEqual(['start', 'stopped', 'due']);
  });
});

describe('explain of a ticket open for ten years', () => {
  it('lists every segment of its timeline (about 10,000), in a table', async () => {
    const sla = `sla: 1
name: t
timezone: Europe/Copenhagen
calendars: { office: { hours: { mon-fri: ["08:00-16:00"] } } }
metrics: { response: { start: created, stop: first_response }, resolution: { start: created, stop: resolved } }
policies: [{ name: all, calendar: office, targets: { response: 4h, resolution: 3bd } }]
input: { date_format: yyyy-MM-dd HH:mm }
`;
    const io = fakeIo({ files: { 'sla.yaml': sla, 'tickets.csv': 'id,created,first_response,resolved\nOLD-1,2016-01-04 09:00,,\n' } });
    const { code, out } = await runCli(['explain', '--sla', 'sla.yaml', 'tickets.csv', 'OLD-1', '--as-of', '2026-01-01'], io);
    expect(code).toBe(0);
    const segments = out
      .split('\nTimeline\n')[1]!
      .split('\n')
      .filter((l) => /^│ (response|resolution) /.test(l));
    // Ten years of working days, two clocks: each day a counted and an outside-hours segment (weekends join the night).
    expect(segments.length).toBeGreaterThan(10_000);
  });
});
