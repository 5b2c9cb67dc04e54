import type { ReviewDocument } from '../../review/types.js';
export function formatReviewHtml(review: ReviewDocument): string {
  return `<!doctype html><title>${review.title}</title>\n`;
}
