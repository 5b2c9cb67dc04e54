import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReviewSchemaDoc } from '../../src/review/schema-doc.js';

/**
 * The README's review section shows real output: the Markdown example is the
 * start of the Danish golden review, and the JSON key table is generated from
 * src/review/schema-doc.ts. After a deliberate change,
 * `UPDATE_README=1 npx vitest run test/review/readme.test.ts` writes them in
 * again; read the diff.
 */
const MARKDOWN = /(<!-- review-markdown-example:begin[^\n]*-->\n```markdown\n)([\s\S]*?)(```\n<!-- review-markdown-example:end -->)/;
const SCHEMA = /(<!-- review-schema-doc:begin[^\n]*-->\n)([\s\S]*?)(<!-- review-schema-doc:end -->)/;

if (process.env.UPDATE_README === '1') {
  const golden = readFileSync('test/golden/review.example.da.md', 'utf8');
  // The cover, section 1 and the scorecard: up to the line under the scorecard.
  const excerpt = golden.slice(0, golden.indexOf('\n', golden.indexOf('\n_', golden.indexOf('## 2.')) + 1) + 1);
  const text = readFileSync('README.md', 'utf8')
    .replace(MARKDOWN, (_, a, _b, c) => `${a}${excerpt}${c}`)
    .replace(SCHEMA, (_, a, _b, c) => `${a}${formatReviewSchemaDoc()}${c}`);
  writeFileSync('README.md', text);
}
const readme = readFileSync('README.md', 'utf8');

describe('the README on slacheck review', () => {
  it('shows the start of the example review as Markdown', () => {
    const block = MARKDOWN.exec(readme);
    expect(block?.[2]?.length).toBeGreaterThan(500);
    expect(readFileSync('test/golden/review.example.da.md', 'utf8').startsWith(block![2]!)).toBe(true);
  });

  it('documents the JSON as schema-doc.ts describes it', () => {
    expect(SCHEMA.exec(readme)?.[2]).toBe(formatReviewSchemaDoc());
  });

  it('shows the screenshots the browser test makes', () => {
    for (const image of ['docs/review-example.png', 'docs/review-example-trend.png']) {
      expect(readme).toContain(`](${image})`);
      expect(readFileSync(image).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
