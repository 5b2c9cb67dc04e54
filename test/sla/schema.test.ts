import { describe, expect, it } from 'vitest';
import { formatJsonSchema } from '../../src/cli/commands/schema.js';
import { SCHEMA_URL, slaJsonSchema } from '../../src/sla/written/schema.js';
import { runCli } from '../fake-io.js';

describe('the JSON Schema of the SLA file', () => {
  // When the zod schema changes (here or in src/sla/written/input-schema.ts), regenerate with:
  // npx vitest run test/sla/schema.test.ts -u, and read the diff of schema/sla.schema.json.
  it('is the committed schema/sla.schema.json, generated from the zod schema', async () => {
    await expect(formatJsonSchema()).toMatchFileSnapshot('../../schema/sla.schema.json');
  });

  it('is what slacheck schema prints', async () => {
    const { code, out } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(out).toBe(formatJsonSchema());
  });

  it('has the $id of the schema in the repository', () => {
    expect(slaJsonSchema().$id).toBe(SCHEMA_URL);
    expect(SCHEMA_URL).toMatch(/\/schema\/sla\.schema\.json$/);
  });

  it('is what slacheck schema --output writes, atomically', async () => {
    const { code, out, io } = await runCli(['schema', '--output', 'sla.schema.json']);
    expect([code, out]).toEqual([0, '']);
    expect(io.files.get('sla.schema.json')?.toString()).toBe(formatJsonSchema());
  });

  it('tells editors the formats of durations and goals, and that unknown keys are errors', () => {
    const text = formatJsonSchema();
    expect(text).toContain('"pattern": "^(\\\\d+h(\\\\d+m)?|\\\\d+m|\\\\d+bd)$"');
    expect(text).toContain('"pattern": "^\\\\d+(\\\\.\\\\d+)?%$"');
    expect(slaJsonSchema().additionalProperties).toBe(false);
  });
});
