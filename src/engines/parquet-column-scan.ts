/**
 * The drift check when numeric columns are left in their Parquet files (loadDriftInputs'
 * `leaveColumnsUnread`): the column scan. Each numeric feature is read from the
 * reference and the recent input, examined and dropped, in worker threads that read
 * and sort in parallel, so the check's peak memory is a few column pairs instead of
 * both whole tables. Parquet is columnar, so one column is read without the others.
 * The report is identical to analyzeDrift's on the loaded tables, which assembles it
 * from the examinations.
 *
 * It lives in engines/ (it computes where the data is, as the DuckDB profile does) and
 * is the one place that joins a reader (data/) with the feature tests (detect/).
 */
import { Worker } from 'node:worker_threads';
import { analyzeDrift, pairFeatures } from '../detect/analyze-drift.ts';
import type { DriftCheckInput } from '../detect/analyze-drift.ts';
import {
  analyzeDriftInParallel,
  MIN_VALUES_FOR_THREADS,
  threadCount,
} from '../detect/analyze-drift-in-parallel.ts';
import type { ParallelOptions } from '../detect/analyze-drift-in-parallel.ts';
import type { DetectionConfig } from '../detect/detection-config.ts';
import { resolveDetectionConfig } from '../detect/detection-config.ts';
import type { DriftReport } from '../detect/drift-report.ts';
import type { PairWorkspace } from '../detect/examine-column-pair.ts';
import type { ColumnExamination } from '../detect/feature-tests.ts';
import { InputError } from '../shared/input-error.ts';
import { isLoaded } from '../shared/table.ts';
import { examineParquetColumnPair, ParquetReaders } from './examine-parquet-column-pair.ts';
import type { UnreadPair } from './examine-parquet-column-pair.ts';
import type { ColumnScanAnswer, ColumnScanJob } from './parquet-column-worker.ts';

export interface ColumnScanOptions extends ParallelOptions {
  /**
   * Fewest values (rows of both sides times features) worth worker threads; default
   * the parallel check's threshold. Tests set 0 to run small inputs in workers.
   */
  readonly minValuesForThreads?: number;
  /** Called as each feature's columns are examined: for a progress line on a terminal. */
  readonly onFeatureDone?: (done: number, total: number) => void;
}

/**
 * As analyzeDriftInParallel, reading the unread columns of the input one feature at a
 * time; an input without unread columns goes to analyzeDriftInParallel unchanged.
 */
export async function analyzeDriftReadingColumns(
  input: DriftCheckInput,
  partialConfig: Partial<DetectionConfig> = {},
  options: ColumnScanOptions = {},
): Promise<DriftReport> {
  const config = resolveDetectionConfig(partialConfig);
  const pairs = unreadPairs(input, config);
  if (pairs.length === 0) return analyzeDriftInParallel(input, config, options);
  const values = (input.reference.rowCount + input.recent.rowCount) * pairs.length;
  const threads = threadCount(options, pairs.length);
  const done = (results: ReadonlyMap<string, ColumnExamination>) =>
    options.onFeatureDone?.(results.size, pairs.length);
  const fewValues = values < (options.minValuesForThreads ?? MIN_VALUES_FOR_THREADS);
  const results = await examineInThreads(pairs, config, fewValues ? 1 : Math.max(1, threads), done);
  return analyzeDrift(input, config, results);
}

/**
 * The features whose columns are unread on both sides. loadDriftInputs leaves a column
 * unread only when both inputs have it as numbers, so a pair is unread on both sides
 * or on neither; a pair unread on one side would reach analyzeDrift, which says so.
 */
function unreadPairs(input: DriftCheckInput, config: DetectionConfig): UnreadPair[] {
  const pairs: UnreadPair[] = [];
  for (const [reference, recent] of pairFeatures(input, config).pairs) {
    if (isLoaded(reference) || isLoaded(recent)) continue;
    pairs.push({ name: reference.name, reference: reference.unread, recent: recent.unread });
  }
  return pairs;
}

/** Told the results so far after each feature. */
type OnResult = (results: ReadonlyMap<string, ColumnExamination>) => void;

/** The worker module next to this one: `.ts` when running from source, `.js` in dist/. */
function workerUrl(): URL {
  return new URL(
    import.meta.url.endsWith('.ts') ? './parquet-column-worker.ts' : './parquet-column-worker.js',
    import.meta.url,
  );
}

/**
 * Examines the pairs in `threads` threads: `threads - 1` workers and this thread, which
 * is idle otherwise (one thread: no worker at all, for small inputs). One worker fewer saves its isolate, module graph and buffers
 * (about 50 MB when running from source) and its start-up. Each worker has a second job
 * queued so it never waits while this thread is busy sorting a column of its own.
 */
async function examineInThreads(
  pairs: readonly UnreadPair[],
  config: DetectionConfig,
  threads: number,
  onResult: OnResult,
): Promise<Map<string, ColumnExamination>> {
  const results = new Map<string, ColumnExamination>();
  const workers = Array.from({ length: threads - 1 }, () => new Worker(workerUrl()));
  let next = 0;
  let failed = false;
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        while (inFlight < 2 && next < pairs.length && !failed) {
          const index = next++;
          inFlight++;
          worker.postMessage({ index, pair: pairs[index], config } satisfies ColumnScanJob);
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (answer: ColumnScanAnswer) => {
        inFlight--;
        const name = pairs[answer.index].name;
        if ('error' in answer) {
          failed = true;
          // Bad input (a column that does not decode) stays an InputError: exit 2.
          reject(
            answer.inputError
              ? new InputError(answer.error)
              : new Error(`Testing feature '${name}' failed: ${answer.error}`),
          );
          return;
        }
        results.set(name, answer.result as ColumnExamination);
        onResult(results);
        send();
      });
      worker.on('error', (error) => {
        failed = true;
        reject(error);
      });
      send();
    });
  const inThisThread = async () => {
    const readers = new ParquetReaders();
    const workspace: PairWorkspace = { reference: {}, recent: {} };
    while (next < pairs.length && !failed) {
      const pair = pairs[next++];
      try {
        results.set(pair.name, await examineParquetColumnPair(pair, config, readers, workspace));
        onResult(results);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  try {
    await Promise.all([...workers.map(inWorker), inThisThread()]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
