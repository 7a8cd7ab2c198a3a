/**
 * The records the event log stores, as plain camelCase TypeScript values, and the one
 * place where they are converted to and from the snake_case SQLite rows.
 *
 * This module imports nothing from SQLite, so pure code (key metrics, reports) can
 * import its types.
 */

/** Why a retraining started. The first six come from detection, the last two from people and cron. */
export type TriggerType =
  | 'data_drift'
  | 'concept_drift'
  | 'performance_degradation'
  | 'outlier_increase'
  | 'data_quality'
  | 'prediction_drift'
  | 'manual'
  | 'scheduled';

/**
 * Lifecycle of a retraining event, in the order a healthy one goes through it
 * (rejected: validation refused the new model; lost: dispatched or running past its
 * timeout without a result, marked by a later check so it no longer blocks retraining).
 */
export type RetrainingStatus =
  'dispatched' | 'running' | 'succeeded' | 'failed' | 'rejected' | 'lost';

/** The statuses of a retraining that may still produce a result. */
export const IN_FLIGHT_STATUSES: readonly RetrainingStatus[] = ['dispatched', 'running'];

/** One run of the training command within a retraining (`train-retries` allows several). */
export interface TrainingAttempt {
  /** 1 for the first run. */
  attempt: number;
  startedAt: string;
  durationSeconds: number;
  /** Null when a signal or the timeout ended the command. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
}

/** Which guard held a wanted dispatch back (issue 9). */
export type DispatchGuard = 'in_flight' | 'cooldown' | 'confidence';

/**
 * What a check decided about retraining: `dispatched`; `not_due` (below retrain-on and
 * not forced); `not_allowed` (a pull request, an event that may not dispatch, no
 * retrain-workflow); `suppressed` (a guard held it, see `suppressedBy`); `failed` (GitHub
 * refused the dispatch).
 */
export type DispatchOutcome = 'dispatched' | 'not_due' | 'not_allowed' | 'suppressed' | 'failed';

/** Model metrics by name (`r2`, `rmse`, `accuracy`...); null where a metric is undefined, since JSON has no NaN. */
export type MetricValues = Record<string, number | null>;

/** One triggered or forced retraining: a row of `model_retraining_events`. */
export interface RetrainingEvent {
  /** UUID, the merge key across snapshots. */
  eventId: string;
  /** When the retraining was triggered, ISO-8601 UTC with milliseconds (`2026-05-01T12:00:00.000Z`). */
  triggeredAt: string;
  triggerType: TriggerType;
  /** Severity of the drift that triggered it (`HIGH`, `CRITICAL`...), null when forced. */
  severity: string | null;
  /** Detector confidence, 0-100 as in the report. */
  confidence: number | null;
  /** Human-readable reason, as shown in the job summary. */
  reason: string | null;
  /** Names of the features found drifted. */
  driftedFeatures: string[];
  status: RetrainingStatus;
  /** Whether the retrained model passed validation; null while it has not finished. */
  executionSuccessful: boolean | null;
  metricsBefore: MetricValues | null;
  metricsAfter: MetricValues | null;
  /** Relative R² gain in percent: 100 × (after − before) / |before|. */
  improvementR2Percent: number | null;
  /** Relative RMSE reduction in percent: 100 × (before − after) / before. */
  improvementRmsePercent: number | null;
  /** Wall time of the user's training command. */
  trainingDurationSeconds: number | null;
  /** Wall time from trigger to logged result. */
  totalDurationSeconds: number | null;
  /** Estimated compute cost of the retraining, in the user's currency unit. */
  estimatedCost: number | null;
  /** `owner/name`. */
  repository: string | null;
  commitSha: string | null;
  /** Workflow run that detected the drift. */
  checkRunId: number | null;
  checkRunUrl: string | null;
  /** Workflow run that retrained. */
  retrainRunId: number | null;
  retrainRunUrl: string | null;
  errorMessage: string | null;
  /** Set once when the row is created. */
  createdAt: string;
  /** Bumped by every change; the newest wins when snapshots are merged. */
  updatedAt: string;
  /** Key of the retrained model (input `model`); null in logs from before schema version 2. */
  model: string | null;
  /** `sha256:` content hash of the reference data or profile the triggering check used. */
  referenceFingerprint: string | null;
  /** `sha256:` content hash of the baseline metrics the triggering check used. */
  baselineFingerprint: string | null;
  /** When the retraining run started (status `running`). */
  startedAt: string | null;
  /** By when a running retraining must have finished (its attempts × train-timeout-minutes, plus a margin). */
  deadlineAt: string | null;
  /** When the outcome was recorded (succeeded, failed, rejected, lost). */
  finishedAt: string | null;
  /** Every run of the training command, in order; null before the first. */
  attempts: TrainingAttempt[] | null;
}

/** One detection run: a row of `drift_checks`. */
export interface DriftCheck {
  /** UUID, the merge key across snapshots. */
  checkId: string;
  /** ISO-8601 UTC with milliseconds. */
  checkedAt: string;
  /** GitHub event that ran the check (`schedule`, `pull_request`, `workflow_dispatch`...) or `cli`. */
  eventName: string;
  /** Overall severity (`NONE`, `LOW`, `MEDIUM`, `HIGH`, `CRITICAL`). */
  severity: string;
  /** Which kind of drift dominated (`data_drift`, `concept_drift`...), null when none. */
  driftType: string | null;
  confidence: number | null;
  /** Whether this check dispatched a retraining. */
  triggered: boolean;
  reason: string | null;
  referenceRows: number | null;
  recentRows: number | null;
  featuresTested: number | null;
  featuresDrifted: number | null;
  /** Share of recent rows flagged as outliers, in [0, 1]. */
  outlierShare: number | null;
  errorIncreasePercent: number | null;
  r2DropPercent: number | null;
  rmseIncreasePercent: number | null;
  /** Detector signals, stored as JSON text; anything `JSON.stringify` accepts. */
  signals: unknown;
  repository: string | null;
  commitSha: string | null;
  runId: number | null;
  runUrl: string | null;
  /** The retraining this check triggered, if any. */
  eventId: string | null;
  /** Bumped by every change; the newest wins when snapshots are merged. */
  updatedAt: string;
  /** Key of the model the check is about (input `model`); null before schema version 2. */
  model: string | null;
  /** `sha256:` content hash of the reference data or profile compared against. */
  referenceFingerprint: string | null;
  /** `sha256:` content hash of the baseline metrics compared against. */
  baselineFingerprint: string | null;
  /** What the check decided about retraining. */
  decision: DispatchOutcome | null;
  /** The guard that held a wanted dispatch back, when `decision` is `suppressed`. */
  suppressedBy: DispatchGuard | null;
  /** The decision in one sentence, as the job summary says it. */
  decisionReason: string | null;
  /** The retraining event the guard named (the one in flight, or the last one). */
  blockingEventId: string | null;
}

/** A value as better-sqlite3 binds and returns it (no BLOBs, no bigints in this schema). */
export type SqlValue = string | number | null;

/** A row exactly as SQLite stores it, keyed by snake_case column name. */
export type SqlRow = Record<string, SqlValue>;

/**
 * How one field is stored:
 * - `text`, `real`, `integer`: as is (non-finite numbers become NULL, which SQLite does anyway);
 * - `boolean`: integer 1/0/NULL, so `WHERE execution_successful = TRUE` works in the shell;
 * - `timestamp`: normalised to `Date.prototype.toISOString()` so text order is time order;
 * - `json`: JSON text, NULL for null.
 */
type ColumnKind = 'text' | 'real' | 'integer' | 'boolean' | 'timestamp' | 'json';

interface ColumnSpec<T> {
  readonly column: string;
  readonly field: keyof T & string;
  readonly kind: ColumnKind;
}

/** Columns of `model_retraining_events` in table order; the table's key comes first. */
export const RETRAINING_EVENT_COLUMNS: readonly ColumnSpec<RetrainingEvent>[] = [
  { column: 'event_id', field: 'eventId', kind: 'text' },
  { column: 'triggered_at', field: 'triggeredAt', kind: 'timestamp' },
  { column: 'trigger_type', field: 'triggerType', kind: 'text' },
  { column: 'severity', field: 'severity', kind: 'text' },
  { column: 'confidence', field: 'confidence', kind: 'real' },
  { column: 'reason', field: 'reason', kind: 'text' },
  { column: 'drifted_features', field: 'driftedFeatures', kind: 'json' },
  { column: 'status', field: 'status', kind: 'text' },
  { column: 'execution_successful', field: 'executionSuccessful', kind: 'boolean' },
  { column: 'metrics_before', field: 'metricsBefore', kind: 'json' },
  { column: 'metrics_after', field: 'metricsAfter', kind: 'json' },
  { column: 'improvement_r2_percent', field: 'improvementR2Percent', kind: 'real' },
  { column: 'improvement_rmse_percent', field: 'improvementRmsePercent', kind: 'real' },
  { column: 'training_duration_seconds', field: 'trainingDurationSeconds', kind: 'real' },
  { column: 'total_duration_seconds', field: 'totalDurationSeconds', kind: 'real' },
  { column: 'estimated_cost', field: 'estimatedCost', kind: 'real' },
  { column: 'repository', field: 'repository', kind: 'text' },
  { column: 'commit_sha', field: 'commitSha', kind: 'text' },
  { column: 'check_run_id', field: 'checkRunId', kind: 'integer' },
  { column: 'check_run_url', field: 'checkRunUrl', kind: 'text' },
  { column: 'retrain_run_id', field: 'retrainRunId', kind: 'integer' },
  { column: 'retrain_run_url', field: 'retrainRunUrl', kind: 'text' },
  { column: 'error_message', field: 'errorMessage', kind: 'text' },
  { column: 'created_at', field: 'createdAt', kind: 'timestamp' },
  { column: 'updated_at', field: 'updatedAt', kind: 'timestamp' },
  { column: 'model', field: 'model', kind: 'text' },
  { column: 'reference_fingerprint', field: 'referenceFingerprint', kind: 'text' },
  { column: 'baseline_fingerprint', field: 'baselineFingerprint', kind: 'text' },
  { column: 'started_at', field: 'startedAt', kind: 'timestamp' },
  { column: 'deadline_at', field: 'deadlineAt', kind: 'timestamp' },
  { column: 'finished_at', field: 'finishedAt', kind: 'timestamp' },
  { column: 'attempts', field: 'attempts', kind: 'json' },
];

/** Columns of `drift_checks` in table order; the table's key comes first. */
export const DRIFT_CHECK_COLUMNS: readonly ColumnSpec<DriftCheck>[] = [
  { column: 'check_id', field: 'checkId', kind: 'text' },
  { column: 'checked_at', field: 'checkedAt', kind: 'timestamp' },
  { column: 'event_name', field: 'eventName', kind: 'text' },
  { column: 'severity', field: 'severity', kind: 'text' },
  { column: 'drift_type', field: 'driftType', kind: 'text' },
  { column: 'confidence', field: 'confidence', kind: 'real' },
  { column: 'triggered', field: 'triggered', kind: 'boolean' },
  { column: 'reason', field: 'reason', kind: 'text' },
  { column: 'reference_rows', field: 'referenceRows', kind: 'integer' },
  { column: 'recent_rows', field: 'recentRows', kind: 'integer' },
  { column: 'features_tested', field: 'featuresTested', kind: 'integer' },
  { column: 'features_drifted', field: 'featuresDrifted', kind: 'integer' },
  { column: 'outlier_share', field: 'outlierShare', kind: 'real' },
  { column: 'error_increase_percent', field: 'errorIncreasePercent', kind: 'real' },
  { column: 'r2_drop_percent', field: 'r2DropPercent', kind: 'real' },
  { column: 'rmse_increase_percent', field: 'rmseIncreasePercent', kind: 'real' },
  { column: 'signals', field: 'signals', kind: 'json' },
  { column: 'repository', field: 'repository', kind: 'text' },
  { column: 'commit_sha', field: 'commitSha', kind: 'text' },
  { column: 'run_id', field: 'runId', kind: 'integer' },
  { column: 'run_url', field: 'runUrl', kind: 'text' },
  { column: 'event_id', field: 'eventId', kind: 'text' },
  { column: 'updated_at', field: 'updatedAt', kind: 'timestamp' },
  { column: 'model', field: 'model', kind: 'text' },
  { column: 'reference_fingerprint', field: 'referenceFingerprint', kind: 'text' },
  { column: 'baseline_fingerprint', field: 'baselineFingerprint', kind: 'text' },
  { column: 'decision', field: 'decision', kind: 'text' },
  { column: 'suppressed_by', field: 'suppressedBy', kind: 'text' },
  { column: 'decision_reason', field: 'decisionReason', kind: 'text' },
  { column: 'blocking_event_id', field: 'blockingEventId', kind: 'text' },
];

/**
 * Normalises a timestamp to `toISOString()` form. Text order equals time order only
 * when every row uses the same form: `...:00Z` sorts after `...:00.500Z`.
 */
export function toIsoTimestamp(value: string | Date, field: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(
      `Invalid ${field}: ${JSON.stringify(String(value))}. Expected an ISO-8601 timestamp such as 2026-05-01T12:00:00.000Z.`,
    );
  }
  return date.toISOString();
}

function encodeValue(value: unknown, kind: ColumnKind, field: string): SqlValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'text':
      if (typeof value !== 'string') {
        throw new Error(`Invalid ${field}: ${JSON.stringify(value)}. Expected a string or null.`);
      }
      return value;
    case 'real':
    case 'integer':
      if (typeof value !== 'number') {
        throw new Error(`Invalid ${field}: ${JSON.stringify(value)}. Expected a number or null.`);
      }
      if (kind === 'integer' && Number.isFinite(value) && !Number.isSafeInteger(value)) {
        throw new Error(`Invalid ${field}: ${value}. Expected an integer.`);
      }
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      if (typeof value !== 'boolean') {
        throw new Error(
          `Invalid ${field}: ${JSON.stringify(value)}. Expected true, false or null.`,
        );
      }
      return value ? 1 : 0;
    case 'timestamp':
      if (typeof value !== 'string' && !(value instanceof Date)) {
        throw new Error(
          `Invalid ${field}: ${JSON.stringify(value)}. Expected an ISO-8601 timestamp.`,
        );
      }
      return toIsoTimestamp(value, field);
    case 'json':
      return JSON.stringify(value);
  }
}

function decodeValue(value: SqlValue, kind: ColumnKind): unknown {
  if (value === null) return null;
  switch (kind) {
    case 'boolean':
      return value === 1;
    case 'json':
      return JSON.parse(String(value));
    default:
      return value;
  }
}

function toRow<T>(columns: readonly ColumnSpec<T>[], record: Partial<T>, what: string): SqlRow {
  const row: SqlRow = {};
  for (const { column, field, kind } of columns) {
    if (field in record) row[column] = encodeValue(record[field], kind, `${what} ${field}`);
  }
  return row;
}

function fromRow<T>(columns: readonly ColumnSpec<T>[], row: SqlRow): T {
  const record: Record<string, unknown> = {};
  for (const { column, field, kind } of columns) record[field] = decodeValue(row[column], kind);
  // The spec lists every field of T exactly once, which is what makes this cast sound.
  return record as T;
}

/** Encodes the fields present in `record` (all or part of an event) as columns. */
export function retrainingEventToRow(record: Partial<RetrainingEvent>): SqlRow {
  return toRow(RETRAINING_EVENT_COLUMNS, record, 'retraining event');
}

export function retrainingEventFromRow(row: SqlRow): RetrainingEvent {
  const event = fromRow(RETRAINING_EVENT_COLUMNS, row);
  // A row written by hand in the shell may leave the array NULL; readers expect an array.
  event.driftedFeatures ??= [];
  return event;
}

/** Encodes the fields present in `record` (all or part of a check) as columns. */
export function driftCheckToRow(record: Partial<DriftCheck>): SqlRow {
  return toRow(DRIFT_CHECK_COLUMNS, record, 'drift check');
}

export function driftCheckFromRow(row: SqlRow): DriftCheck {
  return fromRow(DRIFT_CHECK_COLUMNS, row);
}
