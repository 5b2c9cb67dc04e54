import { z } from 'zod';
import { problem, type Problem } from '../../problem.js';
import { closestMatch } from '../../did-you-mean.js';
import { describeValue } from '../values/duration.js';
import { explainScalar, isScalarCode } from './scalars.js';
import { formatPath, locate, scalarSource, whereOf, type Path, type YamlSource } from './yaml-source.js';

/**
 * zod issues -> located Problems. zod knows the path; the YAML document knows
 * where that path was written. Messages are ours (GNU style, lower case), and
 * the schema itself supplies the allowed keys and a description for hints.
 */

type Issue = z.core.$ZodIssue;

export function schemaProblems(source: YamlSource, schema: z.ZodType, data: unknown, issues: readonly Issue[]): Problem[] {
  const ctx = { source, schema, data };
  return issues.flatMap((issue) => issueProblems(ctx, issue, []));
}

type Context = { source: YamlSource; schema: z.ZodType; data: unknown };

function issueProblems(ctx: Context, issue: Issue, prefix: Path): Problem[] {
  const path: Path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownKey(ctx, path, key));
  if (isMissing(ctx.source, path)) return missingKey(ctx, path);
  if (issue.code === 'invalid_union') return unionProblems(ctx, issue, path);
  const where = whereOf(ctx.source, path);
  const value = valueAt(ctx.data, path);
  if (issue.code === 'custom' && isScalarCode(issue.params?.code)) {
    const why = explainScalar(issue.params.code, value, scalarSource(ctx.source, path));
    return [problem(issue.params.code, 'error', why.message, where, why.hint)];
  }
  if (issue.code === 'invalid_type') {
    return [
      problem(
        'sla.wrong-type',
        'error',
        `expected ${expectedName(issue.expected)}, found ${describeValue(value)}`,
        where,
        describe(ctx, path),
      ),
    ];
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return [
      problem(
        'sla.too-few',
        'error',
        `expected at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}, found ${Array.isArray(value) && value.length === 0 ? 'an empty list' : describeValue(value)}`,
        where,
        describe(ctx, path),
      ),
    ];
  }
  return [problem('sla.invalid', 'error', lowerFirst(issue.message), where, describe(ctx, path))];
}

/** A path whose parent exists but whose last key does not: a required key left out. */
function isMissing(source: YamlSource, path: Path): boolean {
  return path.length > 0 && !locate(source, path).found && locate(source, path.slice(0, -1)).found;
}

function missingKey(ctx: Context, path: Path): Problem[] {
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  // `nme: P2` is reported once, as an unknown key that means "name", not also as a missing name.
  const allowed = objectKeys(schemaAt(ctx.schema, parent));
  const written = Object.keys((valueAt(ctx.data, parent) ?? {}) as object);
  if (written.some((k) => !allowed.includes(k) && closestMatch(k, allowed) === key)) return [];
  const about = schemaAt(ctx.schema, path)?.description;
  return [
    problem(
      'sla.missing-key',
      'error',
      `missing key "${key}"`,
      whereOf(ctx.source, parent),
      about === undefined ? undefined : `add ${key}: ${about}`,
    ),
  ];
}

function unknownKey(ctx: Context, path: Path, key: string): Problem {
  const allowed = objectKeys(schemaAt(ctx.schema, path));
  const near = closestMatch(key, allowed);
  const message = near === undefined ? 'unknown key' : `unknown key; did you mean "${near}"?`;
  return problem(
    'sla.unknown-key',
    'error',
    message,
    whereOf(ctx.source, [...path, key], 'key'),
    `keys allowed here: ${allowed.join(', ')}`,
  );
}

/**
 * A union failed every branch. When one branch got further into the value
 * (its issues lie deeper, or it is a formatted scalar that can explain itself)
 * the user meant that branch: report its issues. Otherwise the union's own
 * message, which names what may be written here.
 */
function unionProblems(ctx: Context, issue: UnionIssue, path: Path): Problem[] {
  const branch = chosenBranch(issue);
  if (branch !== undefined) return branch.flatMap((inner) => issueProblems(ctx, inner, path));
  const scalar = issue.errors.find((errors) => errors.some((i) => i.code === 'custom' && isScalarCode(i.params?.code)));
  const value = valueAt(ctx.data, path);
  if (scalar !== undefined && (typeof value !== 'object' || value === null))
    return scalar.flatMap((inner) => issueProblems(ctx, inner, path));
  return [
    problem(
      'sla.wrong-type',
      'error',
      `${lowerFirst(issue.message)}, found ${describeValue(value)}`,
      whereOf(ctx.source, path),
      describe(ctx, path),
    ),
  ];
}

type UnionIssue = Extract<Issue, { code: 'invalid_union' }>;

/** The one branch of a failed union that got deepest into the value, if one did: the branch the user meant. */
export function chosenBranch(issue: UnionIssue): readonly Issue[] | undefined {
  const depth = (issues: readonly Issue[]) => Math.max(...issues.map((i) => i.path.length));
  const [best, next] = [...issue.errors].sort((a, b) => depth(b) - depth(a));
  return best !== undefined && depth(best) > 0 && (next === undefined || depth(next) < depth(best)) ? best : undefined;
}

/** The schema that describes `path`, for allowed keys and descriptions. */
export function schemaAt(root: z.ZodType, path: Path): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const step of path) {
    schema = step === undefined ? undefined : childSchema(schema, step);
    if (schema === undefined) return undefined;
  }
  return schema;
}

function childSchema(schema: z.ZodType | undefined, step: string | number): z.ZodType | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return (s.shape as Record<string, z.ZodType>)[String(step)];
  if (s instanceof z.ZodRecord) return s.valueType as z.ZodType;
  if (s instanceof z.ZodArray) return s.element as z.ZodType;
  if (s instanceof z.ZodUnion) {
    for (const option of s.options as z.ZodType[]) {
      const found = childSchema(option, step);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap() as z.ZodType);
  return schema;
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return Object.keys(s.shape);
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).flatMap(objectKeys);
  return [];
}

function describe(ctx: Context, path: Path): string | undefined {
  const about = schemaAt(ctx.schema, path)?.description ?? unwrap(schemaAt(ctx.schema, path))?.description;
  return about === undefined || path.length === 0 ? undefined : `${formatPath(path.slice(-1))}: ${about}`;
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return names[expected] ?? expected;
}

export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[String(step)];
  }
  return value;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
