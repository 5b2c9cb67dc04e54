import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Output, ReportDocument } from '../../src/report/documents.js';
import { formatters, stringSink, type Format } from '../../src/report/index.js';
import { pickTables } from '../../src/report/rows.js';
import { tableLines } from '../../src/report/table.js';
import { textWidth } from '../../src/report/text-width.js';

const kpi = (customer: string) => ({
  customer,
  metric: 'response',
  count: 1,
  met: 1,
  breached: 0,
  overdue: 0,
  open: 0,
  attainment_percent: 100,
  goal_percent: 95,
  goal_met: true,
  median_minutes: 30,
  p90_minutes: 30,
  mean_minutes: 30,
  max_minutes: 30,
});
const report = (customers: string[]): Output => {
  const document: ReportDocument = {
    schema_version: 1,
    as_of: '2027-01-05T12:00:00+01:00',
    period: null,
    group_by: ['customer'],
    kpis: customers.map(kpi),
    volume: { created: 1, resolved: 1, backlog: 0, reopened: 0, without_sla: 0 },
    warnings: [],
  };
  return { command: 'report', document };
};

async function format(output: Output, as: Format, table?: 'kpis' | 'volume', colour = 0): Promise<string> {
  const sink = stringSink();
  await formatters[as](output, sink, {
    style: new Chalk({ level: colour as 0 | 1 }),
    dialect: 'rfc4180',
    ...(table === undefined ? {} : { table }),
  });
  return sink.text();
}

describe('table', () => {
  it('lines up cells holding wide characters (CJK, emoji) and combining marks', async () => {
    const out = await format(report(['株式会社テスト', '😀 Smile', 'A\u030angstrøm', 'Plain']), 'table', 'kpis');
    const lines = out.split('\n').slice(1, -1);
    expect(new Set(lines.map(textWidth)).size).toBe(1);
  });

  it('lines up with colour on: colour codes take no columns', async () => {
    const out = await format(report(['a', 'bbbb']), 'table', 'kpis', 1);
    const plain = (await format(report(['a', 'bbbb']), 'table', 'kpis', 0)).split('\n');
    expect(out.replace(/\u001b\[\d+m/g, '').split('\n')).toEqual(plain);
  });

  it('writes the same lines whether the first pass kept every row, some or none', async () => {
    // The second pass formats again the rows past the kept bound; the output must not show where it fell.
    const names = Array.from({ length: 40 }, (_, i) => `customer ${'x'.repeat(i % 7)} ${i}`);
    const tables = pickTables(report(names), 'kpis');
    const style = new Chalk({ level: 1 });
    const all = [...tableLines(tables, style)].join('');
    expect(all.split('\n')).toHaveLength(40 + 5);
    for (const limit of [0, 500, 5000]) expect([...tableLines(tables, style, limit)].join('')).toBe(all);
  });

  it('prints (none) for a table without rows', async () => {
    expect(await format(report([]), 'table', 'kpis')).toBe('KPIs: all records, as of 2027-01-05T12:00:00+01:00\n(none)\n');
  });

  it('prints only the table asked for, else every table', async () => {
    const all = await format(report(['a']), 'table');
    expect(all).toContain('KPIs: ');
    expect(all).toContain('\nVolume\n');
    expect(await format(report(['a']), 'table', 'volume')).toMatch(/^Volume\n┌/);
  });
});

describe('text width', () => {
  it.each([
    ['plain', 5],
    ['Tømrer', 6],
    ['株式会社', 8],
    ['😀', 2],
    ['e\u0301', 1],
    ['a\u200bb', 2],
  ])('%j takes %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});
