import { dkSmb } from './dk-smb.js';
import { minimal } from './minimal.js';

/** Starter SLA files for `slacheck init --preset`; the first is the default. */
export const presets = { minimal, 'dk-smb': dkSmb } as const;

export type PresetName = keyof typeof presets;

export const presetNames = Object.keys(presets) as PresetName[];
