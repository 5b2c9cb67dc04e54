import { isScalar, visit, type Document } from 'yaml';
import { problem, type Problem, type Where } from '../../problem.js';
import type { YamlSource } from './yaml-source.js';

/** The yaml package's errors as our problems, in our words; and duplicate keys, found in one pass. */

/** One yaml error (its code, message and character offset) as a problem; `where` is the offset's file:line:column. */
export function yamlProblem(source: YamlSource, code: string, message: string, offset: number, where: Where): Problem {
  switch (code) {
    case 'DUPLICATE_KEY':
      return problem(
        'sla.duplicate-key',
        'error',
        `duplicate key ${keyText(source, offset)}`.trimEnd(),
        where,
        'each key may appear once in a mapping; remove or rename one of them',
      );
    case 'TAG_RESOLVE_FAILED':
      return problem(
        'sla.yaml-tag',
        'error',
        `unsupported tag ${tagText(message)}`.trimEnd(),
        where,
        'the SLA file is plain YAML: remove the tag',
      );
    default:
      return problem(
        'sla.yaml-syntax',
        'error',
        OWN_WORDS[code] ?? firstLine(message),
        where,
        'fix the YAML syntax; the file must be one YAML document',
      );
  }
}

/** Our wording where the yaml package's speaks of itself ("please use YAML.parseAllDocuments()"). */
const OWN_WORDS: Readonly<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a second "---", or text after "...")',
  TAB_AS_INDENT: 'a tab indents this line; YAML indents with spaces',
  NON_STRING_KEY: 'a key is a list or a mapping; keys are plain text',
  IMPOSSIBLE: 'this cannot be read as YAML',
  RESOURCE_EXHAUSTION: 'this expands to too much data',
};

/** Character offsets of every key that repeats an earlier key of its mapping: one pass, a set per mapping. */
export function duplicateKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(value);
      }
    },
  });
  return offsets;
}

/** yaml's message without its own "at line L, column C", source excerpt or advice about its API, starting in lower case. */
function firstLine(message: string): string {
  const line = (message.split('\n')[0] ?? '')
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/[;,.]? *please .*$/i, '')
    .replace(/\.$/, '');
  return line.charAt(0).toLowerCase() + line.slice(1);
}

/** The key as written at a duplicate-key error: the text up to its colon. */
function keyText(source: YamlSource, offset: number): string {
  const key = (/^[^:\n]*/.exec(source.text.slice(offset))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
  return key === '' ? '' : `"${key}"`;
}

/** `!!binary` as the user wrote it, not yaml's expanded `tag:yaml.org,2002:binary`. */
function tagText(message: string): string {
  return (/: (\S+)/.exec(message)?.[1] ?? '').replace(/^tag:yaml\.org,2002:/, '!!');
}
