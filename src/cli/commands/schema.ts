import type { Command } from 'commander';
import { slaJsonSchema } from '../../sla/written/schema.js';
import type { Io } from '../io.js';
import { writeTo } from '../write-output.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

/** `slacheck schema [--output FILE]`: the JSON Schema of the SLA file, generated from the zod schema (= schema/sla.schema.json). */
export const schemaCommand: CommandSetup = (program: Command, io: Io) => {
  program
    .command('schema')
    .description('print the JSON Schema of the SLA file, for editors and other tools')
    .addHelpText(
      'after',
      examples([
        ['slacheck schema --output sla.schema.json', 'the schema beside the SLA file, where its $schema line points'],
        ["slacheck schema | jq '.properties | keys'", 'the top-level keys of the SLA file'],
      ]),
    )
    .option('-o, --output <file>', 'write the schema to this file (- for stdout), atomically')
    .action(async (options: { output?: string }) => {
      await writeTo(io, options.output, async (sink) => {
        await sink.write(formatJsonSchema());
      });
    });
};

export function formatJsonSchema(): string {
  return `${JSON.stringify(slaJsonSchema(), null, 2)}\n`;
}
