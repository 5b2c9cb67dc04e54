import { freshdesk } from './freshdesk.js';
import { generic } from './generic.js';
import { glpi } from './glpi.js';
import { jira } from './jira.js';
import type { Preset } from './preset.js';
import { rt } from './rt.js';
import { servicenow } from './servicenow.js';
import { topdesk } from './topdesk.js';
import { zammad } from './zammad.js';
import { zendesk } from './zendesk.js';

export type { Preset, PriorityRange } from './preset.js';

/** Every preset by name: the only place they are listed (the README table and --preset choices come from here). */
export const presets: Readonly<Record<string, Preset>> = { jira, zendesk, servicenow, freshdesk, topdesk, zammad, glpi, rt, generic };

export const presetNames: readonly string[] = Object.keys(presets);

/** Other names people give the same exports. */
export const presetAliases: Readonly<Record<string, string>> = { freshservice: 'freshdesk', 'request-tracker': 'rt', requesttracker: 'rt' };

/** A preset by its name or alias (trimmed, any case). */
export function presetNamed(name: string): Preset | undefined {
  const key = name.trim().toLowerCase();
  return presets[presetAliases[key] ?? key];
}

/** The helpdesk an import's preset stands for, for messages: `Jira / Jira Service Management`, or `the helpdesk`. */
export function helpdeskName(preset: string | undefined): string {
  const found = preset === undefined ? undefined : presetNamed(preset);
  return found === undefined || found.name === 'generic' ? 'the helpdesk' : found.label;
}
