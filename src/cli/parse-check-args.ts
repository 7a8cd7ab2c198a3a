/**
 * The only reader of `drift-sentinel check` arguments: turns argv into one typed,
 * validated settings object through the option table. Pure (no file access), so tests
 * call it directly.
 */
import type { DetectionConfig, Severity } from '../detect/detection-config.ts';
import { checkSourcesOf, engineSourcesOf } from '../options/option-groups.ts';
import { resolveDetectionConfig } from '../detect/detection-config.ts';
import type { DriftInputSources } from '../data/load-drift-inputs.ts';
import { OUTPUT_FORMATS } from '../options/option-table.ts';
import { checkSideSources } from '../engines/engine-sources.ts';
import type { EngineSettings } from '../engines/engine-sources.ts';
import { readCliOptions } from './read-cli-options.ts';
import { UsageError } from './usage-error.ts';

export { OUTPUT_FORMATS };
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
  /** Sides that come from a profile file or an engine. */
  readonly engine: Omit<EngineSettings, 'toolVersion'>;
}

/** Parses `check` arguments; `isTerminal` picks the default format. */
export function parseCheckArgs(args: readonly string[], isTerminal: boolean): CheckSettings {
  const o = readCliOptions('check', args);
  const sources: DriftInputSources = checkSourcesOf(o);
  const engine = engineSourcesOf(o);
  try {
    checkSideSources(engine, o.recentData);
  } catch (error) {
    throw new UsageError(`${(error as Error).message} Run 'drift-sentinel check --help'.`);
  }
  if (sources.recentPredictions && sources.predictionColumn) {
    throw new UsageError('Give either --recent-predictions or --prediction-column, not both.');
  }
  if (sources.recentActuals && sources.targetColumn) {
    throw new UsageError('Give either --recent-actuals or --target-column, not both.');
  }
  // The table has already checked every value; resolveDetectionConfig fills the defaults.
  const config = resolveDetectionConfig({
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
    sources,
    config,
    format: o.format ?? (isTerminal ? 'text' : 'json'),
    output: o.output,
    failOn: o.failOn === 'none' ? undefined : o.failOn,
    eventLog: o.noEventLog ? undefined : o.eventLog,
    engine,
  };
}
