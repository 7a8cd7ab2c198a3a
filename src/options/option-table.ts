/**
 * Every option of drift-sentinel, defined once: its library field, its CLI flag and
 * action input (one kebab-case name serves both), its type and allowed values, its
 * default as a user would type it, its description, and the entry points that have it.
 *
 * Everything else derives from this table: the CLI's argument parsers and `--help`
 * (src/cli/), the action's input reader (src/action/input-helper.ts), the library's
 * validation (resolveDetectionConfig), the `inputs:` of action.yml and the option
 * list in README.md (both written by `npm run options:docs`, checked by
 * test/options/option-docs.test.ts). Adding an option is one entry here plus the code
 * that uses its value.
 *
 * Pure data, no imports: detect/ imports it without an upward arrow.
 */

/** Where an option can be given: a CLI command, the GitHub Action, or the library. */
export type EntryPoint = 'check' | 'retrain' | 'events' | 'profile' | 'action' | 'library';

export const SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Severities a threshold may name. NONE is left out: every report is at least NONE, so
 * `retrain-on NONE` would trigger on every run.
 */
export const THRESHOLD_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

export const P_VALUE_CORRECTIONS = ['benjamini-hochberg', 'bonferroni', 'none'] as const;
export const KS_METHODS = ['auto', 'exact', 'asymp'] as const;
export const TASKS = ['auto', 'regression', 'classification'] as const;
export const MODES = ['detect', 'retrain'] as const;
/** auto: comment on pull requests when there is something to report or a comment to update. */
/** Text encodings of data files (WHATWG labels that TextDecoder decodes); utf-8 is read undecoded. */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'latin1',
  'iso-8859-1',
  'iso-8859-15',
  'windows-1252',
] as const;

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
/** files: drift-sentinel reads the files itself; duckdb, postgres: the engine computes (docs/engines.md). */
export const ENGINES = ['files', 'duckdb', 'postgres'] as const;
/** exact: the check against the profile equals the check against the data; compact: quantile sketches. */
export const PROFILE_MODES = ['exact', 'compact'] as const;
/** recent-rows: the recent part of a promoted model's training set becomes its reference; training-data: all of it. */
export const NEW_REFERENCE_ROWS = ['recent-rows', 'training-data'] as const;
/** `none` means "never fail"; the others are severities. */
export const FAIL_ON_LEVELS = ['none', ...THRESHOLD_SEVERITIES] as const;

/** The sections of `--help` and of the README's option list. */
export type OptionGroup = 'data' | 'detection' | 'output' | 'github' | 'retraining';

interface SpecBase {
  /** Flag (`--name`) in the CLI and input (`name`) in the action. */
  readonly name: string;
  /** One sentence or two; shown in `--help`, action.yml and the README. */
  readonly description: string;
  /** Entry points that take this option. */
  readonly in: readonly EntryPoint[];
  readonly group: OptionGroup;
  /** The default as a user would type it; parsed like any given value. */
  readonly default?: string;
  /** The CLI commands that refuse to run without it. */
  readonly requiredIn?: readonly EntryPoint[];
  /** What `--help` shows for the value when it is not derived from the type. */
  readonly metavar?: string;
  /** action.yml's default when it differs from `default` (an expression the runner fills in). */
  readonly actionDefault?: string;
}

/** A decimal number; `min`/`max` bound it, `minExclusive` makes the lower bound strict. */
export interface NumberSpec extends SpecBase {
  readonly type: 'number';
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
}

export interface IntegerSpec extends SpecBase {
  readonly type: 'integer';
  readonly min: number;
  readonly max?: number;
}

/** One of `values`; `ignoreCase` accepts `high` for `HIGH`. */
export interface ChoiceSpec extends SpecBase {
  readonly type: 'choice';
  readonly values: readonly string[];
  readonly ignoreCase?: boolean;
}

/** Comma-separated names (the action also accepts one per line). */
export interface ListSpec extends SpecBase {
  readonly type: 'list';
}

/** A switch: a flag without value in the CLI, `true`/`false` in the action. */
export interface BooleanSpec extends SpecBase {
  readonly type: 'boolean';
}

/** Free text (a path, a command, a name); `pattern` restricts it, `expected` says how. */
export interface TextSpec extends SpecBase {
  readonly type: 'text';
  readonly pattern?: RegExp;
  /** What a valid value looks like, for messages: "a path to a CSV file". */
  readonly expected: string;
}

export type OptionSpec = NumberSpec | IntegerSpec | ChoiceSpec | ListSpec | BooleanSpec | TextSpec;

/** The TypeScript type of an option's parsed value. */
export type OptionValue<S extends OptionSpec> = S extends NumberSpec | IntegerSpec
  ? number
  : S extends ListSpec
    ? string[]
    : S extends BooleanSpec
      ? boolean
      : S extends { readonly values: readonly (infer V)[] }
        ? V
        : string;

const CLI_AND_ACTION = ['check', 'action'] as const;
/** How data files are read: wherever drift-sentinel reads them, the same way. */
const TABLE_READING = ['check', 'retrain', 'profile', 'action'] as const;
/** Field separators of CSV files (data/csv-stream-parser.ts CSV_DELIMITERS). */
const CSV_DELIMITERS = ['auto', 'comma', 'semicolon', 'tab', 'pipe'] as const;
const DETECTION = ['check', 'action', 'library'] as const;
const RETRAINING = ['retrain', 'action'] as const;

/**
 * The option table, keyed by library field. Its order is the order of action.yml,
 * `--help` and the README.
 */
export const OPTIONS = {
  mode: {
    name: 'mode',
    type: 'choice',
    values: MODES,
    default: 'detect',
    in: ['action'],
    group: 'data',
    description:
      "'detect' runs the drift check; 'retrain' runs the retraining executor in the workflow that the check dispatches.",
  },
  referenceData: {
    name: 'reference-data',
    type: 'text',
    expected: 'a path to a CSV, Parquet or Arrow file, or a directory or glob of Parquet files',
    metavar: 'F',
    in: ['check', 'retrain', 'profile', 'action'],
    requiredIn: ['retrain'],
    group: 'data',
    description:
      'Path of the training (reference) data: CSV with a header row (.csv.gz too), Parquet (a file, a directory of parts or a glob such as data/*.parquet) or Arrow IPC/Feather.',
  },
  recentData: {
    name: 'recent-data',
    type: 'text',
    expected: 'a path to a CSV, Parquet or Arrow file, or a directory or glob of Parquet files',
    metavar: 'F',
    in: ['check', 'retrain', 'action'],
    requiredIn: ['retrain'],
    group: 'data',
    description:
      'Path of the recent (production) data, same format (or recent-table / recent-query with an engine).',
  },
  recentPredictions: {
    name: 'recent-predictions',
    type: 'text',
    expected: 'a path to a .npy, .csv, .json, Parquet or Arrow file',
    metavar: 'F',
    in: CLI_AND_ACTION,
    group: 'data',
    description:
      "The model's recent predictions, one per recent row, as .npy, a one-column .csv, a .json array or a one-column Parquet or Arrow file.",
  },
  recentActuals: {
    name: 'recent-actuals',
    type: 'text',
    expected: 'a path to a .npy, .csv, .json, Parquet or Arrow file',
    metavar: 'F',
    in: ['check', 'retrain', 'action'],
    group: 'data',
    description: 'The true outcomes for the recent rows, same formats.',
  },
  predictionColumn: {
    name: 'prediction-column',
    type: 'text',
    expected: 'a column name',
    metavar: 'C',
    in: CLI_AND_ACTION,
    group: 'data',
    description: 'Column of the recent data holding predictions (instead of recent-predictions).',
  },
  targetColumn: {
    name: 'target-column',
    type: 'text',
    expected: 'a column name',
    metavar: 'C',
    in: ['check', 'retrain', 'action'],
    group: 'data',
    description:
      'Column of the recent data holding true outcomes (instead of recent-actuals); retraining also reads it from the reference.',
  },
  baselineMetrics: {
    name: 'baseline-metrics',
    type: 'text',
    expected: 'inline JSON or a path to a JSON file',
    metavar: 'JSON|F',
    in: ['check', 'retrain', 'action'],
    group: 'data',
    description:
      'The model\'s baseline metrics as inline JSON (e.g. {"r2": 0.85, "rmse": 0.35}) or a path to a JSON file. Keys: r2, rmse, mae, accuracy.',
  },
  referenceProfile: {
    name: 'reference-profile',
    type: 'text',
    expected: "a path to a profile written by 'drift-sentinel profile'",
    metavar: 'F',
    in: CLI_AND_ACTION,
    group: 'data',
    description:
      'A saved reference profile (drift-sentinel profile) instead of reference-data: exact profiles give the same report, compact ones mark KS approximate.',
  },
  engine: {
    name: 'engine',
    type: 'choice',
    values: ENGINES,
    default: 'files',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description:
      "Who reads the data: 'files' (drift-sentinel), 'duckdb' (reference-data files, directories or globs, out of core; needs @duckdb/node-api) or 'postgres' (the -table/-query options).",
  },
  referenceTable: {
    name: 'reference-table',
    type: 'text',
    expected: 'a table name',
    metavar: 'T',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description: 'With an engine: the reference table, profiled where it lives.',
  },
  referenceQuery: {
    name: 'reference-query',
    type: 'text',
    expected: 'a SQL query',
    metavar: 'SQL',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description: 'With an engine: a query whose rows are the reference, profiled where they live.',
  },
  recentTable: {
    name: 'recent-table',
    type: 'text',
    expected: 'a table name',
    metavar: 'T',
    in: CLI_AND_ACTION,
    group: 'data',
    description: 'With an engine: the recent table, read through the engine.',
  },
  recentQuery: {
    name: 'recent-query',
    type: 'text',
    expected: 'a SQL query',
    metavar: 'SQL',
    in: CLI_AND_ACTION,
    group: 'data',
    description:
      'With an engine: a query whose rows are the recent window (e.g. the last day), read through the engine.',
  },
  engineConnectionEnv: {
    name: 'engine-connection-env',
    type: 'text',
    pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
    expected: 'an environment variable name',
    metavar: 'VAR',
    default: 'DRIFT_SENTINEL_POSTGRES_URL',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description:
      "Environment variable holding the engine's connection string (never echoed); unset means libpq's PGHOST, PGUSER, PGPASSWORD, ...",
  },
  engineMemoryLimit: {
    name: 'engine-memory-limit',
    type: 'text',
    pattern: /^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i,
    expected: 'a size such as 512MB or 2GB',
    metavar: 'SIZE',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description:
      "Memory a DuckDB profile may use on top of the loaded engine: half is DuckDB's memory_limit (it spills to disk beyond it), an eighth drift-sentinel's chunk buffers. Default DuckDB's (80% of RAM).",
  },
  profileMode: {
    name: 'profile-mode',
    type: 'choice',
    values: PROFILE_MODES,
    default: 'exact',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description:
      "Profiles written or computed by an engine: 'exact' (same report as the data) or 'compact' (quantile sketches, KS approximate within max-rank-error).",
  },
  maxRankError: {
    name: 'max-rank-error',
    type: 'number',
    min: 0,
    minExclusive: true,
    max: 0.5,
    default: '0.001',
    in: ['check', 'profile', 'action'],
    group: 'data',
    description:
      'Compact profiles: the rank error of each quantile sketch, which bounds the error of KS D.',
  },
  dataDriftThreshold: {
    name: 'data-drift-threshold',
    type: 'number',
    min: 0,
    minExclusive: true,
    max: 1,
    default: '0.05',
    in: DETECTION,
    group: 'detection',
    description:
      "Significance level of each feature's drift test, applied after the multiple-testing correction.",
  },
  minEffectSize: {
    name: 'min-effect-size',
    type: 'number',
    min: 0,
    max: 1,
    default: '0.1',
    in: DETECTION,
    group: 'detection',
    description:
      'Smallest effect (KS D for numbers, total variation distance for categories) that counts as drift.',
  },
  correction: {
    name: 'correction',
    type: 'choice',
    values: P_VALUE_CORRECTIONS,
    default: 'benjamini-hochberg',
    in: DETECTION,
    group: 'detection',
    description: 'Multiple-testing correction across features.',
  },
  ksMethod: {
    name: 'ks-method',
    type: 'choice',
    values: KS_METHODS,
    default: 'auto',
    in: DETECTION,
    group: 'detection',
    description: 'KS p-value method, as in scipy.stats.ks_2samp.',
  },
  outlierThreshold: {
    name: 'outlier-threshold',
    type: 'number',
    min: 0,
    max: 1,
    default: '0.05',
    in: DETECTION,
    group: 'detection',
    description:
      'Outlier signal fires when more than this share of recent numeric values have |z| above outlier-z-score.',
  },
  outlierZScore: {
    name: 'outlier-z-score',
    type: 'number',
    min: 0,
    minExclusive: true,
    default: '3',
    in: DETECTION,
    group: 'detection',
    description:
      'A recent value is an outlier when its z-score against the reference exceeds this.',
  },
  conceptDriftThreshold: {
    name: 'concept-drift-threshold',
    type: 'number',
    min: 0,
    minExclusive: true,
    default: '0.15',
    in: DETECTION,
    group: 'detection',
    description:
      "Concept drift fires when the model's error rises by more than this share over baseline.",
  },
  performanceThreshold: {
    name: 'performance-threshold',
    type: 'number',
    min: 0,
    minExclusive: true,
    default: '0.05',
    in: DETECTION,
    group: 'detection',
    description:
      'Performance signal fires when R² (or accuracy) drops by more than this share of baseline.',
  },
  rmseThreshold: {
    name: 'rmse-threshold',
    type: 'number',
    min: 0,
    minExclusive: true,
    default: '0.1',
    in: DETECTION,
    group: 'detection',
    description: 'RMSE signal fires when RMSE rises by more than this share over baseline.',
  },
  minSamplesForRetraining: {
    name: 'min-samples',
    type: 'integer',
    min: 1,
    default: '100',
    in: DETECTION,
    group: 'detection',
    description:
      'With fewer recent rows than this the check reports insufficient data and never triggers.',
  },
  excludeColumns: {
    name: 'exclude-columns',
    type: 'list',
    in: DETECTION,
    group: 'data',
    description: 'Comma-separated columns never tested (ids, timestamps).',
  },
  categorical: {
    name: 'categorical',
    type: 'list',
    in: TABLE_READING,
    group: 'data',
    description:
      'Comma-separated columns treated as categories even when their values are numbers.',
  },
  numeric: {
    name: 'numeric',
    type: 'list',
    in: TABLE_READING,
    group: 'data',
    description: 'Comma-separated columns that must be numeric.',
  },
  task: {
    name: 'task',
    type: 'choice',
    values: TASKS,
    default: 'auto',
    in: DETECTION,
    group: 'detection',
    description: 'auto picks classification when the baseline has only accuracy.',
  },
  retrainOn: {
    name: 'retrain-on',
    type: 'choice',
    values: THRESHOLD_SEVERITIES,
    ignoreCase: true,
    default: 'HIGH',
    in: DETECTION,
    group: 'detection',
    description: 'Severity at which retraining is triggered (and, in the action, dispatched).',
  },
  minMissingChange: {
    name: 'min-missing-change',
    type: 'number',
    min: 0,
    max: 1,
    default: '0.05',
    in: DETECTION,
    group: 'detection',
    description:
      "Smallest change of a feature's missing share that counts (0.05 = 5 percentage points), up or down; it must also be significant after the correction.",
  },
  identifierColumns: {
    name: 'identifier-columns',
    type: 'list',
    in: DETECTION,
    group: 'detection',
    description:
      'Comma-separated identifier columns: set aside (not drift-tested) and listed in the report, in addition to those detected.',
  },
  timeColumn: {
    name: 'time-column',
    type: 'text',
    expected: 'a column name',
    metavar: 'C',
    in: DETECTION,
    group: 'detection',
    description:
      'The time column: set aside (not drift-tested); the report gives the time range of each side.',
  },
  noRoleDetection: {
    name: 'no-role-detection',
    type: 'boolean',
    in: DETECTION,
    group: 'detection',
    description:
      'Test every column: do not set aside columns that look like identifiers or times (declared identifier-columns and time-column still are).',
  },
  referencePredictions: {
    name: 'reference-predictions',
    type: 'text',
    expected: 'a path to a .npy, .csv, .json, Parquet or Arrow file',
    metavar: 'F',
    in: CLI_AND_ACTION,
    group: 'data',
    description:
      "The deployed model's predictions on the reference data (or a trusted window), for prediction drift without actuals; same formats as recent-predictions. Without it, prediction-column is also read from the reference data.",
  },
  naValues: {
    name: 'na-values',
    type: 'list',
    in: TABLE_READING,
    group: 'data',
    description:
      "Comma-separated cell texts read as missing in both data files, on top of pandas' default markers (NA, nan, NULL, N/A, #N/A, None...), e.g. '?,-999'.",
  },
  encoding: {
    name: 'encoding',
    type: 'choice',
    values: TEXT_ENCODINGS,
    ignoreCase: true,
    default: 'utf-8',
    in: TABLE_READING,
    group: 'data',
    description:
      'Text encoding of the CSV files. Other than utf-8 they are decoded first; UTF-8 files with an invalid byte, and UTF-16 files, fail naming the line and byte offset or the encoding.',
  },
  delimiter: {
    name: 'delimiter',
    type: 'choice',
    values: CSV_DELIMITERS,
    ignoreCase: true,
    default: 'auto',
    in: TABLE_READING,
    group: 'data',
    description:
      "Field separator of the CSV files: comma, semicolon, tab, pipe, or auto, which reads each file's own from its header line (the most frequent of the four outside quotes; comma when none occurs).",
  },
  retrainWorkflow: {
    name: 'retrain-workflow',
    type: 'text',
    expected: 'a workflow file name or id',
    in: ['action'],
    group: 'github',
    description:
      'File name (e.g. retrain.yml) or id of the workflow to dispatch for retraining. Empty never dispatches.',
  },
  retrainRef: {
    name: 'retrain-ref',
    type: 'text',
    expected: 'a git ref',
    in: ['action'],
    group: 'github',
    description: "Ref the retraining run uses; defaults to the repository's default branch.",
  },
  forceRetrain: {
    name: 'force-retrain',
    type: 'boolean',
    default: 'false',
    in: ['action'],
    group: 'github',
    description:
      'Dispatch retraining even without drift (for a manual workflow_dispatch). Passes the cooldown and min-confidence guards, never a retraining already in flight.',
  },
  comment: {
    name: 'comment',
    type: 'choice',
    values: COMMENT_MODES,
    default: 'auto',
    in: ['action'],
    group: 'github',
    description:
      "Pull-request comment: 'auto' comments when there is something to report and keeps an existing comment up to date, 'always' on every run, 'never'.",
  },
  commentKey: {
    name: 'comment-key',
    type: 'text',
    // The key goes into the hidden marker `<!-- drift-sentinel:KEY -->`: a `-->` or a
    // space would end the HTML comment early, show the rest in the PR comment, and the
    // marker would never be found again (a new comment on every push).
    pattern: /^[A-Za-z0-9._-]+$/,
    expected: "letters, digits, '.', '_' or '-' only",
    default: 'default',
    in: ['action'],
    group: 'github',
    description:
      'Key of the sticky comment, so several drift-sentinel checks on one PR keep separate comments.',
  },
  format: {
    name: 'format',
    type: 'choice',
    values: OUTPUT_FORMATS,
    in: ['check', 'events'],
    group: 'output',
    description:
      'Report format. check: text on a terminal, json otherwise; html writes one self-contained page (charts, searchable feature list, history from the event log; check only). events: text (the defaults).',
  },
  output: {
    name: 'output',
    type: 'text',
    expected: 'a file path',
    metavar: 'F',
    in: ['check', 'profile'],
    requiredIn: ['profile'],
    group: 'output',
    description: 'Write the report (profile: the profile) to this file instead of standard output.',
  },
  failOn: {
    name: 'fail-on',
    type: 'choice',
    values: FAIL_ON_LEVELS,
    ignoreCase: true,
    default: 'none',
    in: CLI_AND_ACTION,
    group: 'output',
    description:
      'Fail when severity reaches this level: the action fails the step, the CLI exits 1.',
  },
  eventLog: {
    name: 'event-log',
    type: 'text',
    expected: 'a path to a SQLite file',
    metavar: 'F',
    default: '.drift-sentinel/events.db',
    in: ['check', 'retrain', 'events'],
    group: 'output',
    description: 'The local SQLite event log that records checks and retrainings.',
  },
  noEventLog: {
    name: 'no-event-log',
    type: 'boolean',
    in: ['check'],
    group: 'output',
    description: 'Do not record the check in the event log.',
  },
  limit: {
    name: 'limit',
    type: 'integer',
    min: 1,
    default: '10',
    in: ['events'],
    group: 'output',
    description: 'How many of the latest retraining events and checks to list.',
  },
  githubToken: {
    name: 'github-token',
    type: 'text',
    expected: 'a GitHub token',
    default: '',
    actionDefault: '${{ github.token }}',
    in: ['action'],
    group: 'github',
    description:
      'Token for comments, dispatch and artifacts. Needs pull-requests write, actions write (to dispatch and read artifacts).',
  },
  eventLogArtifact: {
    name: 'event-log-artifact',
    type: 'text',
    // The characters the artifact service refuses in names (actions/toolkit's rules).
    pattern: /^[^"<>:|*?\r\n\\/]+$/,
    expected: 'a name without any of " : < > | * ? \\ / or newlines',
    default: 'drift-sentinel-events',
    in: ['action'],
    group: 'github',
    description: 'Name of the workflow artifact that holds the SQLite event log.',
  },
  eventLogSnapshots: {
    name: 'event-log-snapshots',
    type: 'integer',
    min: 1,
    max: 20,
    default: '5',
    in: ['action'],
    group: 'github',
    description: 'How many of the newest event-log artifacts are merged at the start of a run.',
  },
  retentionDays: {
    name: 'retention-days',
    type: 'integer',
    min: 1,
    max: 90,
    default: '90',
    in: ['action'],
    group: 'github',
    description:
      'Retention of the uploaded event-log artifact, 1 to 90 days (every run re-uploads it).',
  },
  costPerMinute: {
    name: 'cost-per-minute',
    type: 'number',
    min: 0,
    default: '0',
    in: RETRAINING,
    group: 'retraining',
    description: 'Cost of one minute of retraining, recorded per retraining as estimated cost.',
  },
  eventId: {
    name: 'event-id',
    type: 'text',
    expected: 'an event id (a UUID)',
    metavar: 'ID',
    in: RETRAINING,
    group: 'retraining',
    description: 'The retraining event the check dispatched; empty records a manual retraining.',
  },
  trainCommand: {
    name: 'train-command',
    type: 'text',
    expected: 'a shell command',
    metavar: 'CMD',
    in: RETRAINING,
    requiredIn: ['retrain'],
    group: 'retraining',
    description:
      'The shell command that trains the model. It gets DRIFT_SENTINEL_TRAINING_DATA, DRIFT_SENTINEL_EVENT_ID and DRIFT_SENTINEL_METRICS_FILE.',
  },
  trainTimeoutMinutes: {
    name: 'train-timeout-minutes',
    type: 'number',
    min: 0,
    minExclusive: true,
    default: '60',
    in: RETRAINING,
    group: 'retraining',
    description: 'The training command is stopped after this many minutes.',
  },
  metricsFile: {
    name: 'metrics-file',
    type: 'text',
    expected: 'a file path',
    metavar: 'F',
    in: RETRAINING,
    group: 'retraining',
    description:
      'Where the training command writes its metrics JSON; defaults to a temporary file.',
  },
  profileOutput: {
    name: 'profile-output',
    type: 'text',
    expected: 'a file path',
    metavar: 'F',
    in: RETRAINING,
    group: 'retraining',
    description:
      "When the new model is promoted, write the exact reference profile of its new reference data here (see new-reference; for the next checks' reference-profile).",
  },
  maxRegression: {
    name: 'max-regression',
    type: 'number',
    min: 0,
    default: '0',
    in: RETRAINING,
    group: 'retraining',
    description:
      'A new model worse than the old by more than this share is rejected, not promoted.',
  },
  trainRetries: {
    name: 'train-retries',
    type: 'integer',
    min: 0,
    max: 10,
    default: '1',
    in: RETRAINING,
    group: 'retraining',
    description:
      'How many times a failed or timed-out training command is run again; every attempt is recorded with its duration and exit code.',
  },
  newReference: {
    name: 'new-reference',
    type: 'choice',
    values: NEW_REFERENCE_ROWS,
    default: 'recent-rows',
    in: RETRAINING,
    group: 'retraining',
    description:
      "What a promoted model's new reference (action output new-reference-data, and profile-output) holds: the recent rows of its training set (the population it now serves; the next check on the same data reads NONE), or the whole training set.",
  },
  model: {
    name: 'model',
    type: 'text',
    expected: 'a model key',
    in: ['action'],
    group: 'retraining',
    description:
      "Key of the model whose retrainings the guards look at; defaults to '<retrain-workflow>@<ref>' (detect: retrain-ref or the default branch; retrain: the running workflow).",
  },
  inFlightTimeoutMinutes: {
    name: 'in-flight-timeout-minutes',
    type: 'number',
    min: 0,
    minExclusive: true,
    default: '360',
    in: ['action'],
    group: 'retraining',
    description:
      "A dispatched or running retraining older than this is marked lost and no longer holds retraining back. Default 360, GitHub's limit on a job's run time; a running one is lost earlier at its own deadline (train-timeout-minutes times its attempts).",
  },
  retrainCooldownHours: {
    name: 'retrain-cooldown-hours',
    type: 'number',
    min: 0,
    default: '24',
    in: ['action'],
    group: 'retraining',
    description:
      'After a retraining finished, checks with the same reference and baseline fingerprints do not dispatch again for this many hours, unless their severity is higher or force-retrain is set. 0 turns the cooldown off.',
  },
  minConfidence: {
    name: 'min-confidence',
    type: 'number',
    min: 0,
    max: 100,
    default: '0',
    in: ['action'],
    group: 'retraining',
    description:
      'A check whose confidence (0-100) is below this does not dispatch retraining, and says why.',
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionField = keyof typeof OPTIONS;

/** The table's entries that `entryPoint` takes, in table order. */
export function optionsOf(entryPoint: EntryPoint): [OptionField, OptionSpec][] {
  return (Object.entries(OPTIONS) as [OptionField, OptionSpec][]).filter(([, spec]) =>
    spec.in.includes(entryPoint),
  );
}
