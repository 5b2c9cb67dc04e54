import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualPages, readPage } from './pages.js';

/**
 * Every relative link of the manual (README.md and docs/**\/*.md) names a
 * file that exists, and a `#fragment` names a heading of that page, by
 * GitHub's rule for heading anchors. Links inside code blocks and code spans
 * are not links.
 */

/** The text of a page that Markdown renders as text: fenced blocks and code spans blanked out. */
function prose(markdown: string): string {
  return markdown.replace(/^( *)```[\s\S]*?^\1```$/gm, '').replace(/`[^`\n]*`/g, '``');
}

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, each space a `-`. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replaceAll(' ', '-');
}

/** The anchors of a page's headings; a repeated one gets `-1`, `-2`, … as on GitHub. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of markdown.replace(/^( *)```[\s\S]*?^\1```$/gm, '').matchAll(/^#{1,6} (.*)$/gm)) {
    const base = anchorOf(heading!);
    const times = seen.get(base) ?? 0;
    seen.set(base, times + 1);
    found.add(times === 0 ? base : `${base}-${times}`);
  }
  return found;
}

type Link = { page: string; target: string };

function links(): Link[] {
  return manualPages().flatMap((page) =>
    [...prose(readPage(page)).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
      .map((m) => ({ page, target: m[1]! }))
      .filter((l) => !/^[a-z]+:/.test(l.target)),
  );
}

describe('the links of the manual', () => {
  const all = links();

  it('are there to check', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('name files that exist', () => {
    const broken = all.filter(({ page, target }) => {
      const path = target.split('#')[0]!;
      return path !== '' && !existsSync(normalize(join(dirname(page), path)));
    });
    expect(broken).toEqual([]);
  });

  it('name headings that exist', () => {
    const broken = all.filter(({ page, target }) => {
      const [path, fragment] = target.split('#');
      if (fragment === undefined) return false;
      const file = path === '' ? page : normalize(join(dirname(page), path!));
      if (!file.endsWith('.md') || !existsSync(file) || statSync(file).isDirectory()) return true;
      return !anchors(readPage(file)).has(fragment);
    });
    expect(broken).toEqual([]);
  });
});

describe('anchorOf, by GitHub rule', () => {
  it.each([
    ['`slacheck report`: KPIs and volume', 'slacheck-report-kpis-and-volume'],
    ['Agreements that change: `valid_from` and `valid_until`', 'agreements-that-change-valid_from-and-valid_until'],
    ['Closing days from a calendar: `holidays.ics`', 'closing-days-from-a-calendar-holidaysics'],
    ['Event logs (no ticket table)', 'event-logs-no-ticket-table'],
    ["The helpdesk's own SLA verdict", 'the-helpdesks-own-sla-verdict'],
    ['Månedsrapport: Om rapporten', 'månedsrapport-om-rapporten'],
  ])('%s -> %s', (heading, anchor) => {
    expect(anchorOf(heading)).toBe(anchor);
  });
});
