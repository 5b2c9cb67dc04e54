import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSchemaDoc } from '../../src/report/schema-doc.js';
import { fakeIo, runCli } from '../fake-io.js';
import { fencedBlocks, manualPages, readPage } from './pages.js';

/**
 * The manual shows real output. Every fenced block of README.md and
 * docs/**\/*.md whose first line is `$ slacheck …` is a ```console block, and
 * it is run here, in-process, and must match what follows its first line
 * (stdout, then stderr). The approach is comparison, not generation: the pages
 * are the source, and a change of output fails here until the page says it
 * too. `UPDATE_DOCS=1 npx vitest run test/docs/examples.test.ts` writes the
 * current output into the pages (and the JSON key tables from
 * schema-doc.ts); read the diff.
 *
 * Each command runs with the repository's fixtures/ under their paths, plus
 * the files SETUP names for it. A block that cannot run is in NOT_RUN, with
 * the reason; every other block runs.
 */
const update = process.env.UPDATE_DOCS === '1';
const SCHEMA = /(<!-- schema-doc:begin[^\n]*-->\n)[\s\S]*?(<!-- schema-doc:end -->)/;

/** Blocks that are not run, by their first line, with the reason. */
const NOT_RUN: Record<string, string> = {
  '$ slacheck report --sla fixtures/datasets/servicenow-uci.sla.yaml \\':
    'the dataset (46 MB unpacked, CC BY 4.0) is not in the repository; `npm run bench -- datasets` reads it where it is',
  '$ slacheck report --sla fixtures/datasets/helpdesk-italian.sla.yaml \\':
    'the dataset is not in the repository; `npm run bench -- datasets` reads it where it is',
};

/** Files a command needs beyond fixtures/, as the page around it says. */
const SETUP: Record<string, () => Promise<Record<string, string | Buffer>>> = {
  // "For the `dk-smb` starter": the file `slacheck init --preset dk-smb` writes.
  'slacheck validate sla.yaml --year 2026': dkSmbStarter,
  'slacheck calendar --sla sla.yaml --calendar office --from 2026-04-01T15:00 --to 2026-04-07T09:00': dkSmbStarter,
  // "With the SPEC example's half day on 23 December".
  'slacheck calendar --sla sla.yaml --calendar office --from 2026-12-22T15:00 --add 4h': async () => ({
    'sla.yaml': readFileSync('test/sla/spec-example.yaml'),
  }),
};

async function dkSmbStarter(): Promise<Record<string, Buffer>> {
  const { io } = await runCli(['init', '--preset', 'dk-smb']);
  return { 'sla.yaml': io.files.get('sla.yaml')! };
}

/** Every file under fixtures/, under its path from the repository's root. */
function fixtures(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync('fixtures', { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[`${entry.parentPath}/${entry.name}`.replaceAll('\\', '/')] = readFileSync(`${entry.parentPath}/${entry.name}`);
  }
  return files;
}

/** Words of a command line: split on spaces, single or double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

type Example = { page: string; line: number; info: string; command: string; shown: string; fence: string };

function examples(): Example[] {
  return manualPages().flatMap((page) =>
    fencedBlocks(readPage(page))
      .filter((block) => block.text.startsWith('$ slacheck '))
      .map((block) => {
        const end = block.text.indexOf('\n');
        return {
          page,
          line: block.line,
          info: block.info,
          command: block.text.slice(2, end),
          shown: block.text.slice(end + 1),
          fence: block.fence,
        };
      }),
  );
}

describe('the examples in the manual', () => {
  const all = examples();
  const run = all.filter((e) => NOT_RUN[`$ ${e.command}`] === undefined);
  const files = fixtures();

  it('are console blocks, and there are some to run', () => {
    expect(all.filter((e) => e.info !== 'console').map((e) => `${e.page}:${e.line}`)).toEqual([]);
    expect(run.length).toBeGreaterThanOrEqual(15);
  });

  it('that are not run are each listed with the reason, and still in the manual', () => {
    expect(Object.keys(NOT_RUN).filter((first) => !all.some((e) => `$ ${e.command}` === first))).toEqual([]);
  });

  it('show the real output of each command', async () => {
    const rewritten = new Map<string, string>();
    const differ: { where: string; command: string; shown: string; output: string }[] = [];
    for (const example of run) {
      const extra = (await SETUP[example.command]?.()) ?? {};
      const { out, err } = await runCli(words(example.command).slice(1), fakeIo({ files: { ...files, ...extra } }));
      if (out + err !== example.shown)
        differ.push({ where: `${example.page}:${example.line}`, command: example.command, shown: example.shown, output: out + err });
      const text = rewritten.get(example.page) ?? readPage(example.page);
      rewritten.set(example.page, text.replace(example.fence, `\`\`\`console\n$ ${example.command}\n${out}${err}\`\`\``));
    }
    if (update) for (const [page, text] of rewritten) writeFileSync(page, text);
    else expect(differ).toEqual([]);
  });
});

describe('docs/json.md', () => {
  if (update) writeFileSync('docs/json.md', readPage('docs/json.md').replace(SCHEMA, `$1${formatSchemaDoc()}$2`));
  const text = readPage('docs/json.md');

  it('describes the JSON documents as schema-doc.ts does', () => {
    const section = SCHEMA.exec(text);
    expect(section?.[0]).toBe(`${section?.[1]}${formatSchemaDoc()}${section?.[2]}`);
  });
});

describe('docs/output-formats.md', () => {
  it('lists every output format', () => {
    const text = readPage('docs/output-formats.md');
    for (const format of ['table', 'json', 'csv', 'ndjson', 'markdown']) expect(text).toContain(`| \`${format}\` |`);
  });
});
