import type { Problem } from '../problem.js';
import { toWarningDoc, type WarningDoc } from '../report/documents.js';
import { REJECTION_LABELS } from '../tickets/problems.js';
import type { ImportResult } from '../tickets/types.js';
import type { DataQualityDoc, Language } from './types.js';

/**
 * SPEC 10.1 section 8 (the seed's "hvad sker der ved manglende data"): how
 * many rows were read, and for each way data can be missing or wrong, how
 * often it happened and the rule slacheck applied. Every line is listed, also
 * at 0, so the reader sees the rules; skipped rows are then split by reason
 * (`skipped:<code>`, no rule of its own).
 */

type Item = { item: string; count: number };

const RULES: Record<Language, Record<string, string>> = {
  en: {
    skipped:
      'a row that cannot be read (missing id, impossible date, resolved before created, …) is left out and named with its file and line; --strict stops the run instead',
    'daylight-saving':
      'a local time in the spring-forward gap is read as the end of the gap; a repeated time in the fall-back hour as the earlier one',
    'merged-rows': 'of rows with the same ticket id, the one with the latest "updated" is kept, else the later row',
    'unknown-ticket-events': 'status-history rows of tickets that are not in the exports are not used',
    'after-as-of': 'tickets created after the as-of instant are not evaluated',
    'without-sla': 'a ticket active in the period that matches no policy gets no records; it is counted under volume',
    'stop-before-start': 'a clock that stops before it starts is left out: time is never negative',
    'done-without-resolution':
      'a ticket whose status means done but which has no resolution time keeps its resolution clock running (open or overdue)',
    'truncated-file':
      'a file whose last row is short or that ends without a line end looks cut off: its rows are read as they are, with a warning; --strict stops the run instead',
    'stale-export':
      'an export whose newest activity is more than --max-staleness (24 hours unless set) before the end of the period or the as-of is named: tickets created or resolved since are missing from it; --strict stops the run instead',
  },
  da: {
    skipped:
      'en række der ikke kan læses (manglende id, umulig dato, løst før oprettet, …) udelades og nævnes med fil og linje; med --strict stopper kørslen i stedet',
    'daylight-saving':
      'et lokalt tidspunkt i timen der springes over ved sommertid, læses som timens slutning; et gentaget tidspunkt ved vintertid som det første',
    'merged-rows': 'af rækker med samme sags-id beholdes den med senest "updated", ellers den sidste række',
    'unknown-ticket-events': 'rækker i statushistorikken for sager der ikke er i eksporten, bruges ikke',
    'after-as-of': 'sager oprettet efter opgørelsestidspunktet vurderes ikke',
    'without-sla': 'en sag aktiv i perioden som ingen politik passer på, får ingen målinger; den tælles med i sagsmængden',
    'stop-before-start': 'et ur der stopper før det starter, udelades: tid er aldrig negativ',
    'done-without-resolution':
      'en sag hvis status betyder løst, men som ikke har et løsningstidspunkt, har sit løsningsur kørende (åben eller overskredet)',
    'truncated-file':
      'en fil hvis sidste række er for kort, eller som ikke slutter med et linjeskift, ser afbrudt ud: dens rækker læses som de er, med en advarsel; med --strict stopper kørslen i stedet',
    'stale-export':
      'en eksport hvis nyeste aktivitet ligger mere end --max-staleness (24 timer, hvis intet andet er sat) før periodens slutning eller opgørelsestidspunktet, nævnes: sager oprettet eller løst siden mangler i den; med --strict stopper kørslen i stedet',
  },
};

const REASONS: Record<Language, Record<string, string>> = {
  en: Object.fromEntries(Object.entries(REJECTION_LABELS).map(([code, [, plural]]) => [code, plural])),
  da: {
    'tickets.missing-id': 'manglende id',
    'tickets.missing-created': 'manglende oprettelsestid',
    'tickets.bad-timestamp': 'ulæselig dato',
    'tickets.impossible-date': 'umulig dato',
    'tickets.resolved-before-created': 'løst før oprettet',
    'tickets.response-before-created': 'første svar før oprettet',
    'tickets.bad-row': 'ulæselig række',
    'tickets.year-out-of-range': 'år uden for 1900-2200',
    'tickets.bad-minutes': 'ulæseligt antal minutter',
  },
};

/** `afterAsOf`: tickets not evaluated because they were created after the as-of instant. */
export type QualityFigures = { withoutSla: number; doneWithoutResolution: number; afterAsOf: number };

/**
 * Warnings about a whole input file that the table counts on a line of their
 * own, with the rule applied, by the line's item. The list of the run's
 * warnings below the table leaves these codes out, so that each is on the
 * page once (their messages, with the file, are on stderr and in the JSON's
 * `warnings`).
 */
const FILE_LINES: Readonly<Record<string, string>> = {
  'truncated-file': 'tickets.truncated-file',
  'stale-export': 'evaluate.stale-export',
};
const COUNTED_ON_A_LINE = new Set(Object.values(FILE_LINES));

/**
 * `warnings`: the evaluation's (and the review's own); `all`: every warning
 * of the run, the SLA file's and the import's first, which the section lists
 * by code (a page never hides what its run warned about), but for those the
 * table counts on a line of their own (FILE_LINES).
 */
export function toDataQuality(
  imported: ImportResult,
  warnings: readonly Problem[],
  figures: QualityFigures,
  language: Language,
  all: readonly Problem[] = [...imported.problems, ...warnings],
): DataQualityDoc {
  const counts = imported.counts;
  const problems = imported.problems;
  const count = (codes: readonly string[]) => problems.filter((p) => codes.includes(p.code)).length;
  const reasons = Object.keys(REJECTION_LABELS)
    .map((code): Item => ({ item: `skipped:${code}`, count: count([code]) }))
    .filter((i) => i.count > 0);
  const items: Item[] = [
    { item: 'skipped', count: reasons.reduce((sum, i) => sum + i.count, 0) },
    ...reasons,
    { item: 'daylight-saving', count: count(['tickets.dst-gap', 'tickets.dst-overlap']) },
    { item: 'merged-rows', count: counts?.mergedRows ?? 0 },
    { item: 'unknown-ticket-events', count: counts?.orphanEvents ?? 0 },
    { item: 'after-as-of', count: figures.afterAsOf },
    { item: 'without-sla', count: figures.withoutSla },
    { item: 'stop-before-start', count: warnings.filter((w) => w.code === 'evaluate.stop-before-start').length },
    { item: 'done-without-resolution', count: figures.doneWithoutResolution },
    ...Object.entries(FILE_LINES).map(([item, code]): Item => ({ item, count: count([code]) })),
  ];
  return {
    ticket_rows: counts?.ticketRows ?? 0,
    history_rows: counts?.eventRows ?? 0,
    tickets: counts?.tickets ?? 0,
    events: counts?.events ?? 0,
    // A reason of skipped rows is listed under `skipped` without a rule of its own.
    lines: items.map(({ item, count: n }) => ({ item, count: n, rule: RULES[language][item] ?? null })),
    warnings: byCode(all.filter((p) => !COUNTED_ON_A_LINE.has(p.code))),
  };
}

/** Examples shown per code; the document's `warnings` has every one. */
const EXAMPLES = 3;

function byCode(problems: readonly Problem[]): DataQualityDoc['warnings'] {
  const groups = new Map<string, DataQualityDoc['warnings'][number]>();
  for (const p of problems) {
    if (p.severity !== 'warning') continue;
    let group = groups.get(p.code);
    if (group === undefined) groups.set(p.code, (group = { code: p.code, count: 0, examples: [] }));
    group.count++;
    if (group.examples.length < EXAMPLES) group.examples.push(toWarningDoc(p));
  }
  return [...groups.values()];
}

/** A warning as one line for the page: `file:line: message`, as on stderr. */
export function warningText(w: WarningDoc): string {
  const place = [w.file, w.line].filter((x) => x !== null).join(':');
  return place === '' ? w.message : `${place}: ${w.message}`;
}

/** A data-quality item for people: `rows skipped`, `times moved by daylight saving`, …; a reason under `skipped` alone: `missing id`. */
export function qualityItemName(item: string, language: Language): string {
  const [kind, code] = item.split(':') as [string, string | undefined];
  if (code !== undefined) return REASONS[language][code] ?? code;
  return ITEM_NAMES[language][kind] ?? kind;
}

const ITEM_NAMES: Record<Language, Record<string, string>> = {
  en: {
    skipped: 'rows skipped',
    'daylight-saving': 'times moved by daylight saving',
    'merged-rows': 'rows repeating a ticket id',
    'unknown-ticket-events': 'history rows of unknown tickets',
    'after-as-of': 'tickets created after the as-of',
    'without-sla': 'tickets without SLA',
    'stop-before-start': 'clocks stopping before they start',
    'done-without-resolution': 'done without a resolution time',
    'truncated-file': 'files that look cut off',
    'stale-export': 'exports that stop before the period ends',
  },
  da: {
    skipped: 'udeladte rækker',
    'daylight-saving': 'tidspunkter flyttet af sommertid',
    'merged-rows': 'rækker der gentager et sags-id',
    'unknown-ticket-events': 'historikrækker for ukendte sager',
    'after-as-of': 'sager oprettet efter opgørelsen',
    'without-sla': 'sager uden SLA',
    'stop-before-start': 'ure der stopper før de starter',
    'done-without-resolution': 'løst uden løsningstidspunkt',
    'truncated-file': 'filer der ser afbrudte ud',
    'stale-export': 'eksporter der slutter før perioden',
  },
};
