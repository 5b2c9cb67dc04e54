import type { ReviewDocument } from '../review/types.js';
import { formatReviewHtml } from './html/page.js';
import { formatReviewMarkdown } from './review-markdown.js';

/**
 * The formats of `slacheck review` (SPEC 10.2): the one place they are
 * listed, as `formatters` in index.ts is for the other commands. Each renders
 * the same plain review object; JSON prints it as it is.
 */
export const reviewFormatters = {
  html: formatReviewHtml,
  markdown: formatReviewMarkdown,
  json: (review: ReviewDocument) => `${JSON.stringify(review, null, 2)}\n`,
} satisfies Record<string, (review: ReviewDocument) => string>;

export type ReviewFormat = keyof typeof reviewFormatters;
export const REVIEW_FORMATS = Object.keys(reviewFormatters) as ReviewFormat[];
