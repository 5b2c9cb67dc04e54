import type { PolicyFile } from '../written/schema.js';

/**
 * SPEC 4: `when` values and priority names compare after trimming,
 * case-insensitively. One function so that the rules (unreachable policies)
 * and the normalised Sla agree on what "the same value" means.
 */
export function matchKey(value: string | number | boolean): string {
  return String(value).trim().toLowerCase();
}

/** A policy's `when` as field -> accepted values (matchKey'd); a single value becomes a list of one. */
export function whenOf(policy: Pick<PolicyFile, 'when'>): Record<string, string[]> {
  const when: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(policy.when ?? {})) {
    when[field.trim()] = (Array.isArray(value) ? value : [value]).map(matchKey);
  }
  return when;
}
