import { open } from 'node:fs/promises';
import type { CsvOptions } from './csv-options.ts';
import {
  countCsvRange,
  type CsvFilePartResult,
  type CsvFilePartTask,
  type CsvFileRange,
  type CsvRangeCount,
  parseCsvFilePart,
} from './csv-file-part.ts';
import { CsvStreamParser } from './csv-stream-parser.ts';
import { mergeCsvParts } from './merge-csv-parts.ts';
import type { Table } from './table.ts';

/** Runs the two passes over a part; load-csv.ts passes the worker pool, tests this thread. */
export interface CsvPartRunner {
  count(range: CsvFileRange): Promise<CsvRangeCount>;
  parse(task: CsvFilePartTask): Promise<CsvFilePartResult>;
}

/** Runs the parts one after another in this thread. */
export const inThisThread: CsvPartRunner = { count: countCsvRange, parse: parseCsvFilePart };

/** How far past a split point to look for the end of a line before giving that split up. */
const WINDOW_BYTES = 1 << 16;
/** The header must end within this many bytes for a file to be split. */
const HEADER_BYTES = 1 << 20;

/**
 * Parses an uncompressed CSV file as `partCount` byte ranges at once and returns one
 * table, or `null` when splitting is not safe, and the caller parses in one piece.
 *
 * Two passes, both in parallel: the first counts each range's line breaks (memchr
 * speed), which gives every range its first row; the second parses each range, writing
 * numeric columns straight into one shared buffer per column at that row. So the
 * columns are allocated once at their final size and nothing is copied at the end,
 * which keeps the peak memory that of a one-piece parse.
 *
 * Counting line breaks gives row numbers only when no line break sits inside quotes and
 * there are no blank lines, so any `"` in the data, or a range whose parse finds other
 * than the counted rows, returns `null`. So does any parse error: a part's row numbers
 * are its own, and the one-piece parse reports the error with the right row and line.
 */
export async function loadCsvInParts(
  path: string,
  options: CsvOptions,
  partCount: number,
  runner: CsvPartRunner = inThisThread,
): Promise<Table | null> {
  const source = options.source ?? path;
  const handle = await open(path, 'r');
  let header: readonly string[];
  const bounds: number[] = [];
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await handle.read(head, 0, head.length, 0);
    const headerEnd = head.indexOf(0x0a) + 1;
    if (headerEnd <= 0 || headerEnd >= size || head.subarray(0, headerEnd).includes(0x22)) {
      return null;
    }
    const parser = new CsvStreamParser({
      source,
      categorical: options.categorical,
      numeric: options.numeric,
      naValues: options.naValues,
    });
    parser.write(head.subarray(0, headerEnd));
    if (parser.columnNames === null) return null;
    header = parser.columnNames;
    bounds.push(headerEnd);
    const window = Buffer.alloc(WINDOW_BYTES);
    for (let k = 1; k < partCount; k++) {
      const target = headerEnd + Math.floor(((size - headerEnd) * k) / partCount);
      if (target <= bounds[bounds.length - 1]) continue;
      const { bytesRead } = await handle.read(window, 0, WINDOW_BYTES, target);
      const newline = window.subarray(0, bytesRead).indexOf(0x0a);
      if (newline >= 0 && target + newline + 1 < size) bounds.push(target + newline + 1);
    }
    bounds.push(size);
  } finally {
    await handle.close();
  }
  const ranges = bounds.slice(1).map((end, k) => ({ path, start: bounds[k], end }));
  let counts: CsvRangeCount[];
  try {
    counts = await Promise.all(ranges.map((range) => runner.count(range)));
  } catch {
    return null;
  }
  if (counts.some((count) => count.hasQuote)) return null;
  const rowCounts = counts.map((count) => count.lineBreaks + (count.endsWithLineBreak ? 0 : 1));
  return parseRanges(source, header, ranges, rowCounts, options, runner, new Set());
}

async function parseRanges(
  source: string,
  header: readonly string[],
  ranges: readonly CsvFileRange[],
  rowCounts: readonly number[],
  options: CsvOptions,
  runner: CsvPartRunner,
  labels: ReadonlySet<string>,
): Promise<Table | null> {
  const categorical = options.categorical ?? [];
  const totalRows = rowCounts.reduce((sum, rows) => sum + rows, 0);
  if (totalRows === 0) return null;
  const buffers = header.map((name) =>
    categorical.includes(name) || labels.has(name) ? null : new SharedArrayBuffer(totalRows * 8),
  );
  let rowBase = 0;
  const tasks = ranges.map((range, k) => {
    const task = {
      ...range,
      header,
      categorical,
      numeric: options.numeric,
      labels: [...labels],
      naValues: options.naValues,
      shared: { buffers, rowBase, rowCount: rowCounts[k] },
    };
    rowBase += rowCounts[k];
    return task;
  });
  let results: CsvFilePartResult[];
  try {
    results = await Promise.all(tasks.map((task) => runner.parse(task)));
  } catch {
    return null;
  }
  if (results.some((result, k) => result.table.rowCount !== rowCounts[k])) return null;
  const merged = mergeCsvParts(
    source,
    results.map((result) => result.table),
    new Set(results.flatMap((result) => result.columnsToReparse)),
    new Set(categorical),
  );
  if ('table' in merged) return merged.table;
  const next = new Set([...labels, ...merged.columnsToReparse]);
  // A column already read as labels cannot lose numbers again; stop rather than loop.
  if (next.size === labels.size) return null;
  return parseRanges(source, header, ranges, rowCounts, options, runner, next);
}
