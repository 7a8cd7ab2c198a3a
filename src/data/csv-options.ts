/** Options of {@link parseCsv} and {@link loadCsv}. */
export interface CsvOptions {
  /**
   * Columns read as categorical even when every cell is a number (IDs, ZIP codes,
   * numeric class labels). Each name must exist in the header.
   */
  categorical?: readonly string[];
  /**
   * Columns that must be numeric: a cell that is neither a number nor missing is an
   * `InputError` naming the file, row, line, column and value. Each name must exist in
   * the header.
   */
  numeric?: readonly string[];
  /**
   * Cell texts read as missing on top of pandas' default markers (missing-cell.ts), as
   * pandas' `na_values` adds to its list: e.g. `['?', '-999']`. Matched exactly.
   */
  naValues?: readonly string[];
  /** Name used in messages and in `Table.source`; defaults to the path, or `csv`. */
  source?: string;
  /**
   * Called after each chunk read from disk with the bytes read so far and the file size
   * (compressed bytes for `.csv.gz`). `loadCsv` only.
   */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /**
   * Threads that parse one large (>= 16 MiB) uncompressed file in parallel parts;
   * default 1, this thread only. `loadCsv` only. Measured on the 193 MB bench file
   * (bench/README.md): 2 threads cost ~0.3 s more CPU and ~110 MB more peak RSS (two
   * worker isolates) and save wall time only when two cores are idle. The file falls
   * back to one piece when it holds quotes or blank lines.
   */
  threads?: number;
}
