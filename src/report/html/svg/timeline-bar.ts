import { escapeHtml } from '../escape.js';
import { n } from './numbers.js';

/**
 * A breach's timeline as one bar from start to stop (or to the instant it
 * was judged at): counted business time solid, and the part counted after
 * the due instant in red; paused time hatched; outside hours plain light
 * grey; holidays dotted; a mark at the due instant. A pure function from data
 * to an SVG string; `label` is its text alternative.
 */
export type TimelineSegment = { kind: string; from: number; to: number };

export type TimelineBar = { label: string; start: number; end: number; due: number; segments: readonly TimelineSegment[] };

const W = 200;
const H = 14;

export function timelineBarSvg(bar: TimelineBar): string {
  const span = Math.max(1, bar.end - bar.start);
  const x = (t: number) => (Math.min(Math.max(t, bar.start), bar.end) - bar.start) * (W / span);
  const parts: string[] = [`<rect class="tl-track" x="0" y="1" width="${W}" height="${H - 2}"/>`];
  for (const s of bar.segments) {
    if (s.kind === 'counted' && s.from < bar.due && s.to > bar.due) {
      parts.push(piece('counted', x(s.from), x(bar.due)), piece('late', x(bar.due), x(s.to)));
    } else {
      parts.push(piece(s.kind === 'counted' && s.from >= bar.due ? 'late' : s.kind, x(s.from), x(s.to)));
    }
  }
  if (bar.due >= bar.start && bar.due <= bar.end)
    parts.push(`<line class="tl-due" x1="${n(x(bar.due))}" y1="0" x2="${n(x(bar.due))}" y2="${H}"/>`);
  // Stretched to its table cell (preserveAspectRatio none): the bar is a proportion, not a time scale.
  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(bar.label)}">${parts.join('')}</svg>`;
}

function piece(kind: string, from: number, to: number): string {
  const width = to - from;
  if (width <= 0) return '';
  return `<rect class="tl-${kind}" x="${n(from)}" y="1" width="${n(Math.max(width, 0.4))}" height="${H - 2}"/>`;
}
