import { fieldTooLong, MAX_CELLS, MAX_FIELD_BYTES, tooManyCells } from './csv-refusals.js';

/**
 * Text of one export -> records (arrays of cells) with the 1-based line each
 * starts on, fed slice by slice; the dialect the import has always read:
 *
 * - `\n`, `\r\n` and `\r` each end a record anywhere (outside quotes), and
 *   each counts as one line, inside quotes too;
 * - a line with nothing on it is skipped (a line `""` is a record);
 * - a field that starts with `"` is quoted: `""` inside is one quote, and
 *   delimiters and line ends are text. The quote closes when a delimiter, a
 *   line end, a NUL or the end of the file follows it; any other character
 *   after it (`"bad"x`) makes the field text as written, quotes and all;
 * - a `"` anywhere else is text (`5" monitor`); with `quotes` off (Request
 *   Tracker's TSV, Preset.unquotedTabs) every `"` is text;
 * - a file that ends inside quotes is refused by the caller (CsvEnd).
 *
 * This is csv-parse's reading with relax_quotes, relax_column_count and
 * skip_empty_lines; differential tests against csv-parse (test/tickets/oracle/)
 * hold the two together. Scanning uses indexOf over the slice's text
 * (native) instead of a step per character.
 */
export type Tokenizer = {
  /** Tokenize `text` after what is pending; complete records are appended to `rows` and `lines`. `end`: no more text follows. */
  feed(text: string, end: boolean, rows: string[][], lines: number[]): void;
  /** The line the record being read starts on: where a limit hit while reading (a gzip bomb) is named. */
  readonly lineBeingRead: number;
  /** How the file ended: valid after the feed with `end`. */
  readonly end: CsvEnd;
};

/** How a file ended, for the caller's checks (an unclosed quote, a file cut off mid-write). */
export type CsvEnd = {
  /** The file ended inside a quoted cell (the quote never closed). */
  insideQuotes: boolean;
  /** The last record was followed by a line end (false for a file without records, or one that ends inside quotes). */
  finalLineEnd: boolean;
  /** The line the last record starts on (the unclosed one when insideQuotes); undefined when the file has no record. */
  lastLine: number | undefined;
};

const LF = 10;
const CR = 13;
const QUOTE = 34;
const NUL = 0;
/** A field of more chars than this may be over MAX_FIELD_BYTES (3 UTF-8 bytes per UTF-16 unit at most): only then are its bytes counted. */
const MAYBE_LONG = Math.floor(MAX_FIELD_BYTES / 3);
/**
 * V8 makes a substring of this many characters or more a view into its
 * parent (a SlicedString): a cell kept by the ticket table (a title, an id)
 * would keep the whole slice's text alive, and a million tickets the whole
 * file. Such cells are copied (about 50 ns each; shorter ones are copies
 * already).
 */
const SLICED = 13;
/** A pending field this long is read again only once as much text again has come (amortised linear time). */
const LONG_CARRY = 64 * 1024;

export function csvTokenizer(file: string, delimiter: string, quotes: boolean): Tokenizer {
  const delim = delimiter.charCodeAt(0);
  // What is pending between feeds: the text from the start of the field being read, its line, and the record's cells so far.
  let carry = '';
  // Text not yet read because the field pending is long: reading it again for each small slice would be quadratic.
  let waiting = '';
  let line = 1;
  let cells: string[] = [];
  let recordLine = 1;
  // The first field of the pending record that is longer than 1 MB, reported when the record ends (after its cell count).
  let longField = -1;
  const end: CsvEnd = { insideQuotes: false, finalLineEnd: false, lastLine: undefined };

  /** Line ends in s[from, to) (inside a quoted field): `\r\n` is one. */
  function lineEnds(s: string, from: number, to: number): number {
    let count = 0;
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) count++;
    for (let i = s.indexOf('\r', from); i !== -1 && i < to; i = s.indexOf('\r', i + 1))
      if (s.charCodeAt(i + 1) !== LF || i + 1 >= to) count++;
    return count;
  }

  function push(cell: string): void {
    if (cell.length < SLICED) {
      cells.push(cell);
      return;
    }
    if (cell.length > MAYBE_LONG && longField < 0 && Buffer.byteLength(cell) > MAX_FIELD_BYTES) longField = cells.length;
    // A copy: `slice` flattens the concatenation into a string of the cell's length and views that.
    cells.push(` ${cell}`.slice(1));
  }

  function finishRecord(rows: string[][], lines: number[], lineEnd: boolean): void {
    if (cells.length > MAX_CELLS) throw tooManyCells(file, recordLine);
    if (longField >= 0) throw fieldTooLong(file, recordLine, longField + 1);
    rows.push(cells);
    lines.push(recordLine);
    end.lastLine = recordLine;
    end.finalLineEnd = lineEnd;
    cells = [];
  }

  /** The field being read when the text ran out: refused once it is over the limits (as the record grows, not when it ends). */
  function checkPending(content: string): void {
    if (content.length > MAYBE_LONG && Buffer.byteLength(content) > MAX_FIELD_BYTES) throw fieldTooLong(file, recordLine, cells.length + 1);
    if (cells.length > MAX_CELLS) throw tooManyCells(file, recordLine);
  }

  function feed(text: string, last: boolean, rows: string[][], lines: number[]): void {
    if (!last && carry.length > LONG_CARRY && waiting.length + text.length < carry.length) {
      waiting += text;
      return;
    }
    const s = carry.length === 0 ? text : carry + waiting + text;
    waiting = '';
    const n = s.length;
    // Where the next delimiter, `\n` and `\r` are (n: none in this text); found again only once passed.
    let nextDelim = -1;
    let nextLf = -1;
    let nextCr = s.indexOf('\r') === -1 ? n : -1;
    let pos = 0;
    // The field being read: where it starts (in s), and on which line.
    let start = 0;
    let startLine = line;
    let pending: string | undefined;
    scan: while (true) {
      start = pos;
      startLine = line;
      if (pos >= n) {
        // A delimiter last in the file: the record ends with an empty field.
        if (last && cells.length > 0) {
          push('');
          finishRecord(rows, lines, false);
        }
        break;
      }
      let c = s.charCodeAt(pos);
      if (cells.length === 0) {
        if (c === LF || c === CR) {
          // An empty line. A `\r` last in the text may be the first half of a `\r\n`: wait for the next text.
          if (c === CR && pos + 1 >= n && !last) break;
          pos += c === CR && s.charCodeAt(pos + 1) === LF ? 2 : 1;
          line++;
          continue;
        }
        recordLine = line;
      }
      // The field's text before the rest that is read as written (a quoted field's content, or nothing).
      let head = '';
      let from = pos;
      if (c === QUOTE && quotes) {
        let content = '';
        let p = pos + 1;
        while (true) {
          const q = s.indexOf('"', p);
          if (q === -1 || (q + 1 >= n && !last)) {
            // The text ran out inside the quotes (or right after one, which may be the first of `""`).
            if (!last) {
              pending = content + s.slice(p, q === -1 ? n : q);
              break scan;
            }
            checkPending(content + s.slice(p));
            end.insideQuotes = true;
            end.finalLineEnd = false;
            end.lastLine = recordLine;
            carry = '';
            cells = [];
            return;
          }
          const after = s.charCodeAt(q + 1);
          if (after === QUOTE) {
            content += s.slice(p, q + 1);
            p = q + 2;
            continue;
          }
          content += s.slice(p, q);
          if (nextLf < pos) nextLf = idx(s.indexOf('\n', pos), n);
          if (nextCr < pos) nextCr = idx(s.indexOf('\r', pos), n);
          if (nextLf < q || nextCr < q) line += lineEnds(s, pos + 1, q);
          pos = q + 1;
          if (pos >= n || after === delim || after === LF || after === CR) {
            push(content);
            c = after;
            from = -1;
          } else if (after === NUL) {
            // csv-parse closes a quote before a NUL byte: the NUL and what follows are text of the same field.
            head = content;
            from = pos;
          } else {
            // A quote followed by text: the field is read as written, quotes and all (relaxed quotes).
            head = `"${content}"`;
            from = pos;
          }
          break;
        }
      }
      if (from >= 0) {
        // Text up to the next delimiter or line end.
        if (nextDelim < from) nextDelim = idx(s.indexOf(delimiter, from), n);
        if (nextLf < from) nextLf = idx(s.indexOf('\n', from), n);
        if (nextCr < from) nextCr = idx(s.indexOf('\r', from), n);
        const e = nextDelim < nextLf ? (nextDelim < nextCr ? nextDelim : nextCr) : nextLf < nextCr ? nextLf : nextCr;
        if (e >= n && !last) {
          pending = head + s.slice(from, n);
          break;
        }
        push(head.length === 0 ? s.slice(from, e) : head + s.slice(from, e));
        pos = e;
        c = e < n ? s.charCodeAt(e) : -1;
      }
      if (c === delim && pos < n) {
        pos++;
        continue;
      }
      if (pos >= n) {
        // The end of the file ends the record.
        finishRecord(rows, lines, false);
        break;
      }
      // A line end.
      if (c === CR && pos + 1 >= n && !last) {
        // Perhaps the first half of `\r\n`: the field is read again with the next text.
        cells.pop();
        longField = longField >= cells.length ? -1 : longField;
        pending = '';
        break;
      }
      pos += c === CR && s.charCodeAt(pos + 1) === LF ? 2 : 1;
      finishRecord(rows, lines, true);
      line++;
    }
    if (last) {
      carry = '';
      return;
    }
    carry = s.slice(start);
    line = startLine;
    if (pending !== undefined) checkPending(pending);
  }

  return {
    feed,
    get lineBeingRead() {
      return cells.length > 0 ? recordLine : line;
    },
    end,
  };
}

function idx(found: number, none: number): number {
  return found === -1 ? none : found;
}
