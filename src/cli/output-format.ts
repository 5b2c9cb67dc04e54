import { extname } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from './errors.js';

/** What a file's extension says it holds: `--output x.md` is Markdown. An extension not listed says nothing. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.txt': 'table',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * `--output FILE` without `--format` writes the format FILE's extension
 * names (a `.md` file full of HTML would go to the customer as is); an
 * extension that names another format than `--format`, or one the command
 * does not write, is a usage error before anything is read. Everything that
 * depends on the format (`--csv-dialect` only with csv, checkOutputOptions)
 * is checked after this hook has set it. `formats`: the command's `--format`
 * choices.
 *
 * The extension is read from FILE as written, before `{period}` and
 * `{as_of}` are filled in (output-name.ts; that needs the SLA's zone and the
 * period, known only once the SLA file is read). It is the same extension:
 * the placeholders fill in digits, `-`, `.` and `Q` only, so a name whose
 * extension names a format keeps it (`sla-{period}.md`), and one whose
 * extension holds a placeholder (`sla.{period}`) names no format before or
 * after. Reading it here fails a contradiction in a second, before the SLA
 * file is read.
 */
export function formatFromOutput(command: Command, formats: readonly string[]): Command {
  return command.hook('preAction', (_, action) => {
    const output: unknown = action.getOptionValue('output');
    if (typeof output !== 'string' || output === '-') return;
    const extension = extname(output);
    const wanted = BY_EXTENSION[extension.toLowerCase()];
    if (wanted === undefined) return;
    const given = action.getOptionValueSource('format') === 'cli' ? String(action.getOptionValue('format')) : undefined;
    if (given !== undefined && given !== wanted) {
      const named = Object.entries(BY_EXTENSION).find(([, f]) => f === given)?.[0];
      const rename = named === undefined ? '' : ` (${output.slice(0, output.length - extension.length)}${named})`;
      throw new UsageError(
        `--output ${output} asks for ${wanted} by its extension, but --format is ${given}`,
        `leave out --format, or name the file for ${given}${rename}`,
      );
    }
    if (!formats.includes(wanted)) {
      throw new UsageError(
        `--output ${output} asks for ${wanted} by its extension, which ${action.name()} does not write`,
        `${action.name()} writes ${formats.join(', ')}; give --format, or another file name`,
      );
    }
    action.setOptionValueWithSource('format', wanted, 'default');
  });
}
