/**
 * The only reader of the action's inputs. `parseActionInputs` is pure (it takes an
 * input getter) so tests call it directly; `readActionInputs` binds it to @actions/core.
 * Every invalid value fails the step with a message naming the input, the value and
 * what is allowed.
 */
import type { DetectionConfig, Severity } from '../detect/detection-config.ts';
import {
  KS_METHODS,
  P_VALUE_CORRECTIONS,
  TASKS,
  parseSeverity,
  resolveDetectionConfig,
} from '../detect/detection-config.ts';
import type { DriftInputSources } from '../data/load-drift-inputs.ts';

export const MODES = ['detect', 'retrain'] as const;
export type Mode = (typeof MODES)[number];

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
/** auto: comment on pull requests when there is something to report or a comment to update. */
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionSettings {
  /** `detect` runs the check; `retrain` runs the retraining executor. */
  readonly mode: Mode;
  /** Data sources of the check (paths relative to the workspace). */
  readonly sources: DriftInputSources;
  /** Thresholds of the check, defaults filled in. */
  readonly config: DetectionConfig;
  /** File name or id of the workflow to dispatch; empty: never dispatch. */
  readonly retrainWorkflow: string;
  /** Ref for the dispatched run; empty: the repository's default branch. */
  readonly retrainRef: string;
  /** Dispatch even without drift (a person asked for it). */
  readonly forceRetrain: boolean;
  readonly comment: CommentMode;
  /** Key of the sticky comment, so several checks on one PR keep separate comments. */
  readonly commentKey: string;
  /** Fail the step at or above this severity; undefined: never. */
  readonly failOn?: Severity;
  readonly githubToken: string;
  /** Name of the event-log artifact. */
  readonly eventLogArtifact: string;
  /** Retention of uploaded event-log artifacts, in days (1-90). */
  readonly retentionDays: number;
  /** How many of the newest event-log artifacts are merged at start. */
  readonly eventLogSnapshots: number;
  /** Cost of a minute of retraining, for the cost column of the event log. */
  readonly costPerMinute: number;
  /** Retrain mode: the event being retrained (from the dispatch). */
  readonly eventId: string;
  /** Retrain mode: the team's training command (a shell command). */
  readonly trainCommand: string;
  readonly trainTimeoutMinutes: number;
  /** Retrain mode: where the training command writes its metrics JSON; empty: a temp file. */
  readonly metricsFile: string;
  /** Retrain mode: largest accepted relative regression of the new model (0.02 = 2%). */
  readonly maxRegression: number;
}

export type InputGetter = (name: string) => string;

export function parseActionInputs(get: InputGetter): ActionSettings {
  const text = (name: string) => get(name).trim();
  const mode = choice(get, 'mode', MODES, 'detect');
  const sources: DriftInputSources = {
    referenceData: text('reference-data'),
    recentData: text('recent-data'),
    recentPredictions: text('recent-predictions') || undefined,
    recentActuals: text('recent-actuals') || undefined,
    predictionColumn: text('prediction-column') || undefined,
    targetColumn: text('target-column') || undefined,
    baselineMetrics: text('baseline-metrics') || undefined,
    categorical: list(text('categorical')),
    numeric: list(text('numeric')),
  };
  if (mode === 'detect') {
    for (const name of ['reference-data', 'recent-data']) {
      if (!text(name))
        throw new Error(`Input required and not supplied: ${name}. Expected a path to a CSV file.`);
    }
  }
  if (sources.recentPredictions && sources.predictionColumn) {
    throw new Error(
      "Inputs 'recent-predictions' and 'prediction-column' were both given. Expected one of them.",
    );
  }
  if (sources.recentActuals && sources.targetColumn) {
    throw new Error(
      "Inputs 'recent-actuals' and 'target-column' were both given. Expected one of them.",
    );
  }
  const config = detectionConfig({
    dataDriftThreshold: number(get, 'data-drift-threshold'),
    minEffectSize: number(get, 'min-effect-size'),
    correction: choice(get, 'correction', P_VALUE_CORRECTIONS, undefined),
    ksMethod: choice(get, 'ks-method', KS_METHODS, undefined),
    outlierThreshold: number(get, 'outlier-threshold'),
    outlierZScore: number(get, 'outlier-z-score'),
    conceptDriftThreshold: number(get, 'concept-drift-threshold'),
    performanceThreshold: number(get, 'performance-threshold'),
    rmseThreshold: number(get, 'rmse-threshold'),
    minSamplesForRetraining: integer(get, 'min-samples', 1),
    excludeColumns: list(text('exclude-columns')),
    retrainOn: text('retrain-on') ? severity(text('retrain-on'), 'retrain-on') : undefined,
    task: choice(get, 'task', TASKS, undefined),
  });
  const failOnText = text('fail-on');
  return {
    mode,
    sources,
    config,
    retrainWorkflow: text('retrain-workflow'),
    retrainRef: text('retrain-ref'),
    forceRetrain: boolean(get, 'force-retrain'),
    comment: choice(get, 'comment', COMMENT_MODES, 'auto'),
    commentKey: commentKey(text('comment-key') || 'default'),
    failOn:
      !failOnText || failOnText.toLowerCase() === 'none'
        ? undefined
        : severity(failOnText, 'fail-on'),
    githubToken: text('github-token'),
    eventLogArtifact: artifactName(text('event-log-artifact') || 'drift-sentinel-events'),
    retentionDays: integer(get, 'retention-days', 1, 90) ?? 90,
    eventLogSnapshots: integer(get, 'event-log-snapshots', 1, 20) ?? 5,
    costPerMinute: number(get, 'cost-per-minute', 0) ?? 0,
    eventId: text('event-id'),
    trainCommand: text('train-command'),
    trainTimeoutMinutes: number(get, 'train-timeout-minutes', Number.MIN_VALUE) ?? 60,
    metricsFile: text('metrics-file'),
    maxRegression: number(get, 'max-regression', 0) ?? 0,
  };
}

/** The input each checked config field comes from, so a range error names the input. */
const INPUT_OF_CONFIG_FIELD: Readonly<Record<string, string>> = {
  dataDriftThreshold: 'data-drift-threshold',
  minEffectSize: 'min-effect-size',
  outlierThreshold: 'outlier-threshold',
  outlierZScore: 'outlier-z-score',
  conceptDriftThreshold: 'concept-drift-threshold',
  performanceThreshold: 'performance-threshold',
  rmseThreshold: 'rmse-threshold',
  minSamplesForRetraining: 'min-samples',
};

/**
 * resolveDetectionConfig checks the ranges (one table for the action, CLI and library)
 * but names its own fields ("Invalid dataDriftThreshold '2'"); a workflow author only
 * knows the input, so the field is swapped for the input name.
 */
function detectionConfig(partial: Parameters<typeof resolveDetectionConfig>[0]): DetectionConfig {
  try {
    return resolveDetectionConfig(partial);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field = /^Invalid (\w+) /.exec(message)?.[1];
    const input = field === undefined ? undefined : INPUT_OF_CONFIG_FIELD[field];
    if (input === undefined) throw error;
    throw new Error(`Invalid input ${input}${message.slice(`Invalid ${field}`.length)}`, {
      cause: error,
    });
  }
}

function list(value: string): string[] | undefined {
  if (!value) return undefined;
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function number(get: InputGetter, name: string, min?: number): number | undefined {
  const raw = get(name).trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || (min !== undefined && value < min)) {
    throw new Error(
      `Invalid input ${name} '${raw}'. Expected a number${min !== undefined ? ` >= ${min === Number.MIN_VALUE ? '0 (exclusive)' : min}` : ''}.`,
    );
  }
  return value;
}

function integer(get: InputGetter, name: string, min: number, max?: number): number | undefined {
  const raw = get(name).trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    throw new Error(
      `Invalid input ${name} '${raw}'. Expected a whole number ${max !== undefined ? `from ${min} to ${max}` : `>= ${min}`}.`,
    );
  }
  return value;
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function boolean(get: InputGetter, name: string): boolean {
  const raw = get(name).trim();
  if (!raw) return false;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new Error(`Invalid input ${name} '${raw}'. Expected true or false.`);
}

function choice<T extends string, D extends T | undefined>(
  get: InputGetter,
  name: string,
  allowed: readonly T[],
  fallback: D,
): T | D {
  const raw = get(name).trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(`Invalid input ${name} '${raw}'. Expected one of: ${allowed.join(', ')}.`);
  }
  return raw as T;
}

/**
 * A severity threshold. NONE is refused: every report is at least NONE, so
 * `retrain-on: NONE` would dispatch retraining on every scheduled run (fail-on's `none`
 * means "never" and is handled before this).
 */
function severity(value: string, name: string): Severity {
  const refuse = () =>
    new Error(
      `Invalid input ${name} '${value}'. Expected one of: ${name === 'fail-on' ? 'none, ' : ''}LOW, MEDIUM, HIGH, CRITICAL.`,
    );
  let parsed: Severity;
  try {
    parsed = parseSeverity(value, `input ${name}`);
  } catch {
    throw refuse();
  }
  if (parsed === 'NONE') throw refuse();
  return parsed;
}

/**
 * The key goes into the hidden marker `<!-- drift-sentinel:KEY -->`: a `-->` or a space
 * in it would end the HTML comment early and show the rest in the PR comment, and the
 * marker would never be found again (a new comment on every push).
 */
function commentKey(value: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(value)) {
    throw new Error(
      `Invalid input comment-key '${value}'. Expected letters, digits, '.', '_' or '-' only.`,
    );
  }
  return value;
}

/** Artifact names may not contain these characters (actions/toolkit artifact name rules). */
function artifactName(value: string): string {
  if (/["<>:|*?\r\n\\/]/.test(value)) {
    throw new Error(
      `Invalid input event-log-artifact '${value}'. Expected a name without any of " : < > | * ? \\ / or newlines.`,
    );
  }
  return value;
}
