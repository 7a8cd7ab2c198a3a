/**
 * Worker thread of analyzeDriftInParallel: profiles the numeric columns it is sent
 * (sort, moments) and compares the profiles (KS, outliers, histogram).
 */
import { parentPort } from 'node:worker_threads';
import type { NumericColumn } from '../shared/table.ts';
import type { DetectionConfig } from './detection-config.ts';
import { examineColumnPair } from './examine-column-pair.ts';
import type { PairWorkspace } from './examine-column-pair.ts';

export interface FeatureJob {
  readonly index: number;
  readonly reference: NumericColumn;
  readonly recent: NumericColumn;
  readonly config: DetectionConfig;
}

/** Reused for every column this worker sorts: its results keep no reference to them. */
const workspace: PairWorkspace = { reference: {}, recent: {} };

parentPort?.on('message', (job: FeatureJob) => {
  try {
    const result = examineColumnPair(job.reference, job.recent, job.config, workspace);
    parentPort?.postMessage({ index: job.index, result });
  } catch (error) {
    parentPort?.postMessage({ index: job.index, error: (error as Error).message });
  }
});
