import type { Metric } from '../../sla/types.js';
import type { Preset } from './presets/preset.js';

/**
 * The helpdesk's own verdict on a ticket's SLA, read beside slacheck's,
 * never into the clocks. Jira Service Management's CSV export
 * holds, per SLA, the time remaining of its last cycle
 * (`Custom field (Time to first response)`, `… (Time to resolution)`):
 * - as signed hours and minutes, `1:05`, `-2:40` (public dashboards that read
 *   real JSM exports parse it so: export-formats.md 2.4 [J13][J5]), or as
 *   decimal hours `1.25`, `-2,5` [J5];
 * - in Atlassian's display units, `2h 40m`, `-2h 40m`, `1d 26h`, `3w 2d`,
 *   `45m`, `5 min` (units m/min, h, d, w, mo, yr: "How teams see SLAs",
 *   JSM Server 4.17-4.21 [J7]).
 * Atlassian: a breached SLA shows "the amount of time past the goal ... as a
 * negative number", and a completed one "the time remaining when the SLA was
 * completed (or the amount of time breached)" [J7]. So a negative value is
 * `breached`; zero or more is `within` the goal: met if the cycle completed,
 * not (yet) breached if it was running when the file was exported. The sign
 * is all slacheck reads; the magnitude is in Jira's calendar, not ours.
 */
export type VendorVerdict = 'breached' | 'within';

/** The ticket field a metric's verdict is read into: `verdict.response`. */
export const VERDICT_PREFIX = 'verdict.';

export function verdictField(metric: string): string {
  return `${VERDICT_PREFIX}${metric}`;
}

const HOURS_MINUTES = /^([+-])?\s*(\d+):(\d{1,2})(?::\d{1,2})?$/;
const DECIMAL_HOURS = /^([+-])?\s*(\d+(?:[.,]\d+)?)$/;
const UNITS = /^([+-])?\s*((?:\d+(?:[.,]\d+)?\s*(?:yr|mo|w|d|h|min|m)\s*)+)$/i;

/** A cell of a remaining-time column as the verdict, or undefined when it is not one. */
export function parseRemainingTime(text: string): VendorVerdict | undefined {
  const value = text.trim();
  const m = HOURS_MINUTES.exec(value) ?? DECIMAL_HOURS.exec(value) ?? UNITS.exec(value);
  if (m === null) return undefined;
  // -0:00 is no time past the goal: within it.
  const past = m[1] === '-' && /[1-9]/.test(value);
  return past ? 'breached' : 'within';
}

/** Does the text read as a remaining time (to tell it from a timestamp in a message)? */
export function looksLikeRemainingTime(text: string): boolean {
  return parseRemainingTime(text) !== undefined && /[:hdwm]/i.test(text);
}

/**
 * Which metric reads which of the preset's verdict columns: each column goes
 * to the first clock metric (no `updates`) that starts at `created` and whose
 * first stop is the field the vendor's clock stops at (`first_response`,
 * `resolved`). Returns field -> header names, to add to the preset's columns;
 * `--map verdict.METRIC=COLUMN` names others.
 */
export function verdictColumns(preset: Preset, metrics: Iterable<Metric>): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  const taken = new Set<string>();
  for (const metric of metrics) {
    const stop = metric.stop[0];
    if (metric.updates !== undefined || metric.start !== 'created' || typeof stop !== 'string' || taken.has(stop)) continue;
    const headers = preset.verdicts?.[stop];
    if (headers === undefined) continue;
    taken.add(stop);
    out[verdictField(metric.name)] = headers;
  }
  return out;
}
