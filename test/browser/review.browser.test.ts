import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/review/messages.js';
import { runExample } from '../cli/example-io.js';

/**
 * The example review (December 2026, Danish) in a real browser: the Debian
 * package's headless Chromium, driven through playwright-core (never a
 * browser download). It must find the program; a missing Chromium fails the
 * test with the command that installs it (.ci/run installs it on a fresh
 * machine). Artifacts (the page, a screenshot, the A4 PDF) go to
 * test/artifacts/ (git-ignored); UPDATE_SCREENSHOT=1 also copies the
 * screenshot to docs/review-example.png for the README and
 * docs/commands/review.md.
 */
const CHROMIUM = process.env.SLACHECK_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = resolve('test/artifacts');

let context: BrowserContext;
let page: Page;
let profile: string;
const requests: string[] = [];
const consoleErrors: string[] = [];
let pageUrl: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: install the Debian package with "apt-get install -y chromium" (or set SLACHECK_CHROMIUM to its path); .ci/run does this on a fresh machine`,
    );
  }
  const { code, out } = await runExample('review', ['--format', 'html']);
  expect(code).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'review-example.html');
  writeFileSync(file, out);
  pageUrl = pathToFileURL(file).href;
  profile = mkdtempSync(join(tmpdir(), 'slacheck-chromium-'));
  // A fresh profile per run (launchPersistentContext is playwright's way to pass --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 900, height: 1250 },
    deviceScaleFactor: 1,
  });
  context.on('request', (request) => void requests.push(request.url()));
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
  page.on('pageerror', (error) => void consoleErrors.push(error.message));
  await page.goto(pageUrl, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

describe('the example review in headless Chromium', () => {
  it('makes no network request: the page is the only thing loaded', () => {
    expect(requests).toEqual([pageUrl]);
  });

  it('logs no console error', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('has every section heading of SPEC 10.1, in order', async () => {
    const headings = await page.locator('main > section > h2').allTextContents();
    const expected = Object.values(MESSAGES.da.sections).map((title, i) => `${i + 1}${title}`);
    expect(headings).toEqual(expected);
  });

  it('draws every chart with a size, each with a text alternative', async () => {
    const charts = page.locator('svg.chart');
    // One attainment chart per metric of the example (response, resolution, escalation, workaround, status_update), and the volume.
    expect(await charts.count()).toBe(6);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box !== null && box.width > 100 && box.height > 50).toBe(true);
      expect(await chart.getAttribute('role')).toBe('img');
      expect((await chart.locator('desc').textContent())?.length).toBeGreaterThan(20);
    }
    const bars = page.locator('svg.timeline');
    expect(await bars.count()).toBeGreaterThan(0);
    for (const bar of await bars.all()) {
      const box = await bar.boundingBox();
      expect(box !== null && box.width > 50 && box.height > 5).toBe(true);
    }
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    // Evaluated in the page (a string: the test is compiled without the DOM's types).
    const violations = (await page.evaluate(
      'axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))',
    )) as { id: string; impact: string; nodes: number }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('prints to PDF on A4', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'review-example.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 is 210 x 297 mm, 595 x 842 points: every page's MediaBox. The cover is a page of its own, so there are several.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(3);
    expect(new Set(boxes.map((b) => b.join('x')))).toEqual(new Set(['595x842']));
  });

  it('saves screenshots: the cover with the scorecard, and the trend with the breaches', async () => {
    const cover = join(ARTIFACTS, 'review-example.png');
    await page.screenshot({ path: cover, clip: { x: 0, y: 0, width: 900, height: 1250 } });
    const trend = join(ARTIFACTS, 'review-example-trend.png');
    const top = (await page.locator('#trend').boundingBox())!.y - 24;
    await page.screenshot({ path: trend, clip: { x: 0, y: top, width: 900, height: 1250 }, fullPage: true });
    for (const file of [cover, trend]) expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOT === '1') {
      copyFileSync(cover, resolve('docs/review-example.png'));
      copyFileSync(trend, resolve('docs/review-example-trend.png'));
    }
  });
});
