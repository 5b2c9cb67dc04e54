import { formatAttainment, formatCount, formatDuration, formatGoal, formatPeriodName, formatShare, formatTarget } from './format-values.js';
import { metricName } from './messages.js';
import type { Edition, Language, ObservationDoc } from './types.js';

/** An observation as one sentence or two in the document's language, with its figures. */

type Figures = ObservationDoc['figures'];
type Found = Omit<ObservationDoc, 'text'>;

export function observationText(o: Found, edition: Edition, language: Language): string {
  const subject = o.policy === null ? '' : `${o.policy}, ${metricName(o.metric!, language).toLowerCase()}: `;
  return subject + TEXTS[language][o.rule](o.figures, edition);
}

const num = (f: Figures, key: string): number => f[key] as number;
const nullable = (f: Figures, key: string): number | null => f[key] as number | null;
const text = (f: Figures, key: string): string => f[key] as string;

const PERIOD_WORDS: Record<Language, Record<Edition, string>> = {
  en: { monthly: 'months', quarterly: 'quarters', custom: 'periods' },
  da: { monthly: 'måneder', quarterly: 'kvartaler', custom: 'perioder' },
};

function attainments(f: Figures, language: Language, count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `${formatPeriodName(text(f, `period_${i + 1}`), language)} ${formatAttainment(nullable(f, `attainment_${i + 1}_percent`), language, nullable(f, 'goal_percent'))}`,
  ).join(', ');
}

function backlogs(f: Figures, language: Language): string {
  return [1, 2, 3, 4].map((i) => formatCount(num(f, `backlog_${i}`), language)).join(' → ');
}

function backlogPeriods(f: Figures, language: Language): string {
  return [1, 2, 3, 4].map((i) => formatPeriodName(text(f, `period_${i}`), language)).join(', ');
}

/** `1 h 45 min` for a business-time target; with an Nbd target the same business time, said to be in hours of business time. */
function neededTarget(f: Figures, language: Language): string {
  const needed = nullable(f, 'needed_target_minutes');
  const rounded = nullable(f, 'rounded_target_minutes');
  const isDays = f.target_minutes === null;
  if (needed === null) {
    return language === 'da' ? 'Intet krav ville have nået målet i perioden.' : 'No target would have reached the goal in the period.';
  }
  const at = formatAttainment(nullable(f, 'rounded_attainment_percent'), language, nullable(f, 'goal_percent'));
  const target = formatTarget(text(f, 'target'), language);
  if (language === 'da') {
    const note = isDays ? `; i arbejdstid, mens det aftalte krav er ${target}` : `; det aftalte krav er ${target}`;
    return `Målet var nået med et krav på ${formatDuration(needed, 'da')} (afrundet op: ${formatDuration(rounded!, 'da')}, som giver ${at})${note}.`;
  }
  const note = isDays ? `; in business time, where the agreed target is ${target}` : `; the agreed target is ${target}`;
  return `The goal would have been met with a target of ${formatDuration(needed, 'en')} (rounded up: ${formatDuration(rounded!, 'en')}, giving ${at})${note}.`;
}

const TEXTS: Record<Language, Record<ObservationDoc['rule'], (f: Figures, edition: Edition) => string>> = {
  en: {
    'goal-missed': (f) =>
      `${formatAttainment(nullable(f, 'attainment_percent'), 'en', num(f, 'goal_percent'))} against a goal of ${formatGoal(num(f, 'goal_percent'), 'en')} (${num(f, 'met')} of ${num(f, 'judged')} met). ${neededTarget(f, 'en')}`,
    'goal-missed-repeatedly': (f, edition) =>
      `the goal of ${formatGoal(num(f, 'goal_percent'), 'en')} was missed in ${num(f, 'missed')} of the last 3 ${PERIOD_WORDS.en[edition]} (${attainments(f, 'en', 3)}).`,
    'p90-over-target': (f) =>
      `more than a tenth of the completed records took longer than the target of ${formatTarget(text(f, 'target'), 'en')} (P90 ${formatDuration(num(f, 'p90_minutes'), 'en')}; ${num(f, 'met')} of ${num(f, 'completed')} within target).`,
    'backlog-growing': (f, edition) =>
      `The backlog grew 3 ${PERIOD_WORDS.en[edition]} in a row: ${backlogs(f, 'en')} open tickets at the end of ${backlogPeriods(f, 'en')}.`,
    'without-sla': (f) =>
      `${formatCount(num(f, 'without_sla'), 'en')} of the ${formatCount(num(f, 'active_tickets'), 'en')} tickets active in the period match no policy (${formatShare(num(f, 'without_sla'), num(f, 'active_tickets'), 'en')}, above 1%): map their priorities or add a policy.`,
    'skipped-rows': (f) =>
      `${formatCount(num(f, 'skipped'), 'en')} of ${formatCount(num(f, 'rows'), 'en')} rows read were skipped (${formatShare(num(f, 'skipped'), num(f, 'rows'), 'en')}, above 1%): see data quality.`,
  },
  da: {
    'goal-missed': (f) =>
      `${formatAttainment(nullable(f, 'attainment_percent'), 'da', num(f, 'goal_percent'))} mod et mål på ${formatGoal(num(f, 'goal_percent'), 'da')} (${num(f, 'met')} af ${num(f, 'judged')} overholdt). ${neededTarget(f, 'da')}`,
    'goal-missed-repeatedly': (f, edition) =>
      `målet på ${formatGoal(num(f, 'goal_percent'), 'da')} blev ikke nået i ${num(f, 'missed')} af de seneste 3 ${PERIOD_WORDS.da[edition]} (${attainments(f, 'da', 3)}).`,
    'p90-over-target': (f) =>
      `mere end en tiendedel af de afsluttede målinger tog længere end kravet på ${formatTarget(text(f, 'target'), 'da')} (P90 ${formatDuration(num(f, 'p90_minutes'), 'da')}; ${num(f, 'met')} af ${num(f, 'completed')} inden for kravet).`,
    'backlog-growing': (f, edition) =>
      `De åbne sager voksede 3 ${PERIOD_WORDS.da[edition]} i træk: ${backlogs(f, 'da')} åbne sager ved udgangen af ${backlogPeriods(f, 'da')}.`,
    'without-sla': (f) =>
      `${formatCount(num(f, 'without_sla'), 'da')} af de ${formatCount(num(f, 'active_tickets'), 'da')} sager aktive i perioden passer ikke på nogen politik (${formatShare(num(f, 'without_sla'), num(f, 'active_tickets'), 'da')}, over 1 %): tilknyt deres prioritet eller tilføj en politik.`,
    'skipped-rows': (f) =>
      `${formatCount(num(f, 'skipped'), 'da')} af ${formatCount(num(f, 'rows'), 'da')} læste rækker blev udeladt (${formatShare(num(f, 'skipped'), num(f, 'rows'), 'da')}, over 1 %): se datakvalitet.`,
  },
};
