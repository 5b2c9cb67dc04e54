/**
 * SVG coordinates with fixed formatting, so that the same data always give
 * the same bytes (goldens): at most one decimal, no trailing `.0`, no `-0`,
 * never an exponent (charts are a few hundred units wide).
 */
export function n(x: number): string {
  const text = (Math.round(x * 10) / 10).toFixed(1);
  const short = text.endsWith('.0') ? text.slice(0, -2) : text;
  return short === '-0' ? '0' : short;
}

/** A count axis from 0 with about `ticks` steps of 1, 2 or 5 times a power of ten (at least 1): its step and its top (at or above `max`). */
export function niceAxis(max: number, ticks: number): { step: number; top: number } {
  const rough = Math.max(1, max / ticks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((s) => s * power >= rough)! * power;
  return { step, top: Math.max(step, Math.ceil(max / step) * step) };
}
