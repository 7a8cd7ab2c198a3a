/**
 * The only reader of the action's inputs. `parseActionInputs` is pure (it takes an
 * input getter) so tests call it directly; main.ts binds it to `core.getInput`. The
 * inputs, their types, ranges and defaults are the option table's entries for the
 * action (src/options/option-table.ts), so every invalid value fails the step with a
 * message naming the input, quoting the value and saying what is allowed.
 */
import { glob, readlink, realpath, stat } from 'node:fs/promises';
import { checkSourcesOf, engineSourcesOf } from '../options/option-groups.ts';
import {
  basename as basenamePath,
  dirname as dirnamePath,
  isAbsolute as isAbsolutePath,
  join as joinPath,
  relative as relativePath,
  resolve as resolvePath,
} from 'node:path';
import { InputError } from '../shared/input-error.ts';
import { checkSideSources } from '../engines/engine-sources.ts';
import type { EngineSettings } from '../engines/engine-sources.ts';
import type { DetectionConfig, Severity } from '../detect/detection-config.ts';
import { resolveDetectionConfig } from '../detect/detection-config.ts';
import type { DriftInputSources } from '../data/load-drift-inputs.ts';
import { COMMENT_MODES, MODES, NEW_REFERENCE_ROWS } from '../options/option-table.ts';
import { readOptions } from '../options/read-options.ts';

export { COMMENT_MODES, MODES };
export type Mode = (typeof MODES)[number];
/** auto: comment on pull requests when there is something to report or a comment to update. */
export type CommentMode = (typeof COMMENT_MODES)[number];
export type NewReferenceRows = (typeof NEW_REFERENCE_ROWS)[number];

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
  /** Retrain mode: how many times a failed training command runs again (0: once only). */
  readonly trainRetries: number;
  /** Retrain mode: which rows of the training set become the promoted model's new reference. */
  readonly newReference: NewReferenceRows;
  /** Key of the model the guards look at; empty: derived from the workflow and ref (see model-key.ts). */
  readonly model: string;
  /** A dispatched or running retraining older than this is lost (minutes). */
  readonly inFlightTimeoutMinutes: number;
  /** Hours after a finished retraining during which the same fingerprints do not dispatch again. */
  readonly retrainCooldownHours: number;
  /** Checks below this confidence (0-100) do not dispatch. */
  readonly minConfidence: number;
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
  const sources: DriftInputSources = checkSourcesOf(o);
  // Required only in detect mode: a retraining run takes its data from the same inputs
  // but is also started by hand, where run-retrain.ts names what is missing.
  const engine = engineSourcesOf(o);
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
    trainRetries: o.trainRetries!,
    newReference: o.newReference!,
    model: o.model ?? '',
    inFlightTimeoutMinutes: o.inFlightTimeoutMinutes!,
    retrainCooldownHours: o.retrainCooldownHours!,
    minConfidence: o.minConfidence!,
  };
}

/** Directories the action may read data from and write files to. */
export interface PathRoots {
  /** GITHUB_WORKSPACE: the checked-out repository. */
  readonly workspace: string;
  /** RUNNER_TEMP: the runner's scratch directory (downloaded artifacts, metrics files). */
  readonly runnerTemp?: string;
  /** What relative paths are relative to, as the loaders read them; default process.cwd(). */
  readonly cwd?: string;
}

/** The file inputs of the action, by input name, that a pull request can point anywhere. */
function fileInputs(settings: ActionSettings): [input: string, value: string | undefined][] {
  const baseline = settings.sources.baselineMetrics?.trim();
  return [
    ['reference-data', settings.sources.referenceData],
    ['recent-data', settings.sources.recentData],
    ['recent-predictions', settings.sources.recentPredictions],
    ['recent-actuals', settings.sources.recentActuals],
    ['reference-predictions', settings.sources.referencePredictions],
    // Inline JSON is not a path (loadBaselineMetrics reads `{...}` and `[...]` as JSON).
    ['baseline-metrics', baseline && !/^[{[]/.test(baseline) ? baseline : undefined],
    ['reference-profile', settings.engine.referenceProfile],
    ['metrics-file', settings.metricsFile],
    ['profile-output', settings.profileOutput],
  ];
}

/**
 * Checks that every file input resolves, with symlinks followed, inside the workspace
 * or RUNNER_TEMP and not inside any `.git` directory, and throws an InputError naming
 * the input otherwise.
 *
 * Why: on a pull request the data files are the author's, and on a fork's pull request
 * the author is anyone. `actions/checkout` persists the job token in `.git/config`
 * (`http.<url>.extraheader: AUTHORIZATION: basic ...`); a data file replaced by a
 * symlink to it would be read as CSV and its lines shown as category names in the PR
 * comment, where GitHub's log masking does not apply. The CLI does not call this: it
 * reads whatever its user names.
 *
 * A glob or a directory (DuckDB reads both) is checked entry by entry. A path that does
 * not exist yet (an output file) is checked by its nearest existing ancestor.
 */
export async function confineFileInputs(settings: ActionSettings, roots: PathRoots): Promise<void> {
  const allowed = await Promise.all(
    [roots.workspace, roots.runnerTemp]
      .filter((root): root is string => Boolean(root))
      .map((root) => realpath(root).catch(() => resolvePath(root))),
  );
  const cwd = roots.cwd ?? process.cwd();
  for (const [input, value] of fileInputs(settings)) {
    if (!value) continue;
    for (const path of await expandPath(value, cwd)) {
      const real = await realpathOfNearestAncestor(resolvePath(cwd, path));
      const problem = confinementProblem(real, allowed);
      if (problem) {
        throw new InputError(
          `Input '${input}' ('${value}') resolves to ${real}, ${problem}. Expected a file inside GITHUB_WORKSPACE or RUNNER_TEMP: a pull request must not make the action read the runner's other files or the token that actions/checkout stores in .git/config.`,
        );
      }
    }
  }
}

/** Why `real` is not allowed, or undefined when it is inside a root and outside `.git`. */
export function confinementProblem(real: string, roots: readonly string[]): string | undefined {
  const root = roots.find((r) => {
    const rel = relativePath(r, real);
    return rel === '' || (!rel.startsWith('..') && !isAbsolutePath(rel));
  });
  if (root === undefined) return 'outside the workspace and RUNNER_TEMP';
  // Case-insensitive: macOS and Windows runners have case-insensitive file systems.
  const segments = relativePath(root, real).split(/[\\/]/);
  if (segments.some((segment) => segment.toLowerCase() === '.git')) {
    return 'inside a .git directory';
  }
  return undefined;
}

/** The path itself, the files under a directory, or the matches of a glob pattern. */
async function expandPath(value: string, cwd: string): Promise<string[]> {
  if (/[*?[{]/.test(value)) {
    const matches: string[] = [];
    for await (const match of glob(value, { cwd })) matches.push(match);
    // The fixed prefix too, so a pattern under a symlinked directory is caught even with no match.
    return [dirnameBeforeGlob(value), ...matches];
  }
  const absolute = resolvePath(cwd, value);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) return [value];
  const entries: string[] = [value];
  for await (const entry of glob('**/*', { cwd: absolute }))
    entries.push(joinPath(absolute, entry));
  return entries;
}

function dirnameBeforeGlob(pattern: string): string {
  const head = pattern.slice(0, pattern.search(/[*?[{]/));
  return head.includes('/') ? head.slice(0, head.lastIndexOf('/') + 1) || '/' : '.';
}

/**
 * `realpath` of `path`, or of its nearest existing ancestor with the rest appended, so a
 * file that does not exist yet is judged by the directory it would be written into. A
 * dangling symlink counts as existing: its target is read with readlink and judged.
 */
async function realpathOfNearestAncestor(path: string): Promise<string> {
  let current = path;
  const rest: string[] = [];
  for (let depth = 0; depth < 64; depth++) {
    try {
      return joinPath(await realpath(current), ...rest.reverse());
    } catch {
      const link = await readlink(current).catch(() => undefined);
      if (link !== undefined) {
        current = resolvePath(dirnamePath(current), link);
        continue;
      }
      const parent = dirnamePath(current);
      if (parent === current) break;
      rest.push(basenamePath(current));
      current = parent;
    }
  }
  return path;
}
