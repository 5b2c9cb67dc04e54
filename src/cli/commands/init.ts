import { Option, type Command } from 'commander';
import { presetNames, presets, type PresetName } from '../../sla/presets/index.js';
import { SCHEMA_FILE } from '../../sla/written/schema.js';
import { formatJsonSchema } from './schema.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { resolveSlaPath } from '../sla-paths.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

/** `slacheck init [file] [--preset minimal|dk-smb] [--force]`: write a commented starter SLA file, and the schema its first line names. */
export const initCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('init')
    .description('write a commented starter SLA file')
    .addHelpText(
      'after',
      examples([
        ['slacheck init', 'a commented minimal agreement in sla.yaml'],
        ['slacheck init contract.yaml --preset dk-smb', "a Danish SME's agreement in contract.yaml"],
      ]),
    )
    .argument('[file]', 'file to write', 'sla.yaml')
    .addOption(new Option('--preset <name>', 'starter agreement').choices(presetNames).default(presetNames[0]))
    .option('--force', 'overwrite the file if it exists')
    .action((file: string, options: { preset: PresetName; force?: boolean }) => {
      if (io.exists(file) && options.force !== true) {
        throw new UsageError(`${file} exists already; not overwriting it`, 'pass --force to replace it, or name another file');
      }
      io.writeFile(file, presets[options.preset]);
      io.stderr.write(
        `slacheck: wrote ${file} (preset ${options.preset})${writeSchemaBeside(io, file)}; check it with: slacheck validate ${file}\n`,
      );
    });
};

/**
 * The schema the starter file's `$schema` line names, in the same folder:
 * the line is relative to the SLA file, as every path it names
 * (resolveSlaPath), so an editor checks the file offline. A file of that
 * name that is there is left as it is: it may be the user's own.
 */
function writeSchemaBeside(io: Io, file: string): string {
  const path = resolveSlaPath(file, SCHEMA_FILE);
  if (io.exists(path)) {
    return io.readFile(path).toString('utf8') === formatJsonSchema()
      ? ''
      : `; ${path} is there already and is left as it is: slacheck schema --output ${path} writes this version's`;
  }
  io.writeFile(path, formatJsonSchema());
  return ` and ${path}, which editors check it against offline`;
}
