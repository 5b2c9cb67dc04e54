import type { z } from 'zod';
import { isScalarCode, NEUTRAL_VALUES } from './scalars.js';
import { chosenBranch, valueAt } from './schema-problems.js';
import { slaFileSchema, type SlaFile } from './schema.js';

/**
 * The parts of a broken file that still make sense, for the rules: every
 * value zod rejects is cut out (an unknown key, a bad target, a calendar
 * that is not a mapping) until the rest passes. Rules then report on what is
 * left, so a bad duration in one policy does not hide an unknown calendar in
 * another (all errors at once). Array items are never cut alone: the rules
 * point at `policies[i]` by position, so a broken item takes its list with it.
 */

// Each round cuts at least one level deeper or higher; the document is at most this deep where it matters.
const MAX_ROUNDS = 8;

export function usableSections(data: Record<string, unknown>): Partial<SlaFile> {
  const value = structuredClone(data);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = slaFileSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const cuts = parsed.error.issues.map((issue) => cutIssue(value, issue));
    if (!cuts.some(Boolean)) break;
  }
  return passingSections(value);
}

type Step = string | number;

function cutIssue(root: Record<string, unknown>, issue: z.core.$ZodIssue): boolean {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => cut(root, [...path, key])).some(Boolean);
  const branch = issue.code === 'invalid_union' ? chosenBranch(issue) : undefined;
  if (branch !== undefined) return branch.map((inner) => cutIssue(root, { ...inner, path: [...path, ...inner.path] })).some(Boolean);
  // A bad duration, goal or zone keeps its key (a misspelt metric beside it is still reported): it gets a neutral value.
  if (issue.code === 'custom' && isScalarCode(issue.params?.code) && NEUTRAL_VALUES[issue.params.code] !== undefined && has(root, path))
    return replace(root, path, NEUTRAL_VALUES[issue.params.code]);
  // A required key that is missing: cut the mapping that lacks it.
  return has(root, path) ? cut(root, path) : cut(root, path.slice(0, -1));
}

function replace(root: Record<string, unknown>, path: readonly Step[], value: unknown): boolean {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string, unknown>;
  parent[String(path[path.length - 1])] = value;
  return true;
}

function cut(root: Record<string, unknown>, path: readonly Step[]): boolean {
  let end = path.length;
  while (end > 0 && Array.isArray(valueAt(root, path.slice(0, end - 1)))) end--;
  if (end === 0) return false;
  const parent = valueAt(root, path.slice(0, end - 1));
  const key = String(path[end - 1]);
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, key)) return false;
  delete (parent as Record<string, unknown>)[key];
  return true;
}

function has(root: unknown, path: readonly Step[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  return path.length > 0 && parent !== null && typeof parent === 'object' && Object.hasOwn(parent, String(path[path.length - 1]));
}

/** Top-level sections that pass on their own (a missing `name:` must not stop the policy checks). */
function passingSections(data: Record<string, unknown>): Partial<SlaFile> {
  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(slaFileSchema.shape)) {
    const section = schema.safeParse(data[key]);
    if (section.success && section.data !== undefined) sections[key] = section.data;
  }
  return sections as Partial<SlaFile>;
}
