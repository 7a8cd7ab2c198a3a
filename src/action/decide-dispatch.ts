/**
 * Whether a check dispatches retraining: a pure decision over the report, the inputs,
 * the run and the restored event log's retraining events, so every case is tested
 * in-process with a table (test/action/decide-dispatch.test.ts).
 *
 * The event log is the lock (DESIGN.md, "The loop settles"). Before dispatching, the
 * guards run in this order, and the first that holds decides:
 *
 * 1. **in flight**: a retraining of the same model is `dispatched` or `running` and not
 *    stale. `force-retrain` does not pass it: two retrainings of one model would race
 *    to promote. A stale one (older than `in-flight-timeout-minutes`, or running past
 *    its own deadline) is returned in `lost`, for the caller to mark `lost`, and no
 *    longer holds anything back.
 * 2. **confidence**: the check's confidence is below `min-confidence`.
 * 3. **cooldown**: a retraining of the same model finished (succeeded or rejected)
 *    less than `retrain-cooldown-hours` ago, triggered by a check with the same
 *    reference and baseline fingerprints, and this check's severity is not higher than
 *    the one that triggered it. Retraining on the same data again gives the same model.
 *    A failed retraining does not start the cooldown: it produced no model.
 *
 * `force-retrain` passes the confidence and cooldown guards (and says so).
 */
import type { DriftReport } from '../detect/drift-report.ts';
import { severityRank } from '../detect/detection-config.ts';
import type { Severity } from '../detect/detection-config.ts';
import {
  IN_FLIGHT_STATUSES,
  type DispatchGuard,
  type DispatchOutcome,
  type RetrainingEvent,
} from '../events/event-records.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';

/** A stale in-flight retraining the check marks `lost`, with the reason recorded on it. */
export interface LostRetraining {
  readonly eventId: string;
  readonly reason: string;
}

/** Why a dispatch did or did not happen, for the summary, the outputs and the log. */
export interface DispatchDecision {
  readonly dispatch: boolean;
  /** One sentence (or two) for the summary's next step and the step log. */
  readonly why: string;
  /** The check reached retrain-on (or was forced) without passing the drift threshold. */
  readonly forced: boolean;
  /** What the check decided; `failed` is the caller's, when GitHub refuses the dispatch. */
  readonly outcome: Exclude<DispatchOutcome, 'failed'>;
  /** The guard that held a wanted dispatch back. */
  readonly suppressedBy: DispatchGuard | null;
  /** The retraining the guard named: the one in flight, or the last finished one. */
  readonly blockingEvent: { readonly eventId: string; readonly runUrl: string | null } | null;
  /** Stale in-flight retrainings of this model, to be marked `lost`. */
  readonly lost: readonly LostRetraining[];
  /**
   * Set when the last promoted retraining of this model was triggered on the same
   * reference and baseline as this check: this check still compares against the old model.
   */
  readonly staleReference: string | null;
  /** Guards a dispatch passed only because of force-retrain or a higher severity, each a clause. */
  readonly passed: readonly string[];
}

/** The inputs the decision reads. */
export type DispatchSettings = Pick<
  ActionSettings,
  | 'forceRetrain'
  | 'retrainWorkflow'
  | 'config'
  | 'minConfidence'
  | 'retrainCooldownHours'
  | 'inFlightTimeoutMinutes'
>;

/** The run facts the decision reads. */
export type DispatchRun = Pick<RunContext, 'isPullRequest' | 'canDispatch' | 'eventName'>;

/** The event fields the guards read. */
export type GuardedEvent = Pick<
  RetrainingEvent,
  | 'eventId'
  | 'model'
  | 'status'
  | 'severity'
  | 'triggeredAt'
  | 'startedAt'
  | 'deadlineAt'
  | 'finishedAt'
  | 'updatedAt'
  | 'referenceFingerprint'
  | 'baselineFingerprint'
  | 'retrainRunUrl'
>;

/** What the event log says about this model, and when "now" is. */
export interface DispatchHistory {
  /** Key of the model this check is about (see model-key.ts). */
  readonly model: string;
  /** Content hashes of the reference and baseline this check used; null when there is none. */
  readonly fingerprints: { readonly reference: string | null; readonly baseline: string | null };
  /** Every retraining event in the restored log, any model, any order. */
  readonly events: readonly GuardedEvent[];
  readonly now: Date;
}

/** A history with nothing in it: the decision before any guard has something to read. */
export function emptyHistory(model: string, now: Date): DispatchHistory {
  return { model, fingerprints: { reference: null, baseline: null }, events: [], now };
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export function decideDispatch(
  report: Pick<DriftReport, 'triggered' | 'severity' | 'confidence'>,
  settings: DispatchSettings,
  run: DispatchRun,
  history: DispatchHistory,
): DispatchDecision {
  const forced = settings.forceRetrain && !report.triggered;
  const wanted = report.triggered || settings.forceRetrain;
  const ours = history.events.filter((event) => sameModel(event, history.model));
  const lost = staleRetrainings(ours, settings.inFlightTimeoutMinutes, history.now);
  const staleReference = staleReferenceNote(ours, history);
  const base = {
    forced,
    lost,
    staleReference,
    suppressedBy: null,
    blockingEvent: null,
    passed: [],
  };
  const no = (outcome: 'not_due' | 'not_allowed', why: string): DispatchDecision => ({
    ...base,
    dispatch: false,
    outcome,
    why,
  });
  if (!wanted) {
    return no(
      'not_due',
      `No retraining: severity ${report.severity} is below retrain-on ${settings.config.retrainOn}.`,
    );
  }
  const because = forced
    ? 'Retraining was forced'
    : `Severity ${report.severity} reached retrain-on ${settings.config.retrainOn}`;
  if (run.isPullRequest) {
    return no(
      'not_allowed',
      `${because}, but pull-request runs never dispatch retraining (their data is not merged yet); it will run after merge or on the next schedule.`,
    );
  }
  if (!run.canDispatch) {
    return no(
      'not_allowed',
      `${because}, but '${run.eventName}' events do not dispatch retraining.`,
    );
  }
  if (!settings.retrainWorkflow) {
    return no(
      'not_allowed',
      `${because}, but no 'retrain-workflow' input is set: nothing to dispatch.`,
    );
  }

  const suppressed = (
    guard: DispatchGuard,
    why: string,
    event?: GuardedEvent,
  ): DispatchDecision => ({
    ...base,
    dispatch: false,
    outcome: 'suppressed',
    suppressedBy: guard,
    blockingEvent: event ? { eventId: event.eventId, runUrl: event.retrainRunUrl } : null,
    why,
  });

  const lostIds = new Set(lost.map((l) => l.eventId));
  const inFlight = newestFirst(
    ours.filter((e) => IN_FLIGHT_STATUSES.includes(e.status) && !lostIds.has(e.eventId)),
  )[0];
  if (inFlight) {
    const limit = staleAt(inFlight, settings.inFlightTimeoutMinutes);
    const since = limit.since;
    const lostWhen = `It counts as lost from ${new Date(limit.at).toISOString()} (${limit.byDeadline ? 'its own deadline: train-timeout-minutes × attempts' : `in-flight-timeout-minutes ${settings.inFlightTimeoutMinutes}`}).`;
    return suppressed(
      'in_flight',
      `${because}, but retraining is already in flight: event ${inFlight.eventId} is ${inFlight.status} since ${since}${inFlight.retrainRunUrl ? ` ([run](${inFlight.retrainRunUrl}))` : ''}. Not dispatching another retraining of ${history.model}${settings.forceRetrain ? '; force-retrain does not pass this guard, since two retrainings of one model would race to promote' : ''}. ${lostWhen}`,
      inFlight,
    );
  }

  const confidenceTooLow = report.confidence < settings.minConfidence;
  if (confidenceTooLow && !settings.forceRetrain) {
    return suppressed(
      'confidence',
      `${because}, but confidence ${report.confidence}/100 is below min-confidence ${settings.minConfidence}: not dispatching. The verdict is not certain enough to spend a retraining on.`,
    );
  }

  const cooldown = cooldownEvent(ours, history, settings.retrainCooldownHours);
  const passes: string[] = [];
  if (confidenceTooLow) {
    passes.push(
      `force-retrain passes min-confidence ${settings.minConfidence} (confidence ${report.confidence}/100)`,
    );
  }
  if (cooldown) {
    const finished = finishedAt(cooldown);
    const ago = formatHours((history.now.getTime() - Date.parse(finished)) / HOUR_MS);
    const higher =
      cooldown.severity === null ||
      severityRank(report.severity) > severityRank(cooldown.severity as Severity);
    if (settings.forceRetrain) {
      passes.push(
        `force-retrain passes the cooldown after event ${cooldown.eventId} (${cooldown.status} ${ago} ago)`,
      );
    } else if (higher && cooldown.severity !== null) {
      passes.push(
        `severity ${report.severity} is higher than ${cooldown.severity}, which triggered event ${cooldown.eventId} (${cooldown.status} ${ago} ago), so the cooldown does not hold`,
      );
    } else {
      const remaining = formatHours(
        settings.retrainCooldownHours - (history.now.getTime() - Date.parse(finished)) / HOUR_MS,
      );
      return suppressed(
        'cooldown',
        `${because}, but event ${cooldown.eventId} (triggered at ${cooldown.severity ?? 'no severity'}) ${cooldown.status === 'succeeded' ? 'retrained and promoted' : 'retrained and was rejected for'} the model on the same reference data and baseline metrics ${ago} ago: not dispatching again for the same fingerprints within retrain-cooldown-hours ${settings.retrainCooldownHours} (${remaining} left), unless the severity is higher than ${cooldown.severity ?? 'that'} or force-retrain is set.`,
        cooldown,
      );
    }
  }
  const notes = passes.length > 0 ? ` (${passes.join('; ')})` : '';
  return {
    ...base,
    dispatch: true,
    outcome: 'dispatched',
    passed: passes,
    why: `${because}: dispatching ${settings.retrainWorkflow}${notes}.`,
  };
}

/**
 * Whether an event is about `model`. Events from logs older than schema version 2 have
 * no model: they count for every model, since such a log served one.
 */
function sameModel(event: GuardedEvent, model: string): boolean {
  return event.model === null || event.model === model;
}

function newestFirst<T extends GuardedEvent>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => b.triggeredAt.localeCompare(a.triggeredAt) || b.eventId.localeCompare(a.eventId),
  );
}

function finishedAt(event: GuardedEvent): string {
  return event.finishedAt ?? event.updatedAt;
}

/**
 * In-flight events past their time. A dispatched event waits from its trigger, a
 * running one from its start; either is lost after `timeoutMinutes`, and a running one
 * also at the deadline its retraining recorded (its attempts × train-timeout-minutes).
 */
function staleRetrainings(
  events: readonly GuardedEvent[],
  timeoutMinutes: number,
  now: Date,
): LostRetraining[] {
  const lost: LostRetraining[] = [];
  for (const event of events) {
    if (!IN_FLIGHT_STATUSES.includes(event.status)) continue;
    const limit = staleAt(event, timeoutMinutes);
    if (now.getTime() <= limit.at) continue;
    const verb = event.status === 'running' ? 'started running' : 'was dispatched';
    const reason = limit.byDeadline
      ? `Lost: it ${verb} at ${limit.since} and was still running after its own deadline ${event.deadlineAt} (train-timeout-minutes × attempts); marked lost by the check at ${now.toISOString()}.`
      : `Lost: it ${verb} at ${limit.since} and recorded no result within in-flight-timeout-minutes ${timeoutMinutes}; marked lost by the check at ${now.toISOString()}.`;
    lost.push({ eventId: event.eventId, reason });
  }
  return lost;
}

/**
 * When an in-flight event becomes stale: a dispatched one `timeoutMinutes` after its
 * trigger, a running one after its start, or at the deadline its retraining recorded
 * (its attempts × train-timeout-minutes) when that comes first.
 */
function staleAt(
  event: GuardedEvent,
  timeoutMinutes: number,
): { at: number; since: string; byDeadline: boolean } {
  const since =
    event.status === 'running' ? (event.startedAt ?? event.updatedAt) : event.triggeredAt;
  const timeoutAt = Date.parse(since) + timeoutMinutes * MINUTE_MS;
  const deadline =
    event.status === 'running' && event.deadlineAt ? Date.parse(event.deadlineAt) : Infinity;
  return { at: Math.min(timeoutAt, deadline), since, byDeadline: deadline < timeoutAt };
}

function sameFingerprints(event: GuardedEvent, history: DispatchHistory): boolean {
  const { reference, baseline } = history.fingerprints;
  return (
    reference !== null &&
    event.referenceFingerprint === reference &&
    event.baselineFingerprint === baseline
  );
}

/** The newest finished (succeeded or rejected) retraining on the same fingerprints within the cooldown. */
function cooldownEvent(
  events: readonly GuardedEvent[],
  history: DispatchHistory,
  cooldownHours: number,
): GuardedEvent | undefined {
  if (cooldownHours <= 0) return undefined;
  const cutoff = history.now.getTime() - cooldownHours * HOUR_MS;
  return newestFirst(
    events.filter(
      (e) =>
        (e.status === 'succeeded' || e.status === 'rejected') &&
        sameFingerprints(e, history) &&
        Date.parse(finishedAt(e)) > cutoff,
    ),
  )[0];
}

/** The plain warning of issue 9 when the last promotion left reference and baseline as they were. */
function staleReferenceNote(
  events: readonly GuardedEvent[],
  history: DispatchHistory,
): string | null {
  const promoted = newestFirst(events.filter((e) => e.status === 'succeeded'))[0];
  if (!promoted || !sameFingerprints(promoted, history)) return null;
  return `The reference data and baseline metrics still describe the model before event ${promoted.eventId} was promoted (${finishedAt(promoted)}); update them in the promote step (outputs new-reference-data and new-baseline-metrics of mode: retrain), or every check compares against the old model.`;
}

function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min`;
  return `${Number(hours.toFixed(1))} h`;
}
