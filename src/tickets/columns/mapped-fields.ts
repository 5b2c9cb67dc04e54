import { problem, type Problem } from '../../problem.js';
import { didYouMean } from '../../did-you-mean.js';

/**
 * `--map creted=Oprettet` (or `input.columns.creted`) names a field
 * nothing reads, so the mapping did nothing. A field is known when it is
 * canonical (SPEC 5.1), a history column, or a custom field that a metric or
 * a policy's `when` names. One warning per unknown field, with the nearest
 * known one.
 */
const HISTORY_FIELDS = ['ticket', 'at', 'status', 'priority', 'reply', 'field', 'value'];

export function unknownMappedFields(
  mapped: { flag: Readonly<Record<string, string>>; file: Readonly<Record<string, string>> },
  known: readonly string[],
): Problem[] {
  const fields = new Set(['id', ...known, ...HISTORY_FIELDS]);
  const out: Problem[] = [];
  const check = (field: string, column: string, where: string): void => {
    if (fields.has(field)) return;
    const near = didYouMean(field, fields);
    out.push(
      problem(
        'tickets.unknown-field',
        'warning',
        `${where} "${field}" is not a field slacheck reads, so column "${column}" is not used${near === '' ? '' : `; ${near}`}`,
        {},
        `fields: ${[...fields].join(', ')}; a custom field is read when a metric or a policy's when names it`,
      ),
    );
  };
  for (const [field, column] of Object.entries(mapped.file)) check(field, column, 'input.columns:');
  for (const [field, column] of Object.entries(mapped.flag)) check(field, column, '--map:');
  return out;
}
