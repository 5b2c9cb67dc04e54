import { freshdesk } from './freshdesk.js';
import { generic } from './generic.js';
import { glpi } from './glpi.js';
import { jira } from './jira.js';
import type { Preset } from './preset.js';
import { servicenow } from './servicenow.js';
import { topdesk } from './topdesk.js';
import { zammad } from './zammad.js';
import { zendesk } from './zendesk.js';

export type { Preset } from './preset.js';

/** Every preset by name: the only place they are listed (the README table and --preset choices come from here). */
export const presets: Readonly<Record<string, Preset>> = { jira, zendesk, servicenow, freshdesk, topdesk, zammad, glpi, generic };

export const presetNames: readonly string[] = Object.keys(presets);
