import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSchemaDoc } from '../../src/report/schema-doc.js';
import { runCli } from '../fake-io.js';
import { exampleIo } from './example-io.js';

/**
 * The README shows real output: every ```console block whose first line is
 * `$ slacheck …` is run here on the bundled example and must match what
 * follows it (stdout, then stderr). The JSON key tables come from
 * schema-doc.ts. After a deliberate change, `UPDATE_README=1 npx vitest run
 * test/cli/readme.test.ts` rewrites them; read the diff.
 */
const README = 'README.md';
const BLOCK = /```console\n\$ (slacheck [^\n]*)\n([\s\S]*?)```/g;
const SCHEMA = /(<!-- schema-doc:begin[^\n]*-->\n)[\s\S]*?(<!-- schema-doc:end -->)/;
const update = process.env.UPDATE_README === '1';

/** Words of a command line: split on spaces, single or double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

async function output(command: string): Promise<string> {
  const { out, err } = await runCli(words(command).slice(1), exampleIo());
  return out + err;
}

describe('the README', () => {
  const text = readFileSync(README, 'utf8');
  const blocks = [...text.matchAll(BLOCK)];

  it('has console examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the real output of each example', async () => {
    let rewritten = text;
    for (const [block, command, shown] of blocks) {
      const actual = await output(command!);
      if (update) rewritten = rewritten.replace(block, `\`\`\`console\n$ ${command}\n${actual}\`\`\``);
      else expect({ command, output: shown }).toEqual({ command, output: actual });
    }
    if (update) writeFileSync(README, rewritten.replace(SCHEMA, `$1${formatSchemaDoc()}$2`));
  });

  it('describes the JSON documents as schema-doc.ts does', () => {
    const section = SCHEMA.exec(readFileSync(README, 'utf8'));
    expect(section?.[0]).toBe(`${section?.[1]}${formatSchemaDoc()}${section?.[2]}`);
  });

  it('lists every output format', () => {
    for (const format of ['table', 'json', 'csv', 'ndjson', 'markdown']) expect(text).toContain(`| \`${format}\` |`);
  });
});
