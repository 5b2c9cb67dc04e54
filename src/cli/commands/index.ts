import type { Command } from 'commander';
import type { Io } from '../io.js';
import { calendarCommand } from './calendar.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { inspectCommand } from './inspect.js';
import { reportCommand } from './report.js';
import { reviewCommand } from './review.js';
import { schemaCommand } from './schema.js';
import { suggestCommand } from './suggest.js';
import { validateCommand } from './validate.js';

/** A command file registers itself on the program; its action throws the errors of cli/errors.ts to end badly. */
export type CommandSetup = (program: Command, io: Io) => void;

/** Every command, in the order `slacheck --help` lists them. Add one line per command file. */
export const commands: readonly CommandSetup[] = [
  initCommand,
  validateCommand,
  schemaCommand,
  calendarCommand,
  checkCommand,
  reportCommand,
  reviewCommand,
  explainCommand,
  compareCommand,
  suggestCommand,
  inspectCommand,
];
