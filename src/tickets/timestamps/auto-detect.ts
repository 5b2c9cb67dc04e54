import { autoCandidates } from './candidates.js';
import { ParseStatus, scratch, type DateFormat } from './date-format.js';

/**
 * `date_format: auto` for the timestamp columns of one file. Each column
 * keeps the candidate formats that read every value seen so far; it is
 * decided once the remaining candidates agree on which field comes first
 * (day, month or year). A column still torn between day-first and
 * month-first at the end of the file is ambiguous (SPEC 5.2: is `03/04/2026`
 * the 3rd of April or the 4th of March?), unless a sibling column of the
 * same file settled it: the columns of one export share a format.
 */
export type ColumnFormats = {
  /** Feed a non-empty value of a column while it is undecided. */
  observe(column: number, value: string): void;
  /** True when every column that has seen a value is decided. */
  isDecided(): boolean;
  /** End of the file: decide what is left; the value that both orders read differently when still ambiguous. */
  settle(): { ambiguous?: string; column?: number };
  /** The format of a column (decided, borrowed from a sibling, or ISO when it never had a value). */
  formatOf(column: number): DateFormat;
  /** The format's text, for messages: `d/M/yyyy H:mm`. */
  describe(column: number): string;
};

type Column = { candidates: DateFormat[]; decided?: DateFormat; seen: boolean; ambiguous?: string };

/** `preferred`: a format whose field order settles a tie still open at the end of the file (additive: none keeps the refusal). */
export function detectFormats(columns: readonly number[], preferred?: DateFormat): ColumnFormats {
  const all = autoCandidates();
  const state = new Map<number, Column>(columns.map((c) => [c, { candidates: all, seen: false }]));
  const out = scratch();
  const other = scratch();

  const decide = (col: Column, format: DateFormat): void => {
    col.decided = format;
  };

  const adoptFromSiblings = (): void => {
    for (const col of state.values()) {
      if (col.decided !== undefined || !col.seen) continue;
      for (const sibling of state.values()) {
        if (sibling.decided !== undefined && col.candidates.includes(sibling.decided)) {
          decide(col, sibling.decided);
          break;
        }
      }
    }
  };

  const api: ColumnFormats = {
    observe(column, value) {
      const col = state.get(column);
      if (col === undefined || col.decided !== undefined) return;
      col.seen = true;
      const fits = col.candidates.filter((f) => f.parse(value, out) === ParseStatus.ok);
      // A value no candidate reads is a bad value, not evidence: it is rejected later.
      if (fits.length === 0) return;
      col.candidates = fits;
      const orders = new Set(fits.map((f) => f.order));
      if (orders.size === 1) decide(col, fits[0]!);
      else if (col.ambiguous === undefined && disagree(fits, value)) col.ambiguous = value;
      if (col.decided !== undefined) adoptFromSiblings();
    },
    isDecided() {
      for (const col of state.values()) if (col.seen && col.decided === undefined) return false;
      return true;
    },
    settle() {
      adoptFromSiblings();
      for (const [column, col] of state) {
        if (col.decided !== undefined || !col.seen) continue;
        const tieBreak = preferred === undefined ? undefined : col.candidates.find((f) => f.order === preferred.order);
        if (tieBreak !== undefined) {
          decide(col, tieBreak);
          continue;
        }
        if (col.ambiguous !== undefined) return { ambiguous: col.ambiguous, column };
        // Every remaining candidate reads every value alike (e.g. all dates like 01/01): any will do.
        decide(col, col.candidates[0]!);
      }
      return {};
    },
    formatOf(column) {
      const col = state.get(column);
      const decided = col?.decided ?? [...state.values()].find((c) => c.decided !== undefined)?.decided;
      return decided ?? all[0]!;
    },
    describe(column) {
      return api.formatOf(column).text;
    },
  };

  function disagree(fits: readonly DateFormat[], value: string): boolean {
    fits[0]!.parse(value, out);
    for (let i = 1; i < fits.length; i++) {
      fits[i]!.parse(value, other);
      if (other.naive !== out.naive) return true;
    }
    return false;
  }

  return api;
}
