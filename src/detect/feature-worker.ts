/**
 * Worker thread of analyzeDriftInParallel: runs the numeric feature test (sort, KS,
 * moments, outliers, histogram) for the columns it is sent.
 */
import { parentPort } from 'node:worker_threads';
import type { NumericColumn } from '../data/table.ts';
import type { DetectionConfig } from './detection-config.ts';
import { testNumericFeature } from './feature-tests.ts';
import type { FeatureWorkspace } from './feature-tests.ts';

export interface FeatureJob {
  readonly index: number;
  readonly reference: NumericColumn;
  readonly recent: NumericColumn;
  readonly config: DetectionConfig;
}

/** Reused for every column this worker sorts: its results keep no reference to them. */
const workspace: FeatureWorkspace = { reference: {}, recent: {} };

parentPort?.on('message', (job: FeatureJob) => {
  try {
    const result = testNumericFeature(job.reference, job.recent, job.config, workspace);
    parentPort?.postMessage({ index: job.index, result });
  } catch (error) {
    parentPort?.postMessage({ index: job.index, error: (error as Error).message });
  }
});
