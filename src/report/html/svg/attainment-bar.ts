import { n } from './numbers.js';

/**
 * A scorecard row's attainment as a short bar on a 0-100 % track with the
 * goal as a mark: solid when the goal is met, hatched when missed (so not by
 * colour alone). Decoration beside the figures in the same row, hidden from
 * screen readers, which read the figures.
 */
const W = 110;
const H = 12;

export function attainmentBarSvg(attainment: number | null, goal: number | null, met: boolean | null): string {
  const x = (percent: number) => (Math.min(100, Math.max(0, percent)) / 100) * W;
  const parts = [`<rect class="ab-track" x="0" y="2" width="${W}" height="${H - 4}"/>`];
  if (attainment !== null)
    parts.push(`<rect class="${met === false ? 'ab-missed' : 'ab-met'}" x="0" y="2" width="${n(x(attainment))}" height="${H - 4}"/>`);
  if (goal !== null) parts.push(`<line class="ab-goal" x1="${n(x(goal))}" y1="0" x2="${n(x(goal))}" y2="${H}"/>`);
  return `<svg class="attainment" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="none" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}
