/**
 * What a promoted model leaves for the promote step (issue 9): its metrics as the next
 * checks' `baseline-metrics`, and its reference data as their `reference-data`. Without
 * them every check after a promotion compares against the model before it, finds the
 * same drift and dispatches again: the retrain storm the guards otherwise only hold back.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseBaselineMetrics, type BaselineMetrics } from '../data/parse-baseline-metrics.ts';
import type { MetricValues } from '../events/event-records.ts';
import type { PreparedTrainingData } from './prepare-training-data.ts';

/** The metrics `baseline-metrics` accepts. */
const BASELINE_KEYS = ['r2', 'rmse', 'mae', 'accuracy'] as const;

/**
 * The new model's metrics in the schema of `baseline-metrics` (the other numbers a
 * training command may write, epochs or losses, are left out), checked by the same
 * parser that will read them back.
 *
 * @example
 * newBaselineMetrics({ r2: 0.93, rmse: 21.5, epochs: 12, accuracy: null }); // => { r2: 0.93, rmse: 21.5 }
 */
export function newBaselineMetrics(metricsAfter: MetricValues): BaselineMetrics {
  const picked: Record<string, number> = {};
  for (const key of BASELINE_KEYS) {
    const value = metricsAfter[key];
    if (typeof value === 'number' && Number.isFinite(value)) picked[key] = value;
  }
  return parseBaselineMetrics(JSON.stringify(picked), 'the new model metrics');
}

/** Which rows of the training set become the new reference (input `new-reference`). */
export type NewReferenceRows = 'recent-rows' | 'training-data';

/** Paths of the files {@link writePromotionFiles} wrote. */
export interface PromotionFiles {
  newBaselineMetrics: string;
  newReferenceData: string;
}

/**
 * Writes `new-baseline-metrics.json` and `new-reference-data.csv` into `directory`.
 * The reference is, by default, the recent rows of the training set: the population
 * the promoted model now serves. The whole training set (`training-data`) keeps the old
 * population in the reference, so the next check on unchanged recent data still
 * reports drift (measured on the example data: HIGH, 5 of 6 features, KS D = 0.26).
 */
export async function writePromotionFiles(options: {
  directory: string;
  metricsAfter: MetricValues;
  prepared: PreparedTrainingData;
  newReference: NewReferenceRows;
}): Promise<PromotionFiles> {
  const { directory, prepared } = options;
  const metrics = newBaselineMetrics(options.metricsAfter);
  const newBaselineMetricsPath = path.join(directory, 'new-baseline-metrics.json');
  const newReferenceData = path.join(directory, 'new-reference-data.csv');
  const source =
    options.newReference === 'recent-rows' && prepared.recentRowsPath
      ? prepared.recentRowsPath
      : prepared.path;
  await fs.writeFile(newBaselineMetricsPath, `${JSON.stringify(metrics, null, 2)}\n`);
  await fs.copyFile(source, newReferenceData);
  return { newBaselineMetrics: newBaselineMetricsPath, newReferenceData };
}
