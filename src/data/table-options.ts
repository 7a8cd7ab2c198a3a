import type { CsvDelimiter } from './csv-stream-parser.ts';

/**
 * Options of every table reader (loadTable, and through it loadCsv and the others):
 * how columns are typed, which cells are missing, how progress is told.
 */
export interface TableOptions {
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
  /**
   * The file's text encoding, a label of TEXT_ENCODINGS (decode-text-chunks.ts) (`latin1`,
   * `windows-1252`, `utf-16le`...). Default UTF-8, read without decoding; invalid UTF-8
   * is then an InputError with its line and byte offset, never silently U+FFFD.
   */
  encoding?: string;
  /**
   * The field separator of CSV files (`delimiter` option): `comma`, `semicolon`, `tab`,
   * `pipe`, or `auto` (default), told from the header line (csv-stream-parser.ts sniffDelimiter).
   */
  delimiter?: CsvDelimiter;
  /** Name used in messages and in `Table.source`; defaults to the path, or `csv`. */
  source?: string;
  /**
   * Called after each chunk read from disk with the bytes read so far and the file size
   * (compressed bytes for `.csv.gz`). Readers that stream from disk only.
   */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}
