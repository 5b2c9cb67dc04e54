import type { Formatter } from './index.js';
import { writeAll } from './sink.js';

/**
 * The document as it is (built with fixed key order and a schema_version,
 * documents.ts), byte for byte what `JSON.stringify(document, null, 2)`
 * prints, but written as a stream: each element of a top-level list
 * (records, kpis, timeline, warnings) is stringified on its own, so a
 * million records never become one string.
 */
export const formatJson: Formatter = (output, sink) => writeAll(sink, jsonPieces(output.document));

export function* jsonPieces(document: object): Generator<string> {
  const entries = Object.entries(document).filter(([, value]) => value !== undefined && typeof value !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  const keys: KeyTexts = new Map();
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (isList(value)) yield* listPieces(value, keys);
    else yield nested(value, '  ', keys);
    yield i === entries.length - 1 ? '\n' : ',\n';
  }
  yield '}\n';
}

/** `"ticket": ` for each key met, made once per document. */
type KeyTexts = Map<string, string>;

function isList(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

function* listPieces(items: Iterable<unknown>, keys: KeyTexts): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${nested(item, '    ', keys)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

/** A value stringified with 2-space indents, its inner lines shifted to sit at `indent`. */
function nested(value: unknown, indent: string, keys: KeyTexts): string {
  const flat = flatObject(value, indent, keys);
  if (flat !== undefined) return flat;
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
}

/**
 * A flat object (a record, a KPI row: every value a string, number, boolean
 * or null) written key by key, as JSON.stringify would: its indented path is
 * slow in V8, and this is the loop that runs a million times. Undefined when
 * the value is anything else.
 */
function flatObject(value: unknown, indent: string, keys: KeyTexts): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  const object = value as Record<string, unknown>;
  const pad = `\n${indent}  `;
  let text = '{';
  let first = true;
  for (const key in object) {
    const v = object[key];
    let json: string;
    if (typeof v === 'string') json = JSON.stringify(v);
    else if (typeof v === 'number') json = Number.isFinite(v) ? String(v) : 'null';
    else if (typeof v === 'boolean') json = v ? 'true' : 'false';
    else if (v === null) json = 'null';
    else if (v === undefined) continue;
    else return undefined;
    let keyText = keys.get(key);
    if (keyText === undefined) {
      keyText = `${JSON.stringify(key)}: `;
      keys.set(key, keyText);
    }
    text += `${first ? '' : ','}${pad}${keyText}${json}`;
    first = false;
  }
  return first ? '{}' : `${text}\n${indent}}`;
}
