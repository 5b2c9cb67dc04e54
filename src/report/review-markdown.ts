import type { ReviewDocument } from '../review/types.js';
export function formatReviewMarkdown(review: ReviewDocument): string {
  return `# ${review.title}\n`;
}
