/**
 * Worker thread of the column scan (parquet-column-scan.ts): for each feature it is
 * sent, reads the column from both Parquet inputs and examines the pair. Only the
 * examination goes back; the raw values never leave the worker.
 */
import { parentPort } from 'node:worker_threads';
import type { DetectionConfig } from '../detect/detection-config.ts';
import type { PairWorkspace } from '../detect/examine-column-pair.ts';
import { InputError } from '../shared/input-error.ts';
import { examineParquetColumnPair, ParquetReaders } from './examine-parquet-column-pair.ts';
import type { UnreadPair } from './examine-parquet-column-pair.ts';

export interface ColumnScanJob {
  readonly index: number;
  readonly pair: UnreadPair;
  readonly config: DetectionConfig;
}

/** What the worker answers: the examination, or the error and whether it is bad input. */
export type ColumnScanAnswer =
  | { readonly index: number; readonly result: unknown }
  | { readonly index: number; readonly error: string; readonly inputError: boolean };

/** Reused for every column this worker sorts: its results keep no reference to them. */
const workspace: PairWorkspace = { reference: {}, recent: {} };
const readers = new ParquetReaders();

/**
 * The scan keeps a second job queued here so this thread never waits for the next;
 * jobs run one after the other, since they share the workspace and the readers' buffers.
 */
let running: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: ColumnScanJob) => {
  running = running.then(() =>
    examineParquetColumnPair(job.pair, job.config, readers, workspace).then(
      (result) => parentPort?.postMessage({ index: job.index, result } satisfies ColumnScanAnswer),
      (error: Error) =>
        parentPort?.postMessage({
          index: job.index,
          error: error.message,
          inputError: error instanceof InputError,
        } satisfies ColumnScanAnswer),
    ),
  );
});
