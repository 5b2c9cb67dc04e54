import { isRecordGroupKey, RECORD_GROUP_KEYS, type GroupKey } from '../evaluate/kpis.js';
import { TEXT_FIELDS } from '../tickets/columns/canonical-fields.js';
import { UsageError } from './errors.js';

/**
 * The `--by` keys of report and compare: comma-separated; a key
 * holding a comma is written in double quotes (`policy,"Custom field (Team, EU)"`).
 * The record's keys (policy, priority, month, none) and the ticket fields are
 * matched in any case and written in lower case; any other key is a column of
 * the export, kept as written (the import finds it, case-insensitively, and
 * refuses one the export does not have). A key that is also a figure of the
 * KPI row would overwrite it in the json and csv, so it is refused.
 */
export function groupKeys(text: string, figures: readonly string[]): GroupKey[] {
  const keys = splitKeys(text).map((key) => {
    const lower = key.toLowerCase();
    return isRecordGroupKey(lower) || (TEXT_FIELDS as readonly string[]).includes(lower) ? lower : key;
  });
  const hint = `keys: ${RECORD_GROUP_KEYS.join(', ')}, a ticket field (${TEXT_FIELDS.filter((f) => f !== 'priority').join(', ')}) or a column of the export; combine with commas`;
  if (keys.some((k) => k === '')) throw new UsageError(`--by: "${text}" has an empty key`, hint);
  const lower = keys.map((k) => k.toLowerCase());
  if (new Set(lower).size !== keys.length) throw new UsageError(`--by: "${text}" names a key twice`);
  const clash = keys.find((k) => figures.includes(k.toLowerCase()));
  if (clash !== undefined)
    throw new UsageError(
      `--by: "${clash}" is also a column of the KPI rows, so its values would overwrite that figure`,
      'map the export column to another name with --map NAME=COLUMN and group --by NAME',
    );
  return keys;
}

/** `a, "b, c" ,d` -> [a, b, c... ]: commas split, except inside double quotes; each key trimmed. */
function splitKeys(text: string): string[] {
  const keys: string[] = [];
  let key = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      keys.push(key.trim());
      key = '';
    } else key += c;
  }
  keys.push(key.trim());
  return keys;
}

/** The keys the import reads as lists: every key that is not one of the record's. */
export function listKeys(keys: readonly GroupKey[]): string[] {
  return keys.filter((k) => !isRecordGroupKey(k));
}
