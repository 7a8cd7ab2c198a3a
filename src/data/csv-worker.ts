/**
 * Worker thread entry for load-csv-in-parts.ts: counts or parses one range of a CSV
 * file. Numeric columns land in shared buffers; the rest are moved back, not copied.
 * Any failure is reported as a message; the main thread then parses the file in one
 * piece, so the error a user sees carries the right row and line numbers.
 */
import { parentPort } from 'node:worker_threads';
import {
  countCsvRange,
  type CsvFilePartTask,
  type CsvFileRange,
  parseCsvFilePart,
  transferablesOf,
} from './csv-file-part.ts';

export type CsvWorkerRequest =
  { kind: 'count'; range: CsvFileRange } | { kind: 'parse'; task: CsvFilePartTask };

parentPort?.on('message', async (request: CsvWorkerRequest) => {
  try {
    if (request.kind === 'count') {
      parentPort?.postMessage({ ok: true, result: await countCsvRange(request.range) });
    } else {
      const result = await parseCsvFilePart(request.task);
      parentPort?.postMessage({ ok: true, result }, transferablesOf(result.table));
    }
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: (error as Error).message });
  }
});
