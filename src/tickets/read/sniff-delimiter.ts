/**
 * The field separator of an export, from its first records (SPEC 5.2):
 * `,` `;` tab or `|`, counted outside quotes. The separator is the one whose
 * count is the same on most records and not zero on the header; Danish and
 * German Excel write `;` with decimal commas inside fields, which this
 * consistency test sees through. One column and nothing else: `,`.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export function sniffDelimiter(sample: string, complete: boolean): string {
  const counts = recordCounts(sample, complete, 50);
  if (counts.length === 0) return ',';
  let best = ',';
  let bestScore = -1;
  DELIMITERS.forEach((d, k) => {
    const header = counts[0]![k]!;
    if (header === 0) return;
    const agreeing = counts.filter((c) => c[k] === header).length;
    // Consistency first, then the number of columns it makes.
    const score = agreeing * 1000 + Math.min(header, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  });
  return best;
}

/** Per record, the count of each candidate outside quotes; the last record only when the sample is the whole file. */
function recordCounts(sample: string, complete: boolean, max: number): number[][] {
  const records: number[][] = [];
  let current = [0, 0, 0, 0];
  let quoted = false;
  let empty = true;
  for (let i = 0; i < sample.length && records.length < max; i++) {
    const c = sample[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (!empty) records.push(current);
      current = [0, 0, 0, 0];
      empty = true;
      continue;
    } else if (!quoted) {
      const k = (DELIMITERS as readonly string[]).indexOf(c);
      if (k >= 0) current[k]!++;
    }
    empty = false;
  }
  if (complete && !empty && records.length < max) records.push(current);
  return records;
}

/** A delimiter setting as written: one of the four, or the word `tab`. */
export function parseDelimiter(text: string | undefined): string | undefined | { error: string } {
  if (text === undefined || text === '' || text.toLowerCase() === 'auto') return undefined;
  if (text.toLowerCase() === 'tab' || text === '\\t') return '\t';
  if (text.length === 1) return text;
  return { error: `delimiter must be one character (, ; | or tab), not "${text}"` };
}
