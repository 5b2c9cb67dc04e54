import { Option, type Command } from 'commander';
import { RELATIVE_PERIODS } from '../evaluate/periods.js';
import { CSV_DIALECTS, FORMATS, type CsvDialect, type Format, type TableName } from '../report/index.js';
import { formatFromOutput } from './output-format.js';
import { INSTANT_FORMS } from './parse-instant.js';

/**
 * The options check, report and explain share (SPEC 7), declared once. The
 * import flags (--preset, --map, …) override the SLA file's `input:` section.
 */
export type RunOptions = {
  sla: string;
  events?: string[];
  asOf?: string;
  format: Format;
  /** Absent unless given: a dialect with another format than csv is a usage error (write-output.ts). */
  csvDialect?: CsvDialect;
  strict?: boolean;
  color?: boolean;
  /** Write the output to this file, atomically, instead of stdout; `{period}` and `{as_of}` are filled in (output-name.ts). */
  output?: string;
  /** `--max-staleness`: how long before the period's end or the as-of the newest activity may be (default 24h). */
  maxStaleness?: string;
  /** One table of the document (report: kpis or volume; explain: records or timeline). */
  table?: TableName;
  preset?: string;
  map?: string[];
  dateFormat?: string;
  encoding?: string;
  delimiter?: string;
  inputTimezone?: string;
  month?: string;
  quarter?: string;
  from?: string;
  to?: string;
  period?: string;
  /** Not a flag: the `--by` keys the import reads as lists (report, compare). */
  groupBy?: readonly string[];
};

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * `tables`: the document's tables, the first being what csv prints unless
 * `--table` names another; a command with one table has no `--table`.
 * `slaFiles: 'many'`: --sla may be repeated (compare); the option's value is then a list.
 * `formats: false`: the command declares its own --format (the review's html,
 * markdown, json) and has no csv or colour flags.
 */
export function addRunOptions(
  command: Command,
  {
    period,
    tables = [],
    slaFiles = 'one',
    formats = true,
  }: { period: boolean; tables?: readonly TableName[]; slaFiles?: 'one' | 'many'; formats?: boolean },
): Command {
  if (slaFiles === 'many')
    command.requiredOption('--sla <file>', 'an SLA file (required); repeat for each file to compare (the first is the baseline)', collect);
  else command.requiredOption('--sla <file>', 'the SLA file (required)');
  command
    .option('--events <file>', 'status history CSV (repeatable)', collect)
    .option('--as-of <time>', `evaluate as of this instant (default: now); ISO 8601: ${INSTANT_FORMS}; no offset: the SLA's time zone`);
  if (period) {
    command
      .option('--month <YYYY-MM>', 'period: a calendar month, e.g. 2026-10')
      .option('--quarter <YYYY-Qn>', 'period: a quarter, e.g. 2026-Q4')
      .option('--from <time>', 'period start: a date (its start) or an instant')
      .option('--to <time>', 'period end: a date (inclusive: up to the end of that day) or an instant (exclusive)')
      .addOption(new Option('--period <name>', 'period relative to the as-of instant').choices(RELATIVE_PERIODS));
  }
  if (tables.length > 1) {
    command.addOption(new Option('--table <name>', `print only this table; csv prints one table, ${tables[0]} by default`).choices(tables));
  }
  if (formats) {
    formatFromOutput(command, FORMATS);
    command
      .addOption(
        new Option('--format <format>', "output format (default: table, or what --output's extension names: .md, .json, .csv, …)")
          .choices(FORMATS)
          .default('table'),
      )
      .addOption(
        new Option(
          '--csv-dialect <dialect>',
          'csv flavour (--format csv only): excel and excel-da write local date-times a spreadsheet reads as dates, and a BOM; excel-da also ; and decimal commas',
        ).choices(CSV_DIALECTS),
      )
      .option('--color', 'colour the table even off a terminal')
      .option('--no-color', 'never colour');
  }
  return command
    .option(
      '-o, --output <file>',
      'write the output to this file (- for stdout); atomically: the file is replaced only by a complete output; {period} and {as_of} in the name are filled in, e.g. reports/sla-{period}.json',
    )
    .option('--strict', 'a bad input row, a truncated file or a stale export is an error (exit 2) instead of a warning')
    .option(
      '--max-staleness <duration>',
      "warn when an export's newest activity is longer than this before the period's end or the as-of (default 24h; e.g. 3d, 1d12h)",
    )
    .option('--preset <name>', 'helpdesk export preset (overrides input.preset)')
    .option('--map <field=Column>', 'read a field from a column, e.g. --map created=Oprettet (repeatable)', collect)
    .option('--date-format <format>', 'timestamp format: auto, iso or luxon tokens such as dd-MM-yyyy HH:mm')
    .option('--encoding <name>', 'auto, utf-8, utf-16le, utf-16be or windows-1252')
    .option('--delimiter <char>', 'field separator: , ; | or tab (detected by default)')
    .option('--input-timezone <zone>', "IANA zone of timestamps without an offset (default: the SLA's)");
}
