import { readFile } from 'node:fs/promises';
import { fileInputError } from './file-input-error.ts';
import { InputError } from '../shared/input-error.ts';
import { isMissingCellText } from './missing-cell.ts';
import { parseCsv } from './parse-csv.ts';
import { parseNpy } from './parse-npy.ts';
import { findColumn } from '../shared/table.ts';
import { detectTableFormat, loadTable } from './load-table.ts';
import {
  decompressedTooLarge,
  isOutputLimitError,
  maxDecompressedBytes,
} from './decompression-limit.ts';

/** Options of {@link loadNumberArray}. */
export interface NumberArrayOptions {
  /**
   * For a CSV with a header: the column to read. Required when the file has more than
   * one column.
   */
  column?: string;
}

/** Extensions {@link loadNumberArray} reads, for messages. */
export const NUMBER_ARRAY_EXTENSIONS = [
  '.npy',
  '.csv',
  '.csv.gz',
  '.json',
  '.parquet',
  '.arrow',
  '.feather',
] as const;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a vector of numbers (predictions, actual values) from `path`, chosen by
 * extension: `.npy` (see {@link parseNpy}); `.csv`/`.csv.gz` with one column and an
 * optional header, or a named column of a wider CSV; `.json` holding an array of
 * numbers (`null` for a missing value); a Parquet or Arrow file (by its magic bytes or
 * extension) with one numeric column, or a named one. Missing values become `NaN`.
 *
 * @example
 * await loadNumberArray('test/fixtures/data/values.json'); // => Float64Array [1, 2.5, NaN]
 */
export async function loadNumberArray(
  path: string,
  options: NumberArrayOptions = {},
): Promise<Float64Array> {
  const format = await detectTableFormat(path);
  if (format !== 'csv') return columnarNumbers(path, options.column);
  const lower = path.toLowerCase();
  const extension = NUMBER_ARRAY_EXTENSIONS.find((ext) => lower.endsWith(ext));
  if (extension === undefined) {
    throw new InputError(
      `${path}: cannot tell the format from the file name; expected one of ${NUMBER_ARRAY_EXTENSIONS.join(', ')}.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileInputError(path, error);
  }
  if (extension === '.npy') return parseNpy(bytes, path);
  if (extension === '.json') return parseJsonNumbers(bytes.toString('utf8'), path);
  if (extension === '.csv.gz') {
    const { gunzipSync } = await import('node:zlib');
    const limit = maxDecompressedBytes();
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (error) {
      if (isOutputLimitError(error)) throw decompressedTooLarge(path, limit, 'CSV');
      throw new InputError(`${path}: the gzip data is corrupt (${(error as Error).message}).`);
    }
  }
  return parseCsvNumbers(bytes, path, options.column);
}

/**
 * The numbers of a Parquet or Arrow file's only column (or its column `column`): the
 * same table readers as for data files, so types and nulls map the same way.
 */
async function columnarNumbers(path: string, column: string | undefined): Promise<Float64Array> {
  const table = await loadTable(path, { numeric: column === undefined ? undefined : [column] });
  const names = table.columns.map((c) => `"${c.name}"`).join(', ');
  if (column === undefined && table.columns.length !== 1) {
    throw new InputError(
      `${path}: the file has ${table.columns.length} columns (${names}); expected exactly one column of numbers.`,
    );
  }
  const chosen = column === undefined ? table.columns[0] : findColumn(table, column);
  if (chosen === undefined) {
    throw new InputError(`${path}: no column "${column}"; expected one of ${names}.`);
  }
  if (chosen.kind !== 'numeric') {
    throw new InputError(
      `${path}: column "${chosen.name}" holds text such as ${JSON.stringify(chosen.categories[0])}; expected numbers.`,
    );
  }
  return chosen.values;
}

function parseJsonNumbers(text: string, source: string): Float64Array {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not valid JSON (${(error as Error).message}); expected an array of numbers.`,
    );
  }
  if (!Array.isArray(data)) {
    throw new InputError(`${source}: the JSON is a ${typeof data}, expected an array of numbers.`);
  }
  const values = new Float64Array(data.length);
  data.forEach((item: unknown, index) => {
    if (item === null) values[index] = NaN;
    else if (typeof item === 'number') values[index] = item;
    else {
      throw new InputError(
        `${source}: item ${index} is ${JSON.stringify(item)}, expected a number or null.`,
      );
    }
  });
  return values;
}

function parseCsvNumbers(bytes: Buffer, source: string, column: string | undefined): Float64Array {
  const firstLineEnd = bytes.indexOf(0x0a);
  const firstLine = bytes
    .toString('utf8', 0, firstLineEnd < 0 ? bytes.length : firstLineEnd)
    .replace(/^\uFEFF/, '')
    .trim();
  const headerless =
    column === undefined && (DECIMAL.test(firstLine) || isMissingCellText(firstLine));
  if (headerless) return parseHeaderlessColumn(bytes.toString('utf8'), source);
  const table = parseCsv(bytes, { source, numeric: column === undefined ? undefined : [column] });
  const names = table.columns.map((c) => `"${c.name}"`).join(', ');
  let chosen = table.columns[0];
  if (column !== undefined) {
    chosen = table.columns.find((c) => c.name === column) ?? chosen;
  } else if (table.columns.length > 1) {
    throw new InputError(
      `${source}: the CSV has ${table.columns.length} columns (${names}); name the one to read.`,
    );
  }
  if (chosen.kind !== 'numeric') {
    throw new InputError(
      `${source}: column "${chosen.name}" holds text such as ${JSON.stringify(chosen.categories[0])}; expected numbers.`,
    );
  }
  return chosen.values;
}

function parseHeaderlessColumn(text: string, source: string): Float64Array {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const values = new Float64Array(lines.length);
  lines.forEach((raw, index) => {
    const cell = raw.trim();
    if (isMissingCellText(cell)) values[index] = NaN;
    else if (DECIMAL.test(cell) && Number.isFinite(Number(cell))) values[index] = Number(cell);
    else {
      throw new InputError(
        `${source}: line ${index + 1} is ${JSON.stringify(raw)}, expected one number per line ` +
          `(a header is allowed only on line 1).`,
      );
    }
  });
  return values;
}
