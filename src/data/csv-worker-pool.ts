import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CsvWorkerRequest } from './csv-worker.ts';

type Reply = { ok: true; result: unknown } | { ok: false; message: string };

interface Job {
  request: CsvWorkerRequest;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Where the worker script is: next to this file when running the TypeScript sources,
 * `csv-worker.js` beside or one folder above the bundled chunk in `dist/`. `null` when
 * it cannot be found, and the caller parses in its own thread.
 */
function workerScript(): URL | null {
  const candidates = import.meta.url.endsWith('.ts')
    ? ['./csv-worker.ts']
    : ['./csv-worker.js', '../csv-worker.js'];
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * A few worker threads, one per core, shared by every `loadCsv` call: the reference and
 * the recent file, loaded concurrently, split into parts that keep all cores busy
 * without starting more threads than there are cores. Idle workers are unreferenced, so
 * the pool never keeps a finished process alive.
 */
class CsvWorkerPool {
  private readonly size = Math.max(1, Math.min(availableParallelism(), 4));
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private started = 0;
  private readonly script = workerScript();

  get available(): boolean {
    return this.script !== null && this.size > 1;
  }

  get parallelism(): number {
    return this.size;
  }

  /** Runs `request` on the next free worker; the result type follows the request kind. */
  run<T>(request: CsvWorkerRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve: resolve as (result: unknown) => void, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (worker === undefined) {
        if (this.started >= this.size || this.script === null) return;
        worker = new Worker(this.script);
        worker.unref();
        this.started++;
      }
      this.runOn(worker, this.queue.shift() as Job);
    }
  }

  private runOn(worker: Worker, job: Job): void {
    const onMessage = (reply: Reply) => {
      worker.off('error', onError);
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(reply.message));
    };
    const onError = (error: Error) => {
      // A crashed worker is gone; forget it so the next job starts a fresh one.
      worker.off('message', onMessage);
      this.started--;
      this.dispatch();
      job.reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    // Referenced while busy, so the process waits for the answer.
    worker.ref();
    worker.postMessage(job.request);
  }
}

/** The process-wide pool. */
export const csvWorkerPool = new CsvWorkerPool();
