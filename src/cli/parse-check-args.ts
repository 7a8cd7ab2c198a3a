/**
 * The only reader of `drift-sentinel check` arguments: turns argv into one typed,
 * validated settings object. Pure (no file access), so tests call it directly.
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
import { UsageError, parseCommandArgs } from './usage-error.ts';
import { DEFAULT_EVENT_LOG } from './cli-io.ts';

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckSettings {
  /** Where the data comes from. */
  readonly sources: DriftInputSources;
  /** Thresholds and options of the check, defaults filled in. */
  readonly config: DetectionConfig;
  /** Report format; defaults to `text` on a terminal and `json` otherwise. */
  readonly format: OutputFormat;
  /** Write the report to this file instead of standard output. */
  readonly output?: string;
  /** Exit with code 1 when severity reaches this level. */
  readonly failOn?: Severity;
  /** SQLite event log that records the check; undefined with --no-event-log. */
  readonly eventLog?: string;
}

const OPTIONS = {
  'reference-data': { type: 'string' },
  'recent-data': { type: 'string' },
  'recent-predictions': { type: 'string' },
  'recent-actuals': { type: 'string' },
  'prediction-column': { type: 'string' },
  'target-column': { type: 'string' },
  'baseline-metrics': { type: 'string' },
  'data-drift-threshold': { type: 'string' },
  'min-effect-size': { type: 'string' },
  correction: { type: 'string' },
  'ks-method': { type: 'string' },
  'outlier-threshold': { type: 'string' },
  'outlier-z-score': { type: 'string' },
  'concept-drift-threshold': { type: 'string' },
  'performance-threshold': { type: 'string' },
  'rmse-threshold': { type: 'string' },
  'min-samples': { type: 'string' },
  'exclude-columns': { type: 'string' },
  categorical: { type: 'string' },
  numeric: { type: 'string' },
  'retrain-on': { type: 'string' },
  task: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  'event-log': { type: 'string' },
  'no-event-log': { type: 'boolean' },
} as const;

/** Parses `check` arguments; `isTerminal` picks the default format. */
export function parseCheckArgs(args: readonly string[], isTerminal: boolean): CheckSettings {
  const parsed = parseCommandArgs('check', args, OPTIONS);
  const noEventLog = parsed['no-event-log'] === true;
  // Every other option is a string; the helpers below look them up by name.
  const values = parsed as Record<string, string | undefined>;
  const required = (name: string) => {
    const value = values[name];
    if (!value)
      throw new UsageError(`Missing --${name}. Run 'drift-sentinel check --help' for usage.`);
    return value;
  };
  const sources: DriftInputSources = {
    referenceData: required('reference-data'),
    recentData: required('recent-data'),
    recentPredictions: values['recent-predictions'],
    recentActuals: values['recent-actuals'],
    predictionColumn: values['prediction-column'],
    targetColumn: values['target-column'],
    baselineMetrics: values['baseline-metrics'],
    categorical: parseList(values.categorical),
    numeric: parseList(values.numeric),
  };
  if (sources.recentPredictions && sources.predictionColumn) {
    throw new UsageError('Give either --recent-predictions or --prediction-column, not both.');
  }
  if (sources.recentActuals && sources.targetColumn) {
    throw new UsageError('Give either --recent-actuals or --target-column, not both.');
  }

  let config: DetectionConfig;
  try {
    config = resolveDetectionConfig({
      dataDriftThreshold: parseNumber(values, 'data-drift-threshold'),
      minEffectSize: parseNumber(values, 'min-effect-size'),
      correction: parseChoice(values, 'correction', P_VALUE_CORRECTIONS),
      ksMethod: parseChoice(values, 'ks-method', KS_METHODS),
      outlierThreshold: parseNumber(values, 'outlier-threshold'),
      outlierZScore: parseNumber(values, 'outlier-z-score'),
      conceptDriftThreshold: parseNumber(values, 'concept-drift-threshold'),
      performanceThreshold: parseNumber(values, 'performance-threshold'),
      rmseThreshold: parseNumber(values, 'rmse-threshold'),
      minSamplesForRetraining: parseNumber(values, 'min-samples'),
      excludeColumns: parseList(values['exclude-columns']),
      retrainOn: values['retrain-on']
        ? parseSeverity(values['retrain-on'], '--retrain-on')
        : undefined,
      task: parseChoice(values, 'task', TASKS),
    });
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }

  return {
    sources,
    config,
    format: parseChoice(values, 'format', OUTPUT_FORMATS) ?? (isTerminal ? 'text' : 'json'),
    output: values.output,
    failOn: values['fail-on'] ? parseFailOn(values['fail-on']) : undefined,
    eventLog: noEventLog ? undefined : (values['event-log'] ?? DEFAULT_EVENT_LOG),
  };
}

function parseFailOn(value: string): Severity | undefined {
  if (value.trim().toLowerCase() === 'none') return undefined;
  try {
    return parseSeverity(value, '--fail-on');
  } catch {
    throw new UsageError(
      `Invalid --fail-on '${value}'. Expected none, LOW, MEDIUM, HIGH or CRITICAL.`,
    );
  }
}

/** Splits a comma-separated list, trimming blanks; undefined stays undefined. */
export function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function parseNumber(values: Record<string, string | undefined>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(n)) throw new UsageError(`Invalid --${name} '${raw}'. Expected a number.`);
  return n;
}

function parseChoice<T extends string>(
  values: Record<string, string | undefined>,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`Invalid --${name} '${raw}'. Expected one of ${allowed.join(', ')}.`);
  }
  return raw as T;
}
