// npm run bench -- sla: how long loading an SLA file takes, and where the time goes.
// parseSla = YAML parse + zod + rules + calendar compile; the YAML parse alone and
// the zod check alone are measured beside it, so that the ratios show the cost of
// our own layers on the shared, noisy machine.
import { parseDocument } from 'yaml';
import { parseSla } from '../dist/sla/parse-sla.js';
import { presets } from '../dist/sla/presets/index.js';
import { slaFileSchema } from '../dist/sla/written/schema.js';

const text = presets['dk-smb'];
const data = parseDocument(text).toJS();
const broken = text.replace('calendar: office', 'calendar: ofice').replace('response: 1h', 'response: 1 hour').replace('goals:', 'goal:');

function measure(name, fn, runs = 2000) {
  for (let i = 0; i < 200; i++) fn(); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const us = Number(process.hrtime.bigint() - start) / 1000 / runs;
  return { name, us };
}

const results = [
  measure('yaml parseDocument + toJS', () => parseDocument(text).toJS()),
  measure('zod safeParse', () => slaFileSchema.safeParse(data)),
  measure('parseSla (valid dk-smb preset)', () => parseSla(text, 'sla.yaml')),
  measure('parseSla (3 errors)', () => parseSla(broken, 'sla.yaml')),
];
const base = results[0].us;
for (const r of results)
  console.log(`${r.name.padEnd(34)} ${r.us.toFixed(1).padStart(8)} µs   ${(r.us / base).toFixed(2).padStart(5)}x yaml`);
