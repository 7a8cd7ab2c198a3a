/**
 * The retraining executor shared by the action (`mode: retrain`) and the CLI
 * (`drift-sentinel retrain`): find or create the event, mark it running, prepare the
 * training data, run the training command, validate its metrics against the old
 * model's, and record the outcome in the event log.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { loadTable } from '../data/load-table.ts';
import type { TableOptions } from '../data/table-options.ts';
import { loadNumberArray } from '../data/load-number-array.ts';
import { fileInputError } from '../data/file-input-error.ts';
import { InputError } from '../shared/input-error.ts';
import type {
  MetricValues,
  RetrainingEvent,
  RetrainingStatus,
  TrainingAttempt,
  TriggerType,
} from '../events/event-records.ts';
import type { EventLog } from '../events/open-event-log.ts';
import { parseModelMetrics } from './parse-model-metrics.ts';
import { prepareTrainingData, type PreparedTrainingData } from './prepare-training-data.ts';
import { runTrainingCommand, type TrainingCommandResult } from './run-training-command.ts';
import {
  validateRetrainedModel,
  type ModelMetrics,
  type RetrainValidation,
} from './validate-retrained-model.ts';

/** Where the training data comes from; paths as the user gave them. */
export interface RetrainingSources {
  referenceData: string;
  recentData: string;
  /** `.npy`, `.csv` or `.json` file of the recent rows' actual outcomes. */
  recentActuals?: string;
  /** Name of the target column (see `planTrainingData`). */
  targetColumn?: string;
  categorical?: readonly string[];
  numeric?: readonly string[];
  /** Missing-value markers, text encoding and field separator, as the check read the files. */
  naValues?: readonly string[];
  encoding?: string;
  delimiter?: TableOptions['delimiter'];
}

/** What the dispatching check said, used when the event is not in the log yet. */
export interface RetrainingTrigger {
  /** A `TriggerType` (`data_drift`...); anything else, or nothing, records `manual`. */
  driftType?: string;
  severity?: string;
  reason?: string;
}

/** The run doing the retraining, recorded on the event. */
export interface RetrainingRunInfo {
  repository?: string;
  commitSha?: string;
  runId?: number;
  runUrl?: string;
}

/** Options of {@link runRetraining}. */
export interface RetrainingOptions {
  eventLog: EventLog;
  /** The event a check dispatched; empty or undefined records a new `manual` event. */
  eventId?: string;
  trigger?: RetrainingTrigger;
  sources: RetrainingSources;
  /** Shell command that trains the model. */
  trainCommand: string;
  trainTimeoutMinutes: number;
  /**
   * How many times a failed or timed-out command is run again (`train-retries`, default
   * 1 as in the original scheduler). Each attempt is recorded on the event; the
   * retraining is `failed` only after the last.
   */
  trainRetries?: number;
  /** Model key for an event created here (manual); a dispatched event keeps the check's. */
  model?: string;
  /** Fingerprints of this run's reference and baseline, for an event that has none (manual). */
  fingerprints?: { reference: string | null; baseline: string | null };
  /** Where the command writes its metrics JSON; default `<workDir>/metrics.json`. */
  metricsFile?: string;
  /** Directory for the training data (`training-data.csv`) and the default metrics file. */
  workDir: string;
  /** The old model's metrics, used when the event has none recorded. */
  baselineMetrics?: ModelMetrics;
  /** See `validateRetrainedModel`. */
  maxRegression: number;
  /** Cost of a minute of training, for `estimated_cost`. */
  costPerMinute: number;
  run?: RetrainingRunInfo;
  /** Working directory of the training command. */
  cwd?: string;
  /** Receives progress and the command's output, line by line. */
  log: (line: string) => void;
  /** Clock for timestamps and the total duration; tests pass a fixed one. */
  now?: () => Date;
  /** See `runTrainingCommand`. */
  killGraceMs?: number;
  /**
   * Called once the event is `running`, before the data is prepared: the action uploads
   * a snapshot here, so checks during the training see the run and its deadline. Its
   * failure is the caller's to report; the retraining goes on.
   */
  onRunning?: (event: RetrainingEvent) => Promise<void>;
}

/**
 * Time a retraining may take beyond its attempts (preparing the data, validating,
 * uploading the log) before a check may call it lost.
 */
export const DEADLINE_MARGIN_MINUTES = 15;

/** Wall time of one step. */
export interface RetrainingStep {
  name: 'prepare' | 'train' | 'validate';
  seconds: number;
}

/** What happened, for outputs, the summary and the exit code. */
export interface RetrainingResult {
  /** The event as recorded at the end. */
  event: RetrainingEvent;
  status: Extract<RetrainingStatus, 'succeeded' | 'failed' | 'rejected'>;
  /** Whether the new model passed validation. */
  promote: boolean;
  /** Why it failed, when it did. */
  error?: string;
  prepared?: PreparedTrainingData;
  training?: TrainingCommandResult;
  /** Every run of the training command, in order. */
  attempts: TrainingAttempt[];
  validation?: RetrainValidation;
  /** The metrics the new model was compared with, and where they came from. */
  baseline?: { metrics: ModelMetrics; source: 'event' | 'input' };
  steps: RetrainingStep[];
  /** Schema repairs and other things the summary should mention. */
  warnings: string[];
  /** Whether the event was created here (manual, or dispatched but missing from the log). */
  createdEvent: boolean;
}

const TRIGGER_TYPES: readonly TriggerType[] = [
  'data_drift',
  'concept_drift',
  'performance_degradation',
  'outlier_increase',
  'data_quality',
  'prediction_drift',
  'manual',
  'scheduled',
];

/**
 * A training step that went wrong in a way the user fixes (the command failed, timed
 * out or wrote no metrics): recorded as a failed retraining, like an `InputError`.
 */
export class TrainingFailure extends Error {
  override name = 'TrainingFailure';
}

/**
 * Failures that are the retraining's outcome rather than a bug: bad data or metrics
 * (`InputError`) and a training command that failed (`TrainingFailure`). Anything else
 * (a `TypeError`...) is a bug in drift-sentinel and propagates with its stack.
 */
export function isExpectedFailure(error: unknown): error is Error {
  return error instanceof InputError || error instanceof TrainingFailure;
}

/** The baseline as validation sees it: the event's stored metrics, or else the input. */
function resolveBaseline(
  event: RetrainingEvent,
  input: ModelMetrics | undefined,
): RetrainingResult['baseline'] {
  const stored = event.metricsBefore;
  if (stored) {
    const metrics: ModelMetrics = {};
    for (const name of ['r2', 'rmse', 'mae', 'accuracy'] as const) {
      const value = stored[name];
      if (typeof value === 'number') metrics[name] = value;
    }
    if (Object.keys(metrics).length > 0) return { metrics, source: 'event' };
  }
  return input && Object.keys(input).length > 0 ? { metrics: input, source: 'input' } : undefined;
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Runs one retraining and records it, as phases: start (find or create the event, mark
 * it running), prepare, train, validate, record. Expected failures (bad data, a
 * failing or timed-out command, a missing or invalid metrics file) are recorded on the
 * event as `failed` with `error_message` and returned, not thrown; a validation that
 * refuses the new model records `rejected`. Anything else throws and leaves the event
 * `running`: a bug must fail the step with its stack, not pass for a failed training.
 *
 * An `eventId` not in the log (its check's upload was lost, or the log expired) is
 * created with that id from `trigger`, so the dispatching check's id still finds it.
 */
export async function runRetraining(options: RetrainingOptions): Promise<RetrainingResult> {
  const started = startEvent(options);
  await options.onRunning?.(started.event);
  const progress = await trainAndValidate(options, started);
  const event = recordOutcome(options, started.event, progress);
  return {
    event,
    status: progress.status,
    promote: progress.status === 'succeeded',
    error: progress.error,
    prepared: progress.prepared,
    training: progress.training,
    attempts: progress.attempts,
    validation: progress.validation,
    baseline: started.baseline,
    steps: progress.steps,
    warnings: [...started.warnings, ...progress.warnings],
    createdEvent: started.createdEvent,
  };
}

/** What the start phase found or created. */
interface StartedEvent {
  /** The event, now `running`. */
  readonly event: RetrainingEvent;
  readonly baseline: RetrainingResult['baseline'];
  readonly createdEvent: boolean;
  readonly warnings: string[];
}

/** Phase start: find the dispatched event (or record a new one) and mark it running. */
function startEvent(options: RetrainingOptions): StartedEvent {
  const { eventLog, log } = options;
  const run = options.run ?? {};
  const warnings: string[] = [];
  const eventId = options.eventId?.trim() || undefined;
  let event = eventId === undefined ? undefined : eventLog.getRetrainingEvent(eventId);
  let createdEvent = false;
  if (event === undefined) {
    const driftType = options.trigger?.driftType;
    const triggerType = TRIGGER_TYPES.includes(driftType as TriggerType)
      ? (driftType as TriggerType)
      : 'manual';
    event = eventLog.createRetrainingEvent({
      eventId: eventId ?? randomUUID(),
      triggerType,
      severity: options.trigger?.severity || null,
      reason:
        options.trigger?.reason || (eventId === undefined ? 'Retraining started by hand.' : null),
      repository: run.repository ?? null,
      commitSha: run.commitSha ?? null,
      model: options.model || null,
      referenceFingerprint: options.fingerprints?.reference ?? null,
      baselineFingerprint: options.fingerprints?.baseline ?? null,
    });
    createdEvent = true;
    if (eventId !== undefined) {
      const message = `Event ${eventId} is not in the event log (its check's log upload may have failed); recorded it now as ${triggerType}.`;
      warnings.push(message);
      log(message);
    }
  } else if (event.status !== 'dispatched') {
    log(`Event ${event.eventId} was already ${event.status}; retraining it again.`);
  }
  const baseline = resolveBaseline(event, options.baselineMetrics);
  const startedAt = (options.now ?? (() => new Date()))();
  const attempts = (options.trainRetries ?? 1) + 1;
  const deadlineAt = new Date(
    startedAt.getTime() +
      (attempts * options.trainTimeoutMinutes + DEADLINE_MARGIN_MINUTES) * 60_000,
  );
  event = eventLog.updateRetrainingEvent(event.eventId, {
    status: 'running',
    executionSuccessful: null,
    errorMessage: null,
    startedAt: startedAt.toISOString(),
    // Past it, a check marks this retraining lost (decide-dispatch.ts): it cannot still
    // be training, since every attempt is stopped at train-timeout-minutes.
    deadlineAt: Number.isFinite(deadlineAt.getTime()) ? deadlineAt.toISOString() : null,
    finishedAt: null,
    attempts: null,
    // A dispatched event keeps its check's model and fingerprints; one from an older log gets them now.
    ...(event.model === null && options.model ? { model: options.model } : {}),
    ...(event.referenceFingerprint === null && options.fingerprints
      ? {
          referenceFingerprint: options.fingerprints.reference,
          baselineFingerprint: options.fingerprints.baseline,
        }
      : {}),
    retrainRunId: run.runId ?? null,
    retrainRunUrl: run.runUrl ?? null,
    ...(baseline ? { metricsBefore: { ...baseline.metrics } } : {}),
  });
  log(`Retraining event ${event.eventId} (${event.triggerType}) is running.`);
  return { event, baseline, createdEvent, warnings };
}

/** How far the retraining got; filled phase by phase so a failure keeps what was done. */
interface Progress {
  status: RetrainingResult['status'];
  error?: string;
  prepared?: PreparedTrainingData;
  training?: TrainingCommandResult;
  /** Every run of the training command, in order. */
  attempts: TrainingAttempt[];
  validation?: RetrainValidation;
  metricsAfter: MetricValues | null;
  steps: RetrainingStep[];
  warnings: string[];
}

/**
 * Phases prepare, train and validate, each timed as a step. An expected failure ends
 * the sequence and is returned as `failed`; anything else propagates.
 */
async function trainAndValidate(
  options: RetrainingOptions,
  { event, baseline }: StartedEvent,
): Promise<Progress> {
  const progress: Progress = {
    status: 'failed',
    metricsAfter: null,
    attempts: [],
    steps: [],
    warnings: [],
  };
  const timed = async <T>(name: RetrainingStep['name'], phase: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await phase();
    } finally {
      progress.steps.push({ name, seconds: round((performance.now() - started) / 1000) });
    }
  };
  try {
    progress.prepared = await timed('prepare', () => prepare(options, progress.warnings));
    const prepared = progress.prepared;
    const metricsFile = path.resolve(
      options.metricsFile || path.join(options.workDir, 'metrics.json'),
    );
    const metricsWritten = await timed('train', () =>
      train(options, prepared, event, metricsFile, progress),
    );
    const checked = await timed('validate', async () =>
      validate(options, metricsFile, metricsWritten, baseline?.metrics ?? {}),
    );
    progress.validation = checked.validation;
    progress.metricsAfter = checked.metricsAfter;
    progress.status = checked.validation.promote ? 'succeeded' : 'rejected';
  } catch (caught) {
    if (!isExpectedFailure(caught)) throw caught;
    progress.error = caught.message;
    options.log(
      `Retraining failed in step '${progress.steps.at(-1)?.name ?? 'prepare'}': ${caught.message}`,
    );
  }
  return progress;
}

/** Phase prepare: load the data and write the training set. */
async function prepare(
  options: RetrainingOptions,
  warnings: string[],
): Promise<PreparedTrainingData> {
  const { sources, log } = options;
  fs.mkdirSync(options.workDir, { recursive: true });
  // Read as the check read them, so the training set holds the rows and values it saw.
  const csvOptions = {
    categorical: sources.categorical,
    numeric: sources.numeric,
    naValues: sources.naValues,
    encoding: sources.encoding,
    delimiter: sources.delimiter,
  };
  const [reference, recent, actuals] = await Promise.all([
    loadTable(sources.referenceData, csvOptions),
    loadTable(sources.recentData, csvOptions),
    sources.recentActuals ? loadNumberArray(sources.recentActuals) : undefined,
  ]);
  const prepared = await prepareTrainingData(path.join(options.workDir, 'training-data.csv'), {
    recentRowsPath: path.join(options.workDir, 'training-data-recent-rows.csv'),
    reference,
    recent,
    targetColumn: sources.targetColumn,
    recentActuals:
      actuals && sources.recentActuals
        ? { values: actuals, source: sources.recentActuals }
        : undefined,
  });
  warnings.push(...prepared.warnings);
  for (const warning of prepared.warnings) log(`warning: ${warning}`);
  log(
    `Training data: ${prepared.referenceRows} reference + ${prepared.recentRows} recent rows, ${prepared.columns.length} columns${prepared.targetColumn ? `, target '${prepared.targetColumn}'` : ''}, at ${prepared.path}.`,
  );
  return prepared;
}

/**
 * Phase train: run the command, again after a failure or a timeout up to
 * `trainRetries` times, each attempt recorded on the event as it ends (so a crash of
 * the executor still leaves them in the log). Keeps the last result on `progress` (a
 * failed run costs too). Resolves with a test for "the command wrote its metrics" when
 * an attempt exited 0; throws `TrainingFailure` when the last attempt failed or timed out.
 */
async function train(
  options: RetrainingOptions,
  prepared: PreparedTrainingData,
  event: RetrainingEvent,
  metricsFile: string,
  progress: Progress,
): Promise<() => boolean> {
  const clock = options.now ?? (() => new Date());
  const attempts = (options.trainRetries ?? 1) + 1;
  let failure = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    // A metrics file left from an earlier run (or attempt) must not pass for this one's.
    const before = fs.statSync(metricsFile, { throwIfNoEntry: false });
    options.log(
      `$ ${options.trainCommand}${attempts > 1 ? `  (attempt ${attempt} of ${attempts})` : ''}`,
    );
    const startedAt = clock().toISOString();
    const training = await runTrainingCommand({
      command: options.trainCommand,
      cwd: options.cwd,
      env: {
        DRIFT_SENTINEL_TRAINING_DATA: prepared.path,
        DRIFT_SENTINEL_EVENT_ID: event.eventId,
        DRIFT_SENTINEL_METRICS_FILE: metricsFile,
        DRIFT_SENTINEL_ATTEMPT: String(attempt),
      },
      timeoutMs: options.trainTimeoutMinutes * 60_000,
      killGraceMs: options.killGraceMs,
      log: (line) => options.log(line),
    });
    progress.training = training;
    progress.attempts.push({
      attempt,
      startedAt,
      durationSeconds: round(training.durationSeconds),
      exitCode: training.exitCode,
      signal: training.signal,
      timedOut: training.timedOut,
    });
    options.eventLog.updateRetrainingEvent(event.eventId, {
      attempts: progress.attempts.map((a) => ({ ...a })),
    });
    if (!training.timedOut && training.exitCode === 0) {
      return () => {
        const after = fs.statSync(metricsFile, { throwIfNoEntry: false });
        return after !== undefined && (before === undefined || after.mtimeMs !== before.mtimeMs);
      };
    }
    failure = training.timedOut
      ? `The training command timed out after ${options.trainTimeoutMinutes} minutes (train-timeout-minutes) and was stopped.`
      : `The training command failed with ${training.signal ? `signal ${training.signal}` : `exit code ${training.exitCode}`}: ${options.trainCommand}`;
    if (attempt < attempts) {
      options.log(
        `Attempt ${attempt} of ${attempts} failed (${failure}); trying again (train-retries ${attempts - 1}).`,
      );
    }
  }
  throw new TrainingFailure(
    attempts > 1
      ? `${failure} (attempt ${attempts} of ${attempts}; every attempt failed)`
      : failure,
  );
}

/** Phase validate: read the new model's metrics and compare them with the old model's. */
function validate(
  options: RetrainingOptions,
  metricsFile: string,
  metricsWritten: () => boolean,
  baseline: ModelMetrics,
): { validation: RetrainValidation; metricsAfter: MetricValues } {
  if (!metricsWritten()) {
    throw new TrainingFailure(
      `The training command exited successfully but did not write its metrics to ${metricsFile} (DRIFT_SENTINEL_METRICS_FILE). Expected JSON such as {"r2": 0.91, "rmse": 0.31}.`,
    );
  }
  let text: string;
  try {
    text = fs.readFileSync(metricsFile, 'utf8');
  } catch (readError) {
    throw fileInputError(metricsFile, readError);
  }
  const parsed = parseModelMetrics(text, metricsFile);
  const validation = validateRetrainedModel(baseline, parsed.metrics, {
    maxRegression: options.maxRegression,
  });
  options.log(validation.reason);
  return { validation, metricsAfter: parsed.recorded };
}

/** Phase record: the outcome, durations and cost on the event. */
function recordOutcome(
  options: RetrainingOptions,
  event: RetrainingEvent,
  progress: Progress,
): RetrainingEvent {
  const clock = options.now ?? (() => new Date());
  const { status, validation } = progress;
  // Every attempt ran on a paid runner: the training time and the cost count them all.
  const trainingSeconds =
    progress.attempts.length === 0
      ? null
      : round(progress.attempts.reduce((sum, a) => sum + a.durationSeconds, 0));
  return options.eventLog.updateRetrainingEvent(event.eventId, {
    status,
    executionSuccessful: status === 'succeeded',
    metricsAfter: progress.metricsAfter,
    improvementR2Percent: validation?.improvementR2Percent ?? null,
    improvementRmsePercent: validation?.improvementRmsePercent ?? null,
    trainingDurationSeconds: trainingSeconds,
    totalDurationSeconds: round((clock().getTime() - Date.parse(event.triggeredAt)) / 1000),
    estimatedCost:
      trainingSeconds === null ? null : round((options.costPerMinute * trainingSeconds) / 60, 6),
    errorMessage: progress.error ?? (status === 'rejected' ? (validation?.reason ?? null) : null),
    finishedAt: clock().toISOString(),
    attempts: progress.attempts.length === 0 ? null : progress.attempts,
  });
}
