import { readIcs, type IcsFile } from '../../calendar/index.js';
import { problem, type Problem } from '../../problem.js';
import type { SlaFile } from './schema.js';
import { parseYaml, whereOf, type YamlSource } from './yaml-source.js';

/**
 * The ICS files an SLA file names under `calendars.*.holidays.ics`. The
 * core reads no files: the CLI asks icsPathsIn which paths to read, reads
 * them, and hands their texts to parseSla (IcsTexts), which reads each once
 * into an IcsFile here, however many calendars name it.
 */

/** One named ICS file as the CLI found it: the path messages name, and its text or why it could not be read. */
export type IcsText = { file: string; text: string } | { file: string; error: string; hint?: string };

/** By the path as the SLA file writes it. */
export type IcsTexts = ReadonlyMap<string, IcsText>;

/** The ICS paths an SLA file's text names, in file order, each once; none when the text is not a readable mapping (parseSla says why). */
export function icsPathsIn(text: string): string[] {
  const { data } = parseYaml(text, '');
  const paths = new Set<string>();
  for (const entry of Object.values(mapping(mapping(data).calendars))) {
    const ics = mapping(mapping(entry).holidays).ics;
    if (Array.isArray(ics)) for (const path of ics) if (typeof path === 'string') paths.add(path);
  }
  return [...paths];
}

function mapping(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Each ICS file the calendars name, read: the IcsFiles by written path, and
 * the problems: a file that could not be read (placed where the SLA file
 * names it) and what readIcs found in the file itself (placed in it).
 */
export function readIcsFiles(file: SlaFile, texts: IcsTexts, source: YamlSource): { files: Map<string, IcsFile>; problems: Problem[] } {
  const files = new Map<string, IcsFile>();
  const problems: Problem[] = [];
  const done = new Set<string>();
  for (const [name, entry] of Object.entries(file.calendars)) {
    if (entry === '24x7') continue;
    (entry.holidays?.ics ?? []).forEach((path, i) => {
      if (done.has(path)) return;
      done.add(path);
      const where = whereOf(source, ['calendars', name, 'holidays', 'ics', i]);
      const given = texts.get(path);
      if (given === undefined) {
        problems.push(
          problem(
            'sla.ics-not-read',
            'error',
            `the ICS file "${path}" was not read`,
            where,
            'give parseSla the text of every file icsPathsIn names',
          ),
        );
        return;
      }
      if ('error' in given) {
        const shown = given.file === path ? `"${path}"` : `"${path}" (${given.file})`;
        problems.push(
          problem(
            'sla.ics-unreadable',
            'error',
            `cannot read the ICS file ${shown}: ${given.error}`,
            where,
            given.hint ?? 'check the path: it is relative to the folder of the SLA file',
          ),
        );
        return;
      }
      const read = readIcs(given.text, path, given.file);
      files.set(path, read.ics);
      problems.push(...read.problems);
    });
  }
  return { files, problems };
}
