import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReviewSchemaDoc } from '../../src/review/schema-doc.js';

/**
 * The review's page (docs/commands/review.md) shows real output: the
 * Markdown example is the start of the Danish golden review, and the JSON key
 * table in docs/json.md is generated from src/review/schema-doc.ts. After a
 * deliberate change, `UPDATE_DOCS=1 npx vitest run
 * test/review/review-page.test.ts` writes them in again; read the diff.
 */
const MARKDOWN = /(<!-- review-markdown-example:begin[^\n]*-->\n```markdown\n)([\s\S]*?)(```\n<!-- review-markdown-example:end -->)/;
const SCHEMA = /(<!-- review-schema-doc:begin[^\n]*-->\n)([\s\S]*?)(<!-- review-schema-doc:end -->)/;

const PAGE = 'docs/commands/review.md';
const JSON_PAGE = 'docs/json.md';

if (process.env.UPDATE_DOCS === '1') {
  const golden = readFileSync('test/golden/review.example.da.md', 'utf8');
  // The cover, section 1 and the scorecard: up to the line under the scorecard.
  const excerpt = golden.slice(0, golden.indexOf('\n', golden.indexOf('\n_', golden.indexOf('## 2.')) + 1) + 1);
  writeFileSync(
    PAGE,
    readFileSync(PAGE, 'utf8').replace(MARKDOWN, (_, a, _b, c) => `${a}${excerpt}${c}`),
  );
  writeFileSync(
    JSON_PAGE,
    readFileSync(JSON_PAGE, 'utf8').replace(SCHEMA, (_, a, _b, c) => `${a}${formatReviewSchemaDoc()}${c}`),
  );
}
const page = readFileSync(PAGE, 'utf8');

describe('the manual on slacheck review', () => {
  it('shows the start of the example review as Markdown', () => {
    const block = MARKDOWN.exec(page);
    expect(block?.[2]?.length).toBeGreaterThan(500);
    expect(readFileSync('test/golden/review.example.da.md', 'utf8').startsWith(block![2]!)).toBe(true);
  });

  it('documents the JSON as schema-doc.ts describes it', () => {
    expect(SCHEMA.exec(readFileSync(JSON_PAGE, 'utf8'))?.[2]).toBe(formatReviewSchemaDoc());
  });

  it('shows the screenshots the browser test makes', () => {
    for (const image of ['docs/review-example.png', 'docs/review-example-trend.png']) {
      expect(page).toContain(`](../${image.slice('docs/'.length)})`);
      expect(readFileSync(image).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
