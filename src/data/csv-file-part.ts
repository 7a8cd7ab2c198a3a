import { createReadStream } from 'node:fs';
import { CsvStreamParser, type SharedColumns } from './csv-stream-parser.ts';
import type { Table } from './table.ts';

/** 1 MiB reads, as in load-csv.ts. */
const CHUNK_BYTES = 1 << 20;

/** A byte range of a CSV file: from the start of a data row to the end of a line or file. */
export interface CsvFileRange {
  path: string;
  start: number;
  /** One past the last byte. */
  end: number;
}

/** What a first, cheap pass over a range finds. */
export interface CsvRangeCount {
  lineBreaks: number;
  /** Whether the range ends with `\n` (only the last range of a file may not). */
  endsWithLineBreak: boolean;
  /** Whether any `"` occurs: then line breaks may sit inside quotes and do not count rows. */
  hasQuote: boolean;
}

/** Counts line breaks and looks for quotes at memchr speed, without parsing. */
export async function countCsvRange(range: CsvFileRange): Promise<CsvRangeCount> {
  let lineBreaks = 0;
  let hasQuote = false;
  let last = -1;
  if (range.end > range.start) {
    const stream = createReadStream(range.path, {
      start: range.start,
      end: range.end - 1,
      highWaterMark: CHUNK_BYTES,
    });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lineBreaks++;
      hasQuote ||= chunk.includes(0x22);
      last = chunk[chunk.length - 1];
    }
  }
  return { lineBreaks, endsWithLineBreak: last === 0x0a, hasQuote };
}

/** One range of a CSV file to parse on its own, in a worker or in this thread. */
export interface CsvFilePartTask extends CsvFileRange {
  header: readonly string[];
  categorical?: readonly string[];
  numeric?: readonly string[];
  labels?: readonly string[];
  naValues?: readonly string[];
  shared: SharedColumns;
}

/** A parsed part: its rows as a table, and what the merge must check. */
export interface CsvFilePartResult {
  table: Table;
  columnsToReparse: string[];
}

/** Parses the rows of `task.path` between `task.start` and `task.end`. */
export async function parseCsvFilePart(task: CsvFilePartTask): Promise<CsvFilePartResult> {
  const parser = new CsvStreamParser({
    source: task.path,
    header: task.header,
    categorical: task.categorical,
    numeric: task.numeric,
    labels: task.labels,
    naValues: task.naValues,
    shared: task.shared,
  });
  if (task.end > task.start) {
    const stream = createReadStream(task.path, {
      start: task.start,
      end: task.end - 1,
      highWaterMark: CHUNK_BYTES,
    });
    for await (const chunk of stream) parser.write(chunk as Buffer);
  }
  return parser.end();
}

/** The buffers of a part's own (not shared) columns, to move them instead of copying. */
export function transferablesOf(table: Table): ArrayBuffer[] {
  return table.columns
    .map((column) => (column.kind === 'numeric' ? column.values : column.codes).buffer)
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}
