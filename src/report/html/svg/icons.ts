/**
 * Met and missed as a small icon beside the word (never colour alone): a
 * tick in a circle, a cross in a circle, a dash for no verdict. Hidden from
 * screen readers, which read the word.
 */
export function verdictIcon(met: boolean | null): string {
  const svg = (cls: string, path: string) =>
    `<svg class="icon ${cls}" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle cx="6" cy="6" r="5.4"/>${path}</svg>`;
  if (met === true) return svg('icon-met', '<path d="M3.3 6.2l1.8 1.8 3.6-3.8"/>');
  if (met === false) return svg('icon-missed', '<path d="M4 4l4 4M8 4l-4 4"/>');
  return svg('icon-none', '<path d="M3.6 6h4.8"/>');
}
