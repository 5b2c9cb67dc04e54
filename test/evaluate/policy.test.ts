import { describe, expect, it } from 'vitest';
import { matchPolicy } from '../../src/evaluate/policy.js';
import { policy, time } from '../builders.js';

const targets = { response: time('1h') };
const policies = [
  policy('Kunde A P1', 0, { priority: ['P1'], customer: ['Kunde A'] }, 'oncall', targets),
  policy('P1', 1, { priority: ['P1'] }, 'oncall', targets),
  policy('P3-P4', 2, { priority: ['P3', 'P4'] }, 'office', targets),
  policy('Resten', 3, {}, 'office', targets),
];

describe('policy matching (SPEC 4: first match wins)', () => {
  it('takes the first policy whose every when key matches, and says why', () => {
    const match = matchPolicy(policies, { priority: 'P1', customer: 'Kunde A' });
    expect(match?.policy.name).toBe('Kunde A P1');
    expect(match?.reasons).toEqual([
      { field: 'priority', value: 'P1', accepted: ['p1'] },
      { field: 'customer', value: 'Kunde A', accepted: ['kunde a'] },
    ]);
  });

  it('skips a policy when one of its keys does not match', () => {
    expect(matchPolicy(policies, { priority: 'P1', customer: 'Kunde B' })?.policy.name).toBe('P1');
  });

  it('compares values trimmed and case-insensitively', () => {
    expect(matchPolicy(policies, { priority: '  p4 ' })?.policy.name).toBe('P3-P4');
  });

  it('lets an empty when match every ticket, with no reasons', () => {
    expect(matchPolicy(policies, { priority: 'P9' })).toEqual({ policy: policies[3], reasons: [] });
  });

  it('gives no policy (no SLA) when none matches, also for a missing field', () => {
    expect(matchPolicy(policies.slice(0, 3), { priority: 'P5' })).toBeUndefined();
    expect(matchPolicy(policies.slice(0, 3), {})).toBeUndefined();
  });
});
