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
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (isList(value)) yield* listPieces(value);
    else yield nested(value, '  ');
    yield i === entries.length - 1 ? '\n' : ',\n';
  }
  yield '}\n';
}

function isList(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

function* listPieces(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${nested(item, '    ')}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

/** A value stringified with 2-space indents, its inner lines shifted to sit at `indent`. */
function nested(value: unknown, indent: string): string {
  const flat = flatObject(value, indent);
  if (flat !== undefined) return flat;
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
}

/**
 * A flat object (a record, a KPI row: every value a string, number, boolean
 * or null) written key by key: JSON.stringify with indentation takes a slow
 * path in V8, and this is the loop that runs a million times. Undefined
 * when the value is anything else.
 */
function flatObject(value: unknown, indent: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  let text = '';
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
    text += `${text === '' ? '{\n' : ',\n'}${indent}  ${JSON.stringify(key)}: ${JSON.stringify(v)}`;
  }
  return text === '' ? '{}' : `${text}\n${indent}}`;
}
