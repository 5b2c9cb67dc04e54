import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { runCli } from '../fake-io.js';

const NAMES = ['init', 'validate', 'schema', 'calendar', 'check', 'report', 'explain', 'compare', 'suggest', 'inspect', 'review'];

describe('help', () => {
  it('has a command per file', () => {
    expect(commands.length).toBe(NAMES.length);
  });

  it.each(NAMES)("`slacheck help %s` prints the command's help with two examples, like --help", async (name) => {
    const viaHelp = await runCli(['help', name]);
    const viaFlag = await runCli([name, '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toBe(viaFlag.out);
    expect(viaHelp.out).toContain(`Usage: slacheck ${name}`);
    expect(viaHelp.out.split('\nExamples:\n')[1]?.match(/^ {2}\$ slacheck /gm)).toHaveLength(2);
  });

  it.each(['check', 'report', 'explain', 'calendar'])('marks --sla as required in `%s --help`', async (name) => {
    expect((await runCli([name, '--help'])).out).toMatch(/--sla <file> +the SLA file \(required\)/);
  });

  it('`slacheck help nosuch` says the command is unknown, exit 2 (QA: it printed the whole help without a word)', async () => {
    const { code, out, err } = await runCli(['help', 'reprot']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      `slacheck: help: unknown command "reprot"; did you mean "report"?\n  commands: ${['init', 'validate', 'schema', 'calendar', 'check', 'report', 'review', 'explain', 'compare', 'suggest', 'inspect'].join(', ')}\n`,
    );
  });

  it.each(NAMES)('`slacheck %s --help` ends with the path of its page in the manual, a page that exists', async (name) => {
    const { out } = await runCli([name, '--help']);
    const page = /^Manual: (\S+)$/.exec(out.trimEnd().split('\n').at(-1)!)?.[1];
    expect(page).toBe(`docs/commands/${name}.md`);
    expect(existsSync(page!)).toBe(true);
  });

  it('has a page in docs/commands/ for every command, and none for a command that is not there', () => {
    expect(readdirSync('docs/commands').sort()).toEqual(NAMES.map((name) => `${name}.md`).sort());
  });

  it('lists `help` among the commands', async () => {
    expect((await runCli(['--help'])).out).toMatch(/^ {2}help \[command\] +print help for a command$/m);
  });
});

describe("usage errors point at the command's help", () => {
  it('for an unknown option', async () => {
    const { code, err } = await runCli(['check', '--sla', 'sla.yaml', 'tickets.csv', '--nope']);
    expect(code).toBe(2);
    expect(err).toBe('slacheck: unknown option \'--nope\'\n(run "slacheck check --help" for usage)\n');
  });

  it('for a missing --sla', async () => {
    const { code, err } = await runCli(['report', 'tickets.csv']);
    expect(code).toBe(2);
    expect(err).toBe('slacheck: required option \'--sla <file>\' not specified\n(run "slacheck report --help" for usage)\n');
  });

  it("for an unknown command, at the program's help", async () => {
    const { code, err } = await runCli(['chek']);
    expect(code).toBe(2);
    expect(err).toContain('(run "slacheck --help" for usage)');
  });
});
