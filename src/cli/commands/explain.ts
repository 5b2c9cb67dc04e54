import type { Command } from 'commander';
import { explainTicket } from '../../evaluate/explain.js';
import { verdictTally } from '../../evaluate/vendor-verdicts.js';
import { helpdeskName } from '../../tickets/columns/presets/index.js';
import { toExplainDocument } from '../../report/documents.js';
import { TABLES_OF } from '../../report/index.js';
import { closestMatch } from '../../did-you-mean.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { loadRun } from '../load-run.js';
import { printRunProblems } from '../run-problems.js';
import { addRunOptions, type RunOptions } from '../run-options.js';
import { examples } from '../help-examples.js';
import type { CommandSetup } from './index.js';

/**
 * `slacheck explain --sla FILE TICKETS.csv... TICKET-ID` (SPEC 7): the last
 * argument is the ticket id. For each metric: the policy and why it matched,
 * start, stop or as-of, due, verdict, and the timeline of segments.
 */
export const explainCommand: CommandSetup = (program: Command, io: Io) => {
  const command = program
    .command('explain')
    .description('why a ticket met or breached: policy, clocks, and a timeline of counted, closed and paused time')
    .addHelpText(
      'after',
      examples([
        [
          'slacheck explain --sla sla.yaml tickets.csv --events history.csv NL-1005',
          'why ticket NL-1005 met or breached, segment by segment',
        ],
        ['slacheck explain --sla sla.yaml tickets.csv NL-1005 --format csv --table timeline', 'its timeline only, as csv'],
      ]),
    )
    .argument('<tickets-and-id...>', 'ticket export CSV file(s), then the ticket id');
  addRunOptions(command, { period: false, tables: TABLES_OF.explain }).action(async (args: string[], options: RunOptions) => {
    if (args.length < 2)
      throw new UsageError(
        'explain needs the ticket files and then a ticket id',
        'e.g. slacheck explain --sla sla.yaml tickets.csv NL-1005',
      );
    const id = args[args.length - 1]!;
    const run = await loadRun(io, args.slice(0, -1), options);
    const { tickets } = run.imported;
    const ids = tickets.ids();
    const ticket = tickets.get(id) ?? tickets.get(ids.find((known) => known.trim().toLowerCase() === id.trim().toLowerCase()) ?? id);
    if (ticket === undefined) {
      // A ticket whose row was rejected is not just "no such ticket": the warning that names its row comes first.
      printRunProblems(io, run.imported, []);
      throw unknownTicket(id, ids, (run.imported.counts?.rejectedTicketRows ?? 0) > 0);
    }
    const explanation = explainTicket(run.input, ticket);
    const { evaluation } = explanation;
    const verdicts = verdictTally();
    for (const { record } of explanation.records) verdicts.add(record, ticket);
    const differ = verdicts.warning(helpdeskName(run.imported.preset));
    if (differ !== undefined) explanation.warnings.push(differ);
    const document = toExplainDocument(
      {
        ticket: ticket.id,
        source: ticket.source,
        fields: ticket.fields,
        policy: evaluation.match?.policy.name,
        reasons: evaluation.match?.reasons ?? [],
        records: explanation.records,
      },
      { ...run.common, warnings: run.warnings(explanation.warnings) },
    );
    await run.write({ command: 'explain', document });
    printRunProblems(io, run.imported, explanation.warnings);
  });
};

function unknownTicket(id: string, ids: readonly string[], rowsRejected: boolean): UsageError {
  const near = closestMatch(id, ids);
  const hint = rowsRejected
    ? 'the last argument of explain is the ticket id; if its row was rejected, the warnings above name the row and why'
    : 'the last argument of explain is the ticket id';
  return new UsageError(`no ticket "${id}" in the ticket files${near === undefined ? '' : `; did you mean "${near}"?`}`, hint);
}
