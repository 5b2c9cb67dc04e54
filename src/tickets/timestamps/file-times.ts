import type { Instant, Resolution } from '../../calendar/wall-clock.js';
import { detectFormats, type ColumnFormats } from './auto-detect.js';
import { isoFormat } from './iso.js';
import { orIso } from './iso-fallback.js';
import { daysFromCivil, ParseStatus, scratch, type DateFormat } from './date-format.js';
import { compileTokenFormat } from './token-format.js';
import type { ZoneClock } from './zone-clock.js';

export { zoneClock, type ZoneClock } from './zone-clock.js';
export { ParseStatus, type DateFormat } from './date-format.js';

/**
 * Timestamps of one file (SPEC 5.2): a date format setting (`auto`, `iso` or
 * luxon tokens) compiled once, the zone of naive values, and per value a
 * parse and an offset lookup. Values with their own offset keep it.
 */
export type DateSetting = 'auto' | DateFormat;

/** `auto`, `iso` (any case) or luxon tokens; a format we cannot read is returned as an error message. */
export function compileDateSetting(text: string | undefined): DateSetting | { error: string } {
  const t = (text ?? 'auto').trim();
  if (t === '' || t.toLowerCase() === 'auto') return 'auto';
  if (t.toLowerCase() === 'iso' || t.toLowerCase() === 'iso8601') return isoFormat;
  return compileTokenFormat(t);
}

/**
 * Years 1900-2200 are read; a year outside them (`0026`, `20026`) is
 * a typo or a misread format and rejects its row (the engine builds a year
 * at a time and has no business with year 1). .NET writes
 * `0001-01-01 00:00:00` (DateTime.MinValue) for "no date": that is empty.
 */
const EARLIEST = daysFromCivil(1900, 1, 1) * 86_400_000;
const LATEST = daysFromCivil(2201, 1, 1) * 86_400_000;
const DOTNET_EMPTY = daysFromCivil(1, 1, 1) * 86_400_000;

export type FileTimes = {
  /** True while `auto` has not decided every column: the caller holds rows back and feeds observe(). */
  readonly detecting: boolean;
  observe(column: number, value: string): void;
  /** End of file while detecting: the value that both day-first and month-first read, when ambiguous. */
  settle(): { ambiguous?: string; column?: number };
  /** The instant of a value, or NaN; then lastStatus says why (`empty`: read it as an empty cell). */
  read(column: number, value: string): Instant;
  lastStatus: ParseStatus;
  /** How the last naive value met the zone's daylight-saving rules (SPEC 3). */
  lastResolution: Resolution;
  /** The format a column is read with, for messages. */
  describe(column: number): string;
};

/**
 * How one file's dates are read (per file). `alsoIso`: ISO 8601 is
 * read as well as the format (status histories). `preferred`: the format that
 * settles a day-first/month-first tie left at the end of an `auto` file (a
 * history takes the ticket export's explicit format).
 */
export type FileDates = { setting: DateSetting; alsoIso?: boolean; preferred?: DateFormat; key?: string };

export function fileTimes(
  setting: DateSetting,
  clock: ZoneClock,
  columns: readonly number[],
  options: Omit<FileDates, 'setting'> = {},
): FileTimes {
  const detector: ColumnFormats | undefined = setting === 'auto' ? detectFormats(columns, options.preferred) : undefined;
  const widen = options.alsoIso === true ? orIso : (f: DateFormat) => f;
  const out = scratch();
  // Formats by column, filled once detection is over so that read() does one array lookup.
  const formats: DateFormat[] = [];
  let detecting = detector !== undefined;
  const fix = (): void => {
    for (const c of columns) formats[c] = widen(detector === undefined ? (setting as DateFormat) : detector.formatOf(c));
  };
  if (!detecting) fix();
  const outside = (): number => {
    times.lastStatus = out.naive === DOTNET_EMPTY ? ParseStatus.empty : ParseStatus.outOfRange;
    return Number.NaN;
  };
  const times: FileTimes = {
    get detecting() {
      return detecting;
    },
    observe(column, value) {
      if (detector === undefined) return;
      detector.observe(column, value);
      if (detector.isDecided()) {
        detecting = false;
        fix();
      }
    },
    settle() {
      if (detector === undefined || !detecting) return {};
      const result = detector.settle();
      detecting = false;
      fix();
      return result;
    },
    read(column, value) {
      const status = formats[column]!.parse(value, out);
      times.lastStatus = status;
      if (status !== ParseStatus.ok) return Number.NaN;
      // One range test on the hot path (the rare value outside it is looked at in a function of its own, so this one stays small enough to inline).
      if (!(out.naive >= EARLIEST && out.naive < LATEST)) return outside();
      if (out.offset === out.offset) {
        times.lastResolution = 'exact';
        return out.naive - out.offset * 60_000;
      }
      const at = clock.toInstant(out.naive);
      times.lastResolution = clock.lastResolution;
      return at;
    },
    lastStatus: ParseStatus.ok,
    lastResolution: 'exact',
    describe(column) {
      return formats[column]?.text ?? detector?.describe(column) ?? 'auto';
    },
  };
  return times;
}
