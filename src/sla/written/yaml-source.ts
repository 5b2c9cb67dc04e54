import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { problem, type Problem, type Where } from '../../problem.js';
import { duplicateKeys, yamlProblem } from './yaml-problems.js';

/**
 * The SLA file's YAML: parsed once, and asked afterwards where a path of the
 * document sits (file:line:column), so that every problem, from zod or from
 * a rule, points at the key or value the user wrote.
 */

export type Path = readonly (string | number)[];

export type YamlSource = {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
};

/**
 * SPEC 4: YAML 1.2 core, duplicate keys are errors, no custom tags,
 * bounded aliases. Duplicate keys are found here in one pass (duplicateKeys):
 * the yaml package's own check compares every key with every other, which
 * took a minute on a 1 MB priority map.
 */
const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: false,
  resolveKnownTags: false,
  prettyErrors: false,
  merge: false,
} as const;

// A small file may expand an alias only this often: a "billion laughs" file stops here instead of filling memory.
export const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string, file: string): { source: YamlSource; data: unknown; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter: lines });
  const source = { file, text, doc, lines };
  const problems = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(source, e.code, e.message, e.pos[0], at(source, e.pos[0])));
  if (doc.errors.length === 0)
    problems.push(...duplicateKeys(doc).map((offset) => yamlProblem(source, 'DUPLICATE_KEY', '', offset, at(source, offset))));
  if (problems.length > 0 && !problems.every((p) => p.code === 'sla.duplicate-key')) return { source, data: undefined, problems };
  try {
    return { source, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    // toJS throws only for alias trouble (too many expansions); anything else is a bug.
    if (!(error instanceof ReferenceError)) throw error;
    const where = { file, line: 1, column: 1 };
    return {
      source,
      data: undefined,
      problems: [
        ...problems,
        problem(
          'sla.too-many-aliases',
          'error',
          'aliases expand to too much data',
          where,
          `a YAML alias (*name) may be expanded at most ${MAX_ALIAS_COUNT} times; write the values out`,
        ),
      ],
    };
  }
}

/** file:line:column of a character offset. */
export function at(source: YamlSource, offset: number, field?: string): Where {
  const { line, col } = source.lines.linePos(offset);
  return field === undefined ? { file: source.file, line, column: col } : { file: source.file, line, column: col, field };
}

/** What a path points at in the document: the value node and, inside a mapping, its key. */
export type Located = { node?: Node | null; key?: Node | null; found: boolean; parent?: Node };

export function locate(source: YamlSource, path: Path): Located {
  let node: Node | null | undefined = source.doc.contents;
  let key: Node | null | undefined;
  for (let i = 0; i < path.length; i++) {
    const resolved = resolveAlias(source, node);
    const next = child(resolved, path[i]!);
    if (next === undefined) return { node: resolved ?? undefined, key, found: false, parent: resolved ?? undefined };
    ({ node, key } = next);
  }
  return { node, key, found: true };
}

function child(node: Node | null | undefined, step: string | number): { node: Node | null; key?: Node | null } | undefined {
  if (isMap(node)) {
    const pair = (node.items as Pair<Node | null, Node | null>[]).find((p) => scalarKey(p.key) === String(step));
    return pair === undefined ? undefined : { node: pair.value, key: pair.key };
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step] as Node | null | undefined;
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

function resolveAlias(source: YamlSource, node: Node | null | undefined): Node | null | undefined {
  // One level is enough: an alias points at an anchored node, never at another alias.
  return isAlias(node) ? (node.resolve(source.doc) as Node | undefined) : node;
}

function scalarKey(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/**
 * Where a problem about `path` points: the key itself for `part: 'key'` (an
 * unknown key, a misspelt metric), else the value; for a missing path the
 * nearest mapping that exists. `field` is the path as `policies[1].targets.respons`.
 */
export function whereOf(source: YamlSource, path: Path, part: 'key' | 'value' = 'value'): Where {
  const found = locate(source, path);
  const field = path.length === 0 ? undefined : formatPath(path);
  const valueNode = found.found ? found.node : found.parent;
  const emptyValue = valueNode == null || (isScalar(valueNode) && valueNode.value === null);
  const target = found.found && (part === 'key' || emptyValue) && found.key != null ? found.key : valueNode;
  const offset = target?.range?.[0] ?? 0;
  return at(source, offset, field);
}

/** The source text of a plain scalar at `path` (`1:30`, `30`), for messages about what the user wrote. */
export function scalarSource(source: YamlSource, path: Path): string | undefined {
  const { node, found } = locate(source, path);
  return found && isScalar(node) && typeof node.source === 'string' && node.type === 'PLAIN' ? node.source : undefined;
}

/** `policies[1].targets.respons`; keys that are not plain words are quoted: `goals.resolution["P1 nede"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[\w-]+$/.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
