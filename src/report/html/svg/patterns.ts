/**
 * Fill patterns that every chart of the page refers to (defined once, in a
 * hidden SVG at the top of the body): hatching and dots say "missed",
 * "paused" or "holiday" without relying on colour, and survive a black and
 * white printer.
 */
export const PATTERNS = [
  '<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>',
  '<pattern id="p-missed" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#f6d6d1"/><line x1="0" y1="0" x2="0" y2="5" stroke="#b03a2e" stroke-width="2.4"/></pattern>',
  '<pattern id="p-paused" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#6b7785" stroke-width="1.6"/></pattern>',
  '<pattern id="p-holiday" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#eef0f3"/><circle cx="2" cy="2" r="0.9" fill="#8a94a0"/></pattern>',
  '<pattern id="p-resolved" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#d9e6f2"/><line x1="0" y1="0" x2="0" y2="5" stroke="#1f5a96" stroke-width="1.8"/></pattern>',
  '</defs></svg>',
].join('');
