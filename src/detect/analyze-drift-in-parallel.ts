/**
 * The drift check with the numeric feature tests spread over worker threads.
 *
 * Sorting every numeric column of both samples dominates the check (24 million values
 * in the benchmark), and the features are independent, so they run in parallel; the
 * result is identical to analyzeDrift's, which assembles it. The caller's tables stay
 * intact: shared columns are read in place, others are copied (see forWorker).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NumericColumn } from '../shared/table.ts';
import { isLoaded } from '../shared/table.ts';
import { analyzeDrift, pairFeatures } from './analyze-drift.ts';
import type { DriftCheckInput } from './analyze-drift.ts';
import type { DetectionConfig } from './detection-config.ts';
import { resolveDetectionConfig } from './detection-config.ts';
import type { DriftReport } from './drift-report.ts';
import type { ColumnExamination } from './feature-tests.ts';
import type { FeatureJob } from './feature-worker.ts';

/** Fewer values than this in all numeric columns together: threads cost more than they save. */
export const MIN_VALUES_FOR_THREADS = 200_000;

export interface ParallelOptions {
  /** Worker threads; default: the available parallelism, at most 4. 1 runs in this thread. */
  readonly threads?: number;
}

/** Threads for `jobs` features: the option, else the available parallelism up to 4; never more than the jobs. */
export function threadCount(options: ParallelOptions, jobs: number): number {
  return Math.min(options.threads ?? Math.min(availableParallelism(), 4), jobs);
}

export async function analyzeDriftInParallel(
  input: DriftCheckInput,
  partialConfig: Partial<DetectionConfig> = {},
  options: ParallelOptions = {},
): Promise<DriftReport> {
  const config = resolveDetectionConfig(partialConfig);
  const { pairs } = pairFeatures(input, config);
  // Columns left unread in their files are not here to send: the column scan
  // (engines/parquet-column-scan.ts) examines them.
  const numeric = pairs.filter(
    (pair): pair is [NumericColumn, NumericColumn] =>
      isLoaded(pair[0]) &&
      isLoaded(pair[1]) &&
      pair[0].kind === 'numeric' &&
      pair[1].kind === 'numeric',
  );
  const values = numeric.reduce((sum, [a, b]) => sum + a.values.length + b.values.length, 0);
  const threads = threadCount(options, numeric.length);
  if (threads < 2 || values < MIN_VALUES_FOR_THREADS) return analyzeDrift(input, config);
  const results = await runInWorkers(numeric, config, threads);
  return analyzeDrift(input, config, results);
}

/**
 * The column as posted to a worker, and what to transfer with it. Columns in shared
 * memory (as the CSV loader makes them) are shared as they are; any other column is
 * copied once into a buffer that is transferred, not cloned again.
 */
function forWorker(column: NumericColumn): { column: NumericColumn; transfer: ArrayBuffer[] } {
  if (column.values.buffer instanceof SharedArrayBuffer) return { column, transfer: [] };
  const values = column.values.slice();
  return { column: { ...column, values }, transfer: [values.buffer as ArrayBuffer] };
}

/** The worker module next to this one: `.ts` when running from source, `.js` in dist/. */
function workerUrl(): URL {
  return new URL(
    import.meta.url.endsWith('.ts') ? './feature-worker.ts' : './feature-worker.js',
    import.meta.url,
  );
}

async function runInWorkers(
  pairs: readonly [NumericColumn, NumericColumn][],
  config: DetectionConfig,
  threads: number,
): Promise<Map<string, ColumnExamination>> {
  const results = new Map<string, ColumnExamination>();
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl()));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= pairs.length) return resolve();
              const index = next++;
              const reference = forWorker(pairs[index][0]);
              const recent = forWorker(pairs[index][1]);
              const job: FeatureJob = {
                index,
                reference: reference.column,
                recent: recent.column,
                config,
              };
              worker.postMessage(job, [...reference.transfer, ...recent.transfer]);
            };
            worker.on(
              'message',
              (message: { index: number; result?: ColumnExamination; error?: string }) => {
                if (message.error !== undefined) {
                  reject(
                    new Error(
                      `Testing feature '${pairs[message.index][0].name}' failed: ${message.error}`,
                    ),
                  );
                  return;
                }
                results.set(pairs[message.index][0].name, message.result as ColumnExamination);
                send();
              },
            );
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
