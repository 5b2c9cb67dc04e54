import { describe, expect, it } from 'vitest';
import { REVIEW_KEYS } from '../../src/review/schema-doc.js';
import { runExample } from '../cli/example-io.js';

/**
 * docs/json.md documents `review --format json` key by key, from
 * src/review/schema-doc.ts. Every key of a real review (the example, in
 * both editions) is described, and every described key occurs. A row may
 * name several keys at once (`scorecard[].policy, metric`).
 */
/**
 * Key paths of a JSON value: `a.b`; an array of objects is `a[]` with `a[].c`,
 * an array of numbers just `a`. The keys inside `figures` and
 * `major_incidents.rule` vary and are not listed.
 */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    const objects = value.filter((item) => item !== null && typeof item === 'object');
    return objects.length === 0 ? [prefix] : [`${prefix}[]`, ...objects.flatMap((item) => paths(item, `${prefix}[]`).slice(1))];
  }
  if (value === null || typeof value !== 'object') return [prefix];
  if (prefix.endsWith('figures') || prefix === 'major_incidents.rule') return [prefix];
  const own = Object.entries(value).flatMap(([key, v]) => paths(v, prefix === '' ? key : `${prefix}.${key}`));
  return prefix === '' ? own : [prefix, ...own];
}

/** `a[].b, c` -> `a[].b`, `a[].c`. */
function described(): Set<string> {
  return new Set(
    REVIEW_KEYS.flatMap(([path]) => {
      const [first, ...rest] = path.split(', ');
      const base = first!.includes('.') ? first!.slice(0, first!.lastIndexOf('.') + 1) : '';
      return [first!, ...rest.map((name) => base + name)];
    }),
  );
}

describe('the review JSON documentation', () => {
  it('describes every key of a real review, and only those', async () => {
    const monthly = JSON.parse((await runExample('review', ['--format', 'json'])).out);
    const quarterly = JSON.parse((await runExample('review', ['--format', 'json', '--quarter', '2026-Q4'])).out);
    const found = new Set([...paths(monthly), ...paths(quarterly)]);
    expect([...found].filter((p) => !described().has(p)).sort()).toEqual([]);
    expect([...described()].filter((p) => !found.has(p)).sort()).toEqual([]);
  });
});
