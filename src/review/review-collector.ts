import { evaluateTicket, evaluationContext, type EvaluationInput, type TicketEvaluation } from '../evaluate/evaluate.js';
import { statusSet } from '../evaluate/ticket-history.js';
import type { JudgedRecord } from '../evaluate/in-periods.js';
import { addRecord, emptyKpiTable, type KpiTable } from '../evaluate/kpis.js';
import { matchPolicy } from '../evaluate/policy.js';
import { addSample, emptySamples, type Samples } from '../evaluate/samples.js';
import { isStopped, type TicketRecord } from '../evaluate/types.js';
import { activeInPeriod, addToVolume, emptyVolume, type Volume } from '../evaluate/volume.js';
import type { Policy } from '../sla/types.js';
import { addToBacklog, emptyBacklog, type Backlog } from './backlog.js';
import { addBreach, emptyBreaches, type Breaches } from './breaches.js';
import { createdBefore, keepFirst } from './keep-first.js';
import { majorTally, type MajorTally } from './major-rule.js';
import type { ReviewPlan } from './review-periods.js';

/**
 * What the review keeps while the tickets are evaluated (one pass; nothing
 * per record but the first breaches of the period): per judged period the KPI table
 * by policy and the volume; for the review period the measured times per
 * policy and metric (for the missed-goal observation's target), its breaches,
 * major incidents, backlog, and volume by priority and by service.
 */
export type Collected = {
  kpis: KpiTable[];
  volumes: Volume[];
  /** Tickets evaluated (created at or before the as-of). */
  evaluated: number;
  /** Tickets active in the review period (the share of tickets without SLA is of these). */
  active: number;
  /** Review period, key `policy\u0001metric`: business time of stopped and of running records. */
  samples: Map<string, { stopped: Samples; running: Samples }>;
  breaches: Breaches;
  /** Major incidents active in the period: how many, and the first MAJOR_LISTED by creation, evaluated as of the end of the period. */
  majorCount: number;
  major: MajorIncident[];
  backlog: Backlog;
  byPriority: Map<string, Volume>;
  byService: Map<string, Volume>;
  /** Tickets active in the period whose status means done but that have no resolution time: their clocks run on. */
  doneWithoutResolution: number;
  /** The values of every ticket evaluated for the fields report.major names (major-rule.ts); absent without report.major. */
  majorValues?: MajorTally;
};

/** A major incident: its evaluation as of the end of the review period (every record, wherever it stopped). */
export type MajorIncident = { evaluation: TicketEvaluation };

export const sampleKey = (policy: string, metric: string): string => `${policy}\u0001${metric}`;

/** A review is a document: it shows the first 50 major incidents of the period by creation and says how many there were. */
export const MAJOR_LISTED = 50;

/** `add` each evaluated ticket; `finish` once, after the last. */
export function reviewCollector(
  plan: ReviewPlan,
  input: EvaluationInput,
): { add: (e: TicketEvaluation, judged: readonly JudgedRecord[]) => void; finish: () => Collected } {
  const zone = input.sla.timezone;
  const { period } = plan;
  const collected: Collected = {
    kpis: plan.judged.map(() => emptyKpiTable(['policy'], zone)),
    volumes: plan.judged.map(() => emptyVolume()),
    evaluated: 0,
    active: 0,
    samples: new Map(),
    breaches: emptyBreaches(),
    majorCount: 0,
    major: [],
    backlog: emptyBacklog(),
    byPriority: new Map(),
    byService: new Map(),
    doneWithoutResolution: 0,
  };
  const done = statusSet(input.resolvedStatuses);
  const major = majorMatcher(input);
  const majorValues = input.sla.report?.major === undefined ? undefined : majorTally(input.sla.report.major);
  if (majorValues !== undefined) collected.majorValues = majorValues;
  const firstMajor: TicketEvaluation[] = [];
  const add = (evaluation: TicketEvaluation, judged: readonly JudgedRecord[]): void => {
    collected.evaluated++;
    majorValues?.add(evaluation.fields);
    for (const { period: i, record } of judged) {
      addRecord(collected.kpis[i]!, record, evaluation.ticket);
      if (i === plan.at.period) addMain(collected, record, evaluation);
    }
    plan.judged.forEach((j, i) => addToVolume(collected.volumes[i]!, activeIn(evaluation, j.period), j.period));
    if (!evaluation.active) return;
    collected.active++;
    addToVolume(volumeOf(collected.byPriority, evaluation.fields.priority), evaluation, period);
    addToVolume(volumeOf(collected.byService, evaluation.fields.service), evaluation, period);
    addToBacklog(collected.backlog, evaluation, Math.min(period.to, input.asOf), period.to);
    const status = evaluation.ticket.fields.status;
    if (evaluation.resolvedAt === undefined && status !== undefined && done.has(status)) collected.doneWithoutResolution++;
    if (major?.isMajor(evaluation) === true) {
      collected.majorCount++;
      keepFirst(firstMajor, evaluation, MAJOR_LISTED, (a, b) => createdBefore(a.ticket, b.ticket));
    }
  };
  const finish = (): Collected => {
    if (major !== undefined) collected.major = firstMajor.map((e) => ({ evaluation: major.asOfEnd(e) }));
    return collected;
  };
  return { add, finish };
}

function addMain(collected: Collected, record: TicketRecord, evaluation: TicketEvaluation): void {
  const key = sampleKey(record.policy, record.metric);
  let samples = collected.samples.get(key);
  if (samples === undefined) collected.samples.set(key, (samples = { stopped: emptySamples(), running: emptySamples() }));
  addSample(isStopped(record) ? samples.stopped : samples.running, record.elapsedMs);
  if (record.status === 'breached' || record.status === 'overdue')
    addBreach(collected.breaches, { record, title: evaluation.ticket.fields.title });
}

/**
 * The evaluation with `active` for another period. Only a ticket without a
 * policy needs it (volume counts it as without SLA when active), so the
 * others are passed as they are: no object per ticket and period.
 */
function activeIn(evaluation: TicketEvaluation, period: { from: number; to: number }): TicketEvaluation {
  if (evaluation.match !== undefined) return evaluation;
  const active = activeInPeriod(evaluation.ticket.times.created!, evaluation.resolvedAt, period);
  return active === evaluation.active ? evaluation : { ...evaluation, active };
}

function volumeOf(map: Map<string, Volume>, key: string | undefined): Volume {
  let volume = map.get(key ?? '');
  if (volume === undefined) map.set(key ?? '', (volume = emptyVolume()));
  return volume;
}

/**
 * `report.major` matches a ticket's fields as a policy's `when` does (SPEC 4;
 * the fields after a priority change in the history). A major incident is
 * evaluated again, as of the end of the period with no start: each of its
 * records is shown, also one that stopped before the period began.
 */
function majorMatcher(
  input: EvaluationInput,
): { isMajor: (e: TicketEvaluation) => boolean; asOfEnd: (e: TicketEvaluation) => TicketEvaluation } | undefined {
  const major = input.sla.report?.major;
  if (major === undefined || input.period === undefined) return undefined;
  const rule: Policy = { name: 'major', index: -1, when: major.when, calendar: '', targets: {} };
  const context = evaluationContext({
    ...input,
    period: { from: -Infinity, to: input.period.to, label: input.period.label },
    detail: 'full',
  });
  return { isMajor: (e) => matchPolicy([rule], e.fields) !== undefined, asOfEnd: (e) => evaluateTicket(context, e.ticket, []) };
}
