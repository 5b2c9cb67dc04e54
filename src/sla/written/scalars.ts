import { z } from 'zod';
import { isValidZone } from '../../calendar/wall-clock.js';
import { closestMatch } from '../../did-you-mean.js';
import { describeValue, parseDuration, type Parsed } from '../values/duration.js';
import { parsePercent } from '../values/percent.js';
import { dayNumber } from '../values/validity.js';

/**
 * Scalars with a format of their own (durations, goals, time zones, the
 * format version). Each is a zod schema that fails with a problem code in
 * `params.code`; the message and hint are rebuilt from the value as written
 * by `explainScalar`, so that zod, the JSON Schema and the error text share
 * one definition.
 */

export type Explanation = { message: string; hint?: string };
/** `source` is the YAML source text of a plain scalar, when the caller has it (`30`, `1:30`). */
type Check = (value: unknown, source?: string) => Explanation | undefined;

/** Durations and goals explain what the user wrote, which YAML may have read as a number. */
const fromParsed =
  <T>(parse: (v: unknown) => Parsed<T>): Check =>
  (value, source) => {
    const r = parse(value);
    if (r.ok) return undefined;
    const asWritten = source === undefined ? r : parse(source);
    return asWritten.ok ? { message: r.message, hint: r.hint } : { message: asWritten.message, hint: asWritten.hint };
  };

const scalarChecks = {
  'sla.bad-duration': fromParsed(parseDuration),
  'sla.bad-goal': fromParsed(parsePercent),
  'sla.unknown-timezone': checkZone,
  'sla.unsupported-version': checkVersion,
  'sla.bad-date': checkDate,
} satisfies Record<string, Check>;

export type ScalarCode = keyof typeof scalarChecks;

/** A string-valued scalar checked by its code; `json` is what editors see in the JSON Schema. */
export function scalar<T = string>(code: ScalarCode, json: Record<string, unknown>) {
  return z.custom<T>((value) => scalarChecks[code](value) === undefined, { params: { code } }).meta({ type: 'string', ...json });
}

/** A value that passes each check: put in place of a bad one so that the rules still see its key (usable-sections.ts); undefined: cut the key instead. */
export const NEUTRAL_VALUES: Readonly<Record<ScalarCode, unknown>> = {
  'sla.bad-duration': '0m',
  'sla.bad-goal': '0%',
  'sla.unknown-timezone': 'UTC',
  'sla.unsupported-version': 1,
  // None: a bad validity date is cut (both are optional); a stand-in date could look out of order against the other.
  'sla.bad-date': undefined,
};

export function isScalarCode(code: unknown): code is ScalarCode {
  return typeof code === 'string' && Object.hasOwn(scalarChecks, code);
}

/** Why `value` fails its check; `source` as in Check. */
export function explainScalar(code: ScalarCode, value: unknown, source?: string): Explanation {
  return scalarChecks[code](value, source) ?? { message: `invalid value ${describeValue(value)}` };
}

/** IANA zone names for "did you mean"; Intl lists the canonical ones, independent of the machine's locale. */
export function knownZones(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}

function checkZone(value: unknown): Explanation | undefined {
  if (typeof value !== 'string') return { message: `expected a time zone such as Europe/Copenhagen, found ${describeValue(value)}` };
  if (isValidZone(value)) return undefined;
  const near = closestMatch(value, knownZones());
  return {
    message: `unknown time zone "${value}"`,
    hint: `${near === undefined ? '' : `did you mean "${near}"? `}write an IANA time zone name such as Europe/Copenhagen or UTC`,
  };
}

function checkVersion(value: unknown): Explanation | undefined {
  if (value === 1) return undefined;
  if (value === '1') return { message: 'the format version is a number, found the text "1"', hint: 'write sla: 1 without quotes' };
  return {
    message: `unsupported format version ${typeof value === 'number' ? value : describeValue(value)}`,
    hint: 'this slacheck reads version 1: write sla: 1',
  };
}

/** SPEC 9's validity dates: a real date YYYY-MM-DD (YAML 1.2 reads 2026-07-01 as text). */
function checkDate(value: unknown): Explanation | undefined {
  const hint = 'write the date as YYYY-MM-DD, e.g. 2026-07-01';
  if (typeof value !== 'string') return { message: `expected a date YYYY-MM-DD, found ${describeValue(value)}`, hint };
  if (dayNumber(value) !== undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return { message: `"${value}" is not a date YYYY-MM-DD`, hint };
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  const why = Number(m[2]) < 1 || Number(m[2]) > 12 ? `there is no month ${m[2]}` : `${MONTHS[Number(m[2]) - 1]} ${m[1]} has ${days} days`;
  return { message: `"${value}" is not a date: ${why}`, hint };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
