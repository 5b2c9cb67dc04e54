import { normalizeHeader } from '../../read/headers.js';
import { presets, type Preset } from './index.js';

/**
 * The preset a header row gives away, when none is named. A preset
 * is a candidate when the row holds every header of one of its signatures.
 * Of several candidates, the one whose known headers name the most columns
 * of the row wins; a tie is no choice (the generic preset reads the file and
 * a warning names the tied presets). No candidate: generic, silently, as
 * before presets were chosen.
 */
export type PresetGuess =
  { kind: 'found'; preset: Preset; signature: readonly string[] } | { kind: 'tied'; presets: readonly Preset[] } | { kind: 'none' };

export function detectPreset(header: readonly string[]): PresetGuess {
  const names = new Set(header.map(normalizeHeader).filter((n) => n !== ''));
  const candidates = Object.values(presets).flatMap((preset) => {
    const signature = preset.signatures.find((s) => s.every((name) => names.has(name)));
    return signature === undefined ? [] : [{ preset, signature, known: knownColumns(preset, names) }];
  });
  if (candidates.length === 0) return { kind: 'none' };
  const best = Math.max(...candidates.map((c) => c.known));
  const top = candidates.filter((c) => c.known === best);
  if (top.length > 1) return { kind: 'tied', presets: top.map((c) => c.preset) };
  return { kind: 'found', preset: top[0]!.preset, signature: top[0]!.signature };
}

/** How many of the row's names the preset maps to some field. */
function knownColumns(preset: Preset, names: ReadonlySet<string>): number {
  const known = new Set(Object.values(preset.columns).flat());
  let n = 0;
  for (const name of names) if (known.has(name)) n++;
  return n;
}
