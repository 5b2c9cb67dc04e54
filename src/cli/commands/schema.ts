import type { Command } from 'commander';
import { slaJsonSchema } from '../../sla/schema.js';
import type { Io } from '../io.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

/** `slacheck schema`: the JSON Schema of the SLA file, generated from the zod schema (= schema/sla.schema.json). */
export const schemaCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('schema')
    .description('print the JSON Schema of the SLA file, for editors and other tools')
    .addHelpText('after', examples([['slacheck schema > sla.schema.json', 'the schema into a file for an editor'], ["slacheck schema | jq '.properties | keys'", 'the top-level keys of the SLA file']]))
    .action(() => {
      io.stdout.write(formatJsonSchema());
    });
};

export function formatJsonSchema(): string {
  return `${JSON.stringify(slaJsonSchema(), null, 2)}\n`;
}
