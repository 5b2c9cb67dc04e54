import { describe, expect, it } from 'vitest';
import { runCli } from '../fake-io.js';

describe('the program frame', () => {
  it('prints the version from package.json and exits 0', async () => {
    const { code, out } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints help on stdout and exits 0', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: slacheck');
  });

  it("maps an unknown option to exit 2 with one line on stderr, not commander's exit 1", async () => {
    const { code, out, err } = await runCli(['--bogus']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^slacheck: unknown option '--bogus'\n/);
  });
});
