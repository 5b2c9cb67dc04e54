/**
 * Builds the `times` and `fields` objects of tickets: a function made once
 * per ticket list for the table's fields, leaving out absent values. Generated code,
 * because a loop of `object[key] = value` over varying keys is a megamorphic
 * store that costs ~100 ns a value; a million tickets have ten million.
 * Keys go in as JSON string literals, so no key can inject code.
 */
export type FieldsBuilder<T> = (values: readonly (T | undefined)[]) => Record<string, T | undefined>;
/** Instants come in a Float64Array (NaN = absent), so that no number is boxed before it lands in the object. */
export type TimesBuilder = (values: Float64Array) => Record<string, number | undefined>;

export function fieldsBuilder<T>(keys: readonly string[]): FieldsBuilder<T> {
  return generate(keys, (i) => `v[${i}] !== undefined`) as FieldsBuilder<T>;
}

export function timesBuilder(keys: readonly string[]): TimesBuilder {
  return generate(keys, (i) => `v[${i}] === v[${i}]`) as TimesBuilder;
}

function generate(keys: readonly string[], present: (i: number) => string): (v: unknown) => Record<string, unknown> {
  if (keys.length === 0) return () => ({});
  const key = (i: number) => JSON.stringify(keys[i]);
  // All present (the common row): one object literal, its properties all in-object; else one by one.
  const full = `if (${keys.map((_, i) => present(i)).join(' && ')}) return { ${keys.map((_, i) => `${key(i)}: v[${i}]`).join(', ')} };`;
  const partial = keys.map((_, i) => `if (${present(i)}) o[${key(i)}] = v[${i}];`).join('\n');
  return new Function('v', `${full}\nconst o = {};\n${partial}\nreturn o;`) as (v: unknown) => Record<string, unknown>;
}
