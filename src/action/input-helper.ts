/**
 * The only reader of the action's inputs. `parseActionInputs` is pure (it takes an
 * input getter) so tests call it directly; main.ts binds it to `core.getInput`. The
 * inputs, their types, ranges and defaults are the option table's entries for the
 * action (src/options/option-table.ts), so every invalid value fails the step with a
 * message naming the input, quoting the value and saying what is allowed.
 */
import { checkSideSources } from '../engines/engine-sources.ts';
import type { EngineSettings } from '../engines/engine-sources.ts';
import type { DetectionConfig, Severity } from '../detect/detection-config.ts';
import { resolveDetectionConfig } from '../detect/detection-config.ts';
import type { DriftInputSources } from '../data/load-drift-inputs.ts';
import { COMMENT_MODES, MODES } from '../options/option-table.ts';
import { readOptions } from '../options/read-options.ts';

export { COMMENT_MODES, MODES };
export type Mode = (typeof MODES)[number];
/** auto: comment on pull requests when there is something to report or a comment to update. */
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionSettings {
  /** `detect` runs the check; `retrain` runs the retraining executor. */
  readonly mode: Mode;
  /** Data sources of the check (paths relative to the workspace). */
  readonly sources: DriftInputSources;
  /** Sides that come from a saved profile or an engine (reference-profile, -table, -query). */
  readonly engine: Omit<EngineSettings, 'toolVersion'>;
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
  /** Retrain mode: where a promoted model's reference profile is written; empty: nowhere. */
  readonly profileOutput: string;
}

export type InputGetter = (name: string) => string;

/** Reads every input of the action by the option table's rules; see the file comment. */
export function parseActionInputs(get: InputGetter): ActionSettings {
  const o = readOptions('action', {
    get,
    label: (spec) => `input ${spec.name}`,
    emptyMeansAbsent: true,
  });
  const mode = o.mode!;
  const sources: DriftInputSources = {
    referenceData: o.referenceData ?? '',
    recentData: o.recentData ?? '',
    recentPredictions: o.recentPredictions,
    recentActuals: o.recentActuals,
    referencePredictions: o.referencePredictions,
    predictionColumn: o.predictionColumn,
    targetColumn: o.targetColumn,
    baselineMetrics: o.baselineMetrics,
    categorical: o.categorical,
    numeric: o.numeric,
    naValues: o.naValues,
  };
  // Required only in detect mode: a retraining run takes its data from the same inputs
  // but is also started by hand, where run-retrain.ts names what is missing.
  const engine = {
    engine: o.engine ?? 'files',
    referenceProfile: o.referenceProfile,
    referenceData: o.referenceData,
    referenceTable: o.referenceTable,
    referenceQuery: o.referenceQuery,
    recentTable: o.recentTable,
    recentQuery: o.recentQuery,
    connectionEnv: o.engineConnectionEnv,
    memoryLimit: o.engineMemoryLimit,
    profileMode: o.profileMode,
    maxRankError: o.maxRankError,
  } as const;
  if (mode === 'detect') checkSideSources(engine, o.recentData);
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
  // The table has already checked every value; resolveDetectionConfig fills the defaults.
  const config: DetectionConfig = resolveDetectionConfig({
    dataDriftThreshold: o.dataDriftThreshold,
    minEffectSize: o.minEffectSize,
    correction: o.correction,
    ksMethod: o.ksMethod,
    outlierThreshold: o.outlierThreshold,
    outlierZScore: o.outlierZScore,
    conceptDriftThreshold: o.conceptDriftThreshold,
    performanceThreshold: o.performanceThreshold,
    rmseThreshold: o.rmseThreshold,
    minSamplesForRetraining: o.minSamplesForRetraining,
    excludeColumns: o.excludeColumns,
    retrainOn: o.retrainOn,
    task: o.task,
    minMissingChange: o.minMissingChange,
    identifierColumns: o.identifierColumns,
    timeColumn: o.timeColumn,
    noRoleDetection: o.noRoleDetection,
  });
  return {
    mode,
    sources,
    engine,
    config,
    retrainWorkflow: o.retrainWorkflow ?? '',
    retrainRef: o.retrainRef ?? '',
    forceRetrain: o.forceRetrain!,
    comment: o.comment!,
    commentKey: o.commentKey!,
    failOn: o.failOn === 'none' ? undefined : o.failOn,
    githubToken: o.githubToken!,
    eventLogArtifact: o.eventLogArtifact!,
    retentionDays: o.retentionDays!,
    eventLogSnapshots: o.eventLogSnapshots!,
    costPerMinute: o.costPerMinute!,
    eventId: o.eventId ?? '',
    trainCommand: o.trainCommand ?? '',
    trainTimeoutMinutes: o.trainTimeoutMinutes!,
    metricsFile: o.metricsFile ?? '',
    maxRegression: o.maxRegression!,
    profileOutput: o.profileOutput ?? '',
  };
}
