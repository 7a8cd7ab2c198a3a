/**
 * The one input seam: every data file the check, the retraining and the profile
 * command read comes through {@link loadTable}, which picks the reader from the file's
 * first bytes (then its extension), so nothing above src/data knows about formats.
 *
 * Adding a format: write `load-<format>.ts` with a {@link TableReader}, add it to
 * {@link TABLE_READERS} and its magic bytes or extensions to {@link detectTableFormat}.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Table } from '../shared/table.ts';
import { fileInputError } from './file-input-error.ts';
import { loadCsv, readCsvHeader } from './load-csv.ts';
import { loadArrow, readArrowHeader } from './load-arrow.ts';
import { isGlobPattern, loadParquet, readParquetHeader } from './load-parquet.ts';
import type { TableOptions } from './table-options.ts';

export type { TableOptions } from './table-options.ts';

/** The formats loadTable recognises. */
export type TableFormat = 'csv' | 'parquet' | 'arrow';

/** What the seam needs of a format's reader. */
export interface TableReader {
  /** Reads the whole file (or, for formats that allow it, a directory of parts). */
  load(path: string, options: TableOptions): Promise<Table>;
  /** The column names only, reading as little as the format allows. */
  readHeader(path: string, options?: TableOptions): Promise<readonly string[]>;
}

/** The reader of each format. */
export const TABLE_READERS: Readonly<Record<TableFormat, TableReader>> = {
  csv: { load: loadCsv, readHeader: readCsvHeader },
  parquet: { load: loadParquet, readHeader: readParquetHeader },
  arrow: { load: loadArrow, readHeader: readArrowHeader },
};

const PARQUET_MAGIC = Buffer.from('PAR1');
const ARROW_MAGIC = Buffer.from('ARROW1');

/**
 * The format of the file at `path`: Parquet files start with `PAR1`, Arrow IPC files
 * (Feather v2) with `ARROW1`; gzip is decompressed CSV. Without magic bytes (an Arrow
 * stream, an empty file) the extension decides, and CSV is the default. A directory, or
 * a glob pattern that names no existing file (`data/*.parquet`), is a Parquet data set
 * split into parts.
 */
export async function detectTableFormat(path: string): Promise<TableFormat> {
  const head = Buffer.alloc(8);
  let bytesRead = 0;
  try {
    const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && isGlobPattern(path)) return undefined;
      throw error;
    });
    if (stats === undefined || stats.isDirectory()) return 'parquet';
    const handle = await open(path, 'r');
    try {
      ({ bytesRead } = await handle.read(head, 0, head.length, 0));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileInputError(path, error);
  }
  const start = head.subarray(0, bytesRead);
  if (start.subarray(0, 4).equals(PARQUET_MAGIC)) return 'parquet';
  if (start.subarray(0, 6).equals(ARROW_MAGIC)) return 'arrow';
  switch (extname(path).toLowerCase()) {
    case '.parquet':
    case '.pq':
      return 'parquet';
    case '.arrow':
    case '.feather':
    case '.ipc':
    case '.arrows':
      return 'arrow';
    default:
      return 'csv';
  }
}

/**
 * Reads the table at `path` with the reader its format needs. Errors name the path:
 * a missing file, a directory where a file was expected, a malformed file.
 *
 * @example
 * (await loadTable('test/fixtures/data/quoted.csv')).rowCount; // => 3
 */
export async function loadTable(path: string, options: TableOptions = {}): Promise<Table> {
  return TABLE_READERS[await detectTableFormat(path)].load(path, options);
}

/** The column names of the table at `path`, without reading its rows. */
export async function readTableHeader(
  path: string,
  options: TableOptions = {},
): Promise<readonly string[]> {
  return TABLE_READERS[await detectTableFormat(path)].readHeader(path, options);
}
