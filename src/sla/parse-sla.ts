import { hasErrors, problem, type Problem } from '../problem.js';
import { historyKey } from './normalize/clock-items.js';
import { readIcsFiles, type IcsTexts } from './written/ics-files.js';
import { normalizeSla } from './normalize/normalize-sla.js';
import type { Finding, Names } from './rules/rule.js';
import { rules } from './rules/index.js';
import { schemaProblems } from './written/schema-problems.js';
import { slaFileSchema, type SlaFile } from './written/schema.js';
import { usableSections } from './written/usable-sections.js';
import type { Sla } from './types.js';
import { parseYaml, whereOf, type YamlSource } from './written/yaml-source.js';

/** `file` is the validated file as written, beside `sla`, for output that quotes the file (validate's summary). */
export type SlaResult = { sla?: Sla; file?: SlaFile; problems: Problem[] };

/**
 * The SLA file's text -> the normalised Sla, or every problem in it at once,
 * each with file:line:column and the path in the document. Pure; never throws
 * on user input. Warnings may come with an Sla; errors never do.
 *
 * `ics`: the texts of the ICS files the calendars name (icsPathsIn lists
 * them), as the caller read them; their problems follow the file's own.
 */
export function parseSla(text: string, file: string, ics: IcsTexts = new Map()): SlaResult {
  const { source, data, problems } = parseYaml(text, file);
  if (data === undefined) return { problems: sorted(problems) };
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { problems: sorted([...problems, notAMapping(source, data)]) };

  const parsed = slaFileSchema.safeParse(data);
  const found = [...problems];
  if (!parsed.success) found.push(...schemaProblems(source, slaFileSchema, data, parsed.error.issues));
  const raw = data as Record<string, unknown>;
  found.push(...check(source, parsed.success ? parsed.data : usableSections(raw), parsed.success, declaredNames(raw)));
  if (!parsed.success) return { problems: sorted(found) };
  // The ICS files' problems name their own files: after the SLA file's, in the order the files are named.
  const calendars = readIcsFiles(parsed.data, ics, source);
  const all = [...sorted(found), ...calendars.problems];
  if (hasErrors(all)) return { problems: all };
  const sla = normalizeSla(parsed.data, calendars.files);
  // Where each metric that reads the status history says so: the import reports there when no history is given.
  for (const metric of sla.metrics.values()) {
    const key = historyKey(metric);
    if (key !== undefined) metric.where = whereOf(source, ['metrics', metric.name, key], 'key');
  }
  return { sla, file: parsed.data, problems: all };
}

function check(source: YamlSource, file: Partial<SlaFile>, complete: boolean, names: Names): Problem[] {
  const findings: Finding[] = [];
  for (const rule of rules) rule({ file, complete, names, report: (f) => findings.push(f) });
  return findings.map((f) => located(source, f));
}

/** Calendar, metric and policy names as written, whether or not their definitions pass the schema. */
function declaredNames(raw: Record<string, unknown>): Names {
  const keys = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
  const policies = Array.isArray(raw.policies) ? raw.policies : [];
  const policyName = (p: unknown) => (p !== null && typeof p === 'object' ? (p as { name?: unknown }).name : undefined);
  return {
    calendars: keys(raw.calendars),
    metrics: keys(raw.metrics),
    policies: policies.map(policyName).filter((n): n is string => typeof n === 'string'),
  };
}

function located(source: YamlSource, f: Finding): Problem {
  return problem(f.code, f.severity ?? 'error', f.message, whereOf(source, f.path, f.part), f.hint);
}

function notAMapping(source: YamlSource, data: unknown): Problem {
  const where = whereOf(source, []);
  if (data === null)
    return problem('sla.empty', 'error', 'the SLA file is empty', where, 'run "slacheck init" for a commented starter file');
  return problem(
    'sla.wrong-type',
    'error',
    'expected a mapping of keys (sla:, name:, timezone:, calendars:, …) at the top of the file',
    where,
    'run "slacheck init" for a commented starter file',
  );
}

/** File order: by line, then column; problems without a place first. Stable, so rules keep their order on one spot. */
function sorted(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => (p.where.line ?? 0) * 1e6 + (p.where.column ?? 0);
  return [...problems].sort((a, b) => key(a) - key(b));
}
