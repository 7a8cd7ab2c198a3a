/**
 * Parquet input: a file, a directory of part files or a glob of them, read as one
 * {@link Table}.
 *
 * hyparquet (pure JavaScript, no native or WebAssembly binary to ship per platform)
 * parses the footer, the page headers and the page encodings; this module walks the
 * pages of each flat column itself and writes their values straight into the
 * Float64Array / Int32Array of the column, instead of letting hyparquet assemble rows
 * or JS arrays with nulls (2-3x the time and memory: bench/README.md). Row groups are
 * read one at a time, so the file's bytes are never all in memory at once.
 *
 * Types: integers, floats and decimals are numeric (int64 and decimals become the
 * nearest double); strings, enums, JSON and UUIDs are text (categorical, categories in
 * order of first appearance as the CSV reader gives them); booleans are the text
 * `true`/`false`; dates, times and timestamps are ISO 8601 text, which the check
 * recognises as a time column. Nested columns (list, struct, map) are an InputError
 * naming the column. Nulls (and NaN) are missing cells.
 */
import { glob, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, zstdDecompressSync } from 'node:zlib';
import {
  describeBytes,
  describeLimit,
  isOutputLimitError,
  maxDecompressedBytes,
} from './decompression-limit.ts';
import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetSchema,
  snappyUncompress,
} from 'hyparquet';
import type { CompressionCodec, Compressors, FileMetaData, SchemaElement } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';
import { InputError } from '../shared/input-error.ts';
import type { CheckColumn, CheckTable, Column, NumericColumn, Table } from '../shared/table.ts';
import {
  CategoricalColumnBuilder,
  DictionaryCodes,
  NumericColumnBuilder,
  numericFromLabels,
  type Presence,
} from './columnar-column-builder.ts';
import { fileInputError } from './file-input-error.ts';
import { isoDateFromDays, isoTimeOfDay, isoTimestamp } from './iso-time-text.ts';
import type { TableOptions } from './table-options.ts';

type ColumnDecoder = Parameters<typeof readDataPage>[2];
type DecodedArray = ReturnType<typeof readPlain>;

/**
 * Buffers reused for every page of one file read. Each page is copied into its column
 * before the next is decoded, so one buffer per purpose suffices; allocating fresh ones
 * per page (about 1 MB each on the bench data) cost a third of the read's CPU time in
 * garbage collection and left ~100 MB of freed-but-kept memory in the process's peak RSS.
 */
class PageScratch {
  private decompressed = new Uint8Array(0);
  private aligned = new ArrayBuffer(0);
  private levels = new Uint8Array(0);
  private chunkBytes = Buffer.alloc(0);

  /** `length` bytes to decompress a page into. */
  page(length: number): Uint8Array {
    if (this.decompressed.length < length) this.decompressed = new Uint8Array(grow(length));
    return this.decompressed.subarray(0, length);
  }

  /** A copy of `bytes` at offset 0 of an 8-byte-aligned buffer, for a typed-array view. */
  alignedCopy(bytes: Uint8Array): ArrayBuffer {
    if (this.aligned.byteLength < bytes.length) this.aligned = new ArrayBuffer(grow(bytes.length));
    new Uint8Array(this.aligned, 0, bytes.length).set(bytes);
    return this.aligned;
  }

  /** `length` bytes to read a column chunk into (~1 MB each on the bench data). */
  chunk(length: number): Buffer {
    if (this.chunkBytes.length < length) this.chunkBytes = Buffer.allocUnsafe(length);
    return this.chunkBytes;
  }

  /** One byte per row for a page's definition levels. */
  levelsFor(rows: number): Uint8Array {
    if (this.levels.length < rows) this.levels = new Uint8Array(grow(rows));
    return this.levels.subarray(0, rows);
  }
}

function grow(length: number): number {
  return Math.max(length, 1 << 16) * 1.25;
}

/**
 * Decompressors by codec, for one file read. Node's zlib (part of Node, on every runner)
 * does gzip, zstd and brotli natively; LZ4 comes from hyparquet-compressors. Snappy, the
 * default of most writers, uses hyparquet's JavaScript decoder into the scratch buffer.
 */
export function pageDecompressors(scratch = new PageScratch()): Compressors {
  // The limit is read when a page is first decompressed, not here: READABLE_CODECS calls
  // this when the module loads, where a bad DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES threw
  // before any command could report it.
  let limit: number | undefined;
  const declared = (length: number) => declaredPageSize(length, (limit ??= maxDecompressedBytes()));
  return {
    SNAPPY: (input, length) => {
      const output = scratch.page(declared(length));
      snappyUncompress(input, output);
      return output;
    },
    GZIP: (input, length) => atMostDeclared(gunzipSync, input, declared(length)),
    ZSTD: (input, length) => atMostDeclared(zstdDecompressSync, input, declared(length)),
    BROTLI: (input, length) => atMostDeclared(brotliDecompressSync, input, declared(length)),
    LZ4: (input, length) => decompressLz4(input, declared(length)),
    LZ4_RAW: (input, length) => decompressLz4Raw(input, declared(length)),
  };
}

/**
 * A page's declared uncompressed size, refused past the decompression limit: a file
 * from a pull request can declare any size (notReadable adds the file and column).
 */
function declaredPageSize(length: number, limit: number): number {
  if (length > limit) {
    throw new Error(
      `a page declares ${length} bytes uncompressed, more than ${describeLimit(limit)}`,
    );
  }
  return length;
}

/** Decompresses a page, stopping past its declared size (a page that expands without end). */
function atMostDeclared(
  decompress: (input: Uint8Array, options: { maxOutputLength: number }) => Uint8Array,
  input: Uint8Array,
  length: number,
): Uint8Array {
  try {
    return decompress(input, { maxOutputLength: Math.max(1, length) });
  } catch (error) {
    if (!isOutputLimitError(error)) throw error;
    throw new Error(`a page decompresses to more than the ${length} bytes it declares`);
  }
}

const READABLE_CODECS: readonly CompressionCodec[] = [
  'UNCOMPRESSED',
  ...(Object.keys(pageDecompressors()) as CompressionCodec[]),
];

/** How drift-sentinel reads a Parquet column. */
type ColumnReading = 'number' | 'text' | 'boolean' | 'date' | 'time' | 'timestamp';

/** A top-level column of a Parquet file, as the loader will read it. */
interface ParquetColumn {
  readonly name: string;
  readonly element: SchemaElement;
  readonly reading: ColumnReading;
  /** The type as the file declares it, for messages: `DOUBLE`, `INT64 (DECIMAL(10,2))`. */
  readonly typeName: string;
}

/** One part of a (possibly multi-file) Parquet table, with its parsed footer. */
interface ParquetPart {
  readonly path: string;
  readonly metadata: FileMetaData;
  readonly columns: readonly ParquetColumn[];
  readonly bytes: number;
}

/**
 * Reads the Parquet file, directory of `.parquet` files, or glob (`data/*.parquet`) at
 * `path` into one {@link Table}. Every part must have the same columns, in the same
 * order, read the same way (a part whose column is text where the first part's is
 * numeric is an InputError naming that part). Rows follow the parts in path order
 * (`part-2` before `part-10`).
 *
 * @example
 * (await loadParquet('test/fixtures/data/parquet/mixed-snappy.parquet')).rowCount; // => 6
 */
export async function loadParquet(path: string, options: TableOptions = {}): Promise<Table> {
  const parts = await openParts(path);
  const { source, rowCount, loaded } = await readColumns(path, parts, options, () => true);
  return { source, rowCount, columns: parts[0].columns.map((_, i) => loaded[i] as Column) };
}

/**
 * As {@link loadParquet}, but the numeric columns named in `unread` stay in the file:
 * the table holds an {@link UnreadNumericColumn} for each, for the column scan to read
 * one at a time ({@link ParquetColumnReader}). Names that are not numeric columns here,
 * or that the `categorical` / `numeric` options name, are loaded as usual.
 */
export async function loadParquetLeavingUnread(
  path: string,
  options: TableOptions,
  unread: ReadonlySet<string>,
): Promise<CheckTable> {
  const parts = await openParts(path);
  const forced = new Set([...(options.categorical ?? []), ...(options.numeric ?? [])]);
  const leaves = (column: ParquetColumn) =>
    column.reading === 'number' && unread.has(column.name) && !forced.has(column.name);
  const { source, rowCount, loaded } = await readColumns(
    path,
    parts,
    options,
    (column) => !leaves(column),
  );
  const columns = parts[0].columns.map(
    (column, i): CheckColumn =>
      loaded[i] ?? { kind: 'numeric', name: column.name, unread: { path, source } },
  );
  return { source, rowCount, columns };
}

/** The top-level columns of the Parquet input at `path` (its first part): names, and which are numbers. */
export async function readParquetSchema(
  path: string,
): Promise<readonly { readonly name: string; readonly numeric: boolean }[]> {
  const [first] = await listParts(path);
  const metadata = await readFooter(first);
  return parquetSchema(metadata).children.map((child) => {
    const column = describeColumn(first, child.element, child.children.length);
    return { name: column.name, numeric: column.reading === 'number' };
  });
}

/**
 * Reads single numeric columns of one Parquet input (file, directory or glob), each as
 * {@link loadParquet} would read it: the footers are read once, when it opens, and each
 * {@link ParquetColumnReader.readNumeric} reads only that column's chunks.
 */
export class ParquetColumnReader {
  private readonly path: string;
  private readonly source: string;
  private readonly parts: readonly ParquetPart[];
  /**
   * Reused by every read: without it each column's fresh buffers (8 MB of values per
   * million rows, the chunk and page buffers) waited for the garbage collector, and the
   * scan's peak memory grew with the number of columns read.
   */
  private readonly scratch = new PageScratch();
  private values: Float64Array | undefined;

  private constructor(path: string, source: string, parts: readonly ParquetPart[]) {
    this.path = path;
    this.source = source;
    this.parts = parts;
  }

  /** Opens the input at `path`; `source` names it in messages and in the columns' table. */
  static async open(path: string, source: string = path): Promise<ParquetColumnReader> {
    const parts = await openParts(path);
    return new ParquetColumnReader(path, source, parts);
  }

  /**
   * The numeric column `name`, every row of every part. Its `values` are this reader's
   * buffer, overwritten by the next `readNumeric`: examine a column before reading the
   * next (or copy it).
   */
  async readNumeric(name: string): Promise<NumericColumn> {
    const columns = this.parts[0].columns;
    const index = columns.findIndex((column) => column.name === name);
    if (index < 0 || columns[index].reading !== 'number') {
      throw new InputError(
        `${this.path}: ${index < 0 ? `no column "${name}"` : `column "${name}" has type ${columns[index].typeName}`}; expected a numeric column "${name}" (numeric columns: ${columns
          .filter((column) => column.reading === 'number')
          .map((column) => `"${column.name}"`)
          .join(', ')}).`,
      );
    }
    const { loaded } = await readColumns(
      this.path,
      this.parts,
      { source: this.source },
      (column) => column.name === name,
      { scratch: this.scratch, values: this.values },
    );
    const column = loaded[index] as NumericColumn;
    this.values = column.values;
    return column;
  }
}

/**
 * Reads the columns `wanted` accepts from every part, in row order; the others are not
 * read at all. Returns the loaded columns by their index in the schema.
 */
async function readColumns(
  path: string,
  parts: readonly ParquetPart[],
  options: TableOptions,
  wanted: (column: ParquetColumn) => boolean,
  reuse: { scratch: PageScratch; values?: Float64Array } = { scratch: new PageScratch() },
): Promise<{ source: string; rowCount: number; loaded: (Column | undefined)[] }> {
  const source = options.source ?? path;
  const first = parts[0];
  checkTypedOptions(first, options);
  const rowCount = parts.reduce((sum, part) => sum + Number(part.metadata.num_rows), 0);
  checkLoadableRows(source, rowCount, first.columns.filter(wanted).length);
  const forcedCategorical = new Set(options.categorical ?? []);
  const forcedNumeric = new Set(options.numeric ?? []);
  const missingLabels = new Set(options.naValues ?? []);
  const builders = first.columns.map((column) =>
    !wanted(column)
      ? undefined
      : column.reading === 'number' && !forcedCategorical.has(column.name)
        ? new NumericColumnBuilder(column.name, rowCount, reuse.values)
        : new CategoricalColumnBuilder(column.name, rowCount, missingLabels),
  );
  // Progress counts the bytes this read will fetch: the whole files, or only the chunks
  // of the wanted columns when some are left in the file.
  const wantedBytes = (part: ParquetPart) => {
    let bytes = 0;
    for (const group of part.metadata.row_groups) {
      group.columns.forEach((chunk, i) => {
        if (builders[i]) bytes += Number(chunk.meta_data?.total_compressed_size ?? 0);
      });
    }
    return bytes;
  };
  const totalBytes = builders.every((builder) => builder !== undefined)
    ? parts.reduce((sum, part) => sum + part.bytes, 0)
    : parts.reduce((sum, part) => sum + wantedBytes(part), 0);
  let bytesRead = 0;
  for (const part of parts) {
    await readPart(
      part,
      builders,
      (bytes) => {
        bytesRead += bytes;
        options.onProgress?.(bytesRead, totalBytes);
      },
      reuse.scratch,
    );
  }
  const loaded = builders.map((builder) => {
    if (builder === undefined) return undefined;
    const column = builder.finish();
    // Text the user declared numeric: each distinct label is parsed once.
    return column.kind === 'categorical' && forcedNumeric.has(column.name)
      ? numericFromLabels(column, source)
      : column;
  });
  return { source, rowCount, loaded };
}

/**
 * Refuses a row count whose columns would not fit the decompression limit, before they
 * are allocated: run-length encoding lets a file of a few KB declare a billion rows (a
 * legitimate one is profiled where it lives: `--engine duckdb`).
 */
function checkLoadableRows(source: string, rowCount: number, columns: number): void {
  const limit = maxDecompressedBytes();
  // 8 bytes a number, 4 a category code: count the wider.
  const bytes = rowCount * 8 * columns;
  if (bytes > limit) {
    throw new InputError(
      `${source}: ${rowCount} rows × ${columns} columns would take ${describeBytes(bytes)} to load, more than ${describeLimit(limit)}; expected a table that fits here, or profile it where it lives with --engine duckdb (docs/engines.md).`,
    );
  }
}

/** The column names of the Parquet file (or first part) at `path`, from its footer only. */
export async function readParquetHeader(path: string): Promise<readonly string[]> {
  const [first] = await listParts(path);
  const metadata = await readFooter(first);
  return parquetSchema(metadata).children.map((child) => child.element.name);
}

/** Whether `path` is a glob pattern rather than a file name. */
export function isGlobPattern(path: string): boolean {
  return /[*?[\]{}]/.test(path);
}

/** The files a Parquet input names: itself, the `.parquet` files of a directory, or a glob's matches. */
async function listParts(path: string): Promise<string[]> {
  let isDirectory = false;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !isGlobPattern(path)) {
      throw fileInputError(path, error);
    }
    const matches: string[] = [];
    for await (const match of glob(path)) matches.push(match);
    if (matches.length === 0) {
      throw new InputError(
        `${path}: the pattern matches no file; expected one or more Parquet files.`,
      );
    }
    return matches.sort(byPathNumbersAware);
  }
  if (!isDirectory) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  // Spark and Hive write _SUCCESS, _metadata and .crc files beside the parts; skip them.
  const files = entries
    .filter(
      (entry) => entry.isFile() && /\.parquet$/i.test(entry.name) && !/^[._]/.test(entry.name),
    )
    .map((entry) => join(path, entry.name))
    .sort(byPathNumbersAware);
  if (files.length === 0) {
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    throw new InputError(
      `${path}: the directory holds no .parquet file; expected the parts of one table directly inside it` +
        (folders.length > 0
          ? ` (for partitions in subdirectories such as ${JSON.stringify(folders[0])}, give a glob: '${join(path, '**', '*.parquet')}').`
          : '.'),
    );
  }
  return files;
}

const collator = new Intl.Collator('en', { numeric: true });
function byPathNumbersAware(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The parts of the input at `path` with their footers, checked once to have the same
 * columns (every reader of the parts relies on it).
 */
async function openParts(path: string): Promise<ParquetPart[]> {
  const paths = await listParts(path);
  const parts = await Promise.all(
    paths.map(async (partPath) => {
      const metadata = await readFooter(partPath);
      const columns = parquetSchema(metadata).children.map((child) =>
        describeColumn(partPath, child.element, child.children.length),
      );
      const bytes = (await stat(partPath)).size;
      return { path: partPath, metadata, columns, bytes };
    }),
  );
  for (const part of parts.slice(1)) checkSameColumns(parts[0], part);
  return parts;
}

async function readFooter(path: string): Promise<FileMetaData> {
  let file;
  try {
    file = await asyncBufferFromFile(path);
  } catch (error) {
    throw fileInputError(path, error);
  }
  try {
    return await parquetMetadataAsync(file);
  } catch (error) {
    throw notReadable(path, error);
  }
}

/**
 * A failure inside the Parquet decoder: the file is corrupt, truncated or uses a feature
 * it lacks. Names the column when it happened decoding one.
 */
function notReadable(path: string, error: unknown, column?: string): unknown {
  if (error instanceof InputError || !(error instanceof Error)) return error;
  const what =
    column === undefined ? 'this Parquet file' : `column "${column}" of this Parquet file`;
  return new InputError(
    `${path}: cannot read ${what} (${error.message.replace(/^parquet /, '')}); expected a valid Parquet file.`,
    { cause: error },
  );
}

/** How a column is read, or an InputError for the types a drift check cannot use. */
function describeColumn(path: string, element: SchemaElement, childCount: number): ParquetColumn {
  const { name, type, converted_type: converted, logical_type: logical } = element;
  const nested =
    childCount > 0 ||
    element.repetition_type === 'REPEATED' ||
    converted === 'LIST' ||
    converted === 'MAP' ||
    converted === 'MAP_KEY_VALUE';
  if (nested) {
    const kind =
      logical?.type === 'LIST' || converted === 'LIST' || element.repetition_type === 'REPEATED'
        ? 'LIST'
        : logical?.type === 'MAP' || converted === 'MAP' || converted === 'MAP_KEY_VALUE'
          ? 'MAP'
          : logical?.type === 'VARIANT'
            ? 'VARIANT'
            : 'STRUCT';
    throw new InputError(
      `${path}: column "${name}" is a nested ${kind} column; expected flat columns of numbers, text, booleans, dates or timestamps. Flatten it or leave it out when writing the file (e.g. in DuckDB: COPY (SELECT * EXCLUDE ("${name}") FROM ...) TO ...).`,
    );
  }
  const annotation =
    logical?.type === 'DECIMAL'
      ? `DECIMAL(${logical.precision},${logical.scale})`
      : logical?.type === 'TIMESTAMP' || logical?.type === 'TIME'
        ? `${logical.type}(${logical.unit}, ${logical.isAdjustedToUTC ? 'UTC' : 'local'})`
        : logical?.type === 'INTEGER'
          ? `${logical.isSigned ? 'INT' : 'UINT'}${logical.bitWidth}`
          : (logical?.type ?? converted);
  const typeName = annotation && annotation !== type ? `${type} (${annotation})` : String(type);
  const reading = readingOf(element);
  if (reading === undefined) {
    throw new InputError(
      `${path}: column "${name}" has type ${typeName}, which a drift check cannot compare; expected numbers, text, booleans, dates or timestamps. Leave the column out or cast it when writing the file.`,
    );
  }
  return { name, element, reading, typeName };
}

function readingOf(element: SchemaElement): ColumnReading | undefined {
  const { type, converted_type: converted, logical_type: logical } = element;
  if (converted === 'DECIMAL' || logical?.type === 'DECIMAL' || logical?.type === 'FLOAT16') {
    return 'number';
  }
  if (converted === 'DATE' || logical?.type === 'DATE') return 'date';
  if (converted === 'TIME_MILLIS' || converted === 'TIME_MICROS' || logical?.type === 'TIME') {
    return 'time';
  }
  if (
    type === 'INT96' ||
    converted === 'TIMESTAMP_MILLIS' ||
    converted === 'TIMESTAMP_MICROS' ||
    logical?.type === 'TIMESTAMP'
  ) {
    return 'timestamp';
  }
  if (converted === 'INTERVAL' || converted === 'BSON' || logical?.type === 'BSON')
    return undefined;
  switch (type) {
    case 'INT32':
    case 'INT64':
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    case 'BOOLEAN':
      return 'boolean';
    case 'BYTE_ARRAY':
      return logical?.type === 'GEOMETRY' || logical?.type === 'GEOGRAPHY' ? undefined : 'text';
    case 'FIXED_LEN_BYTE_ARRAY':
      return logical?.type === 'UUID' ? 'text' : undefined;
    default:
      return undefined;
  }
}

/** Every part of a directory or glob must hold the columns of the first, read the same way. */
function checkSameColumns(first: ParquetPart, part: ParquetPart): void {
  const names = (p: ParquetPart) => p.columns.map((c) => `"${c.name}"`).join(', ');
  const differs = (detail: string) =>
    new InputError(
      `${part.path}: ${detail}; every Parquet file of one table must have the same columns in the same order as the first, ${first.path} (${names(first)}).`,
    );
  if (part.columns.length !== first.columns.length) {
    throw differs(
      `has ${part.columns.length} columns (${names(part)}), expected ${first.columns.length}`,
    );
  }
  part.columns.forEach((column, i) => {
    const expected = first.columns[i];
    if (column.name !== expected.name) {
      throw differs(`column ${i + 1} is "${column.name}", expected "${expected.name}"`);
    }
    if (column.reading !== expected.reading) {
      throw differs(
        `column "${column.name}" has type ${column.typeName}, expected ${expected.typeName} as in the first file`,
      );
    }
  });
}

function checkTypedOptions(part: ParquetPart, options: TableOptions): void {
  const names = part.columns.map((column) => column.name);
  for (const [option, listed] of [
    ['categorical', options.categorical ?? []],
    ['numeric', options.numeric ?? []],
  ] as const) {
    for (const name of listed) {
      if (!names.includes(name)) {
        throw new InputError(
          `${part.path}: the ${option} option names column "${name}", which is not in the file; expected one of ${names.map((x) => `"${x}"`).join(', ')}.`,
        );
      }
    }
  }
  for (const name of options.numeric ?? []) {
    const column = part.columns.find((c) => c.name === name) as ParquetColumn;
    if (column.reading !== 'number' && column.reading !== 'text') {
      throw new InputError(
        `${part.path}: the numeric option names column "${name}", which has type ${column.typeName}; expected a column of numbers or of text holding numbers.`,
      );
    }
  }
}

/**
 * Reads every row group of `part`, one at a time, appending to the builders; a column
 * without a builder is skipped (its bytes are not read).
 */
async function readPart(
  part: ParquetPart,
  builders: readonly (NumericColumnBuilder | CategoricalColumnBuilder | undefined)[],
  onBytes: (bytes: number) => void,
  scratch: PageScratch,
): Promise<void> {
  let handle;
  try {
    handle = await open(part.path, 'r');
  } catch (error) {
    throw fileInputError(part.path, error);
  }
  try {
    const compressors = pageDecompressors(scratch);
    const decoders = part.columns.map((column) => columnDecoder(part, column, compressors));
    for (const group of part.metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      const ranges = group.columns.map((chunk, i) => {
        if (builders[i] === undefined) return undefined;
        const meta = chunk.meta_data;
        const column = part.columns[i];
        if (meta === undefined) {
          throw new InputError(
            `${part.path}: column "${column.name}" has no metadata in its row group; expected a Parquet file with inline column metadata.`,
          );
        }
        if (!READABLE_CODECS.includes(meta.codec)) {
          throw new InputError(
            `${part.path}: column "${column.name}" is compressed with ${meta.codec}, which drift-sentinel cannot decompress; expected one of ${READABLE_CODECS.join(', ')}. Rewrite the file with another codec (e.g. DuckDB: COPY ... TO ... (FORMAT parquet, COMPRESSION zstd)).`,
          );
        }
        // Some writers store dictionary_page_offset 0 for "none"; the data page is then first.
        const dictionary = Number(meta.dictionary_page_offset ?? 0);
        const start = dictionary > 0 ? dictionary : Number(meta.data_page_offset);
        return { start, end: start + Number(meta.total_compressed_size), codec: meta.codec };
      });
      for (const [i, range] of ranges.entries()) {
        const builder = builders[i];
        if (range === undefined || builder === undefined) continue;
        const length = range.end - range.start;
        // One buffer for every column chunk's bytes: chunks are read and decoded one
        // after the other, never the whole row group at once.
        const chunkBuffer = scratch.chunk(length);
        try {
          await handle.read(chunkBuffer, 0, length, range.start);
        } catch (error) {
          throw fileInputError(part.path, error);
        }
        const bytes = new DataView(chunkBuffer.buffer, chunkBuffer.byteOffset, length);
        try {
          readColumnChunk(
            bytes,
            groupRows,
            { ...decoders[i], codec: range.codec },
            part.columns[i],
            { builder, scratch },
          );
        } catch (error) {
          throw notReadable(part.path, error, part.columns[i].name);
        }
        onBytes(length);
      }
    }
  } finally {
    await handle.close();
  }
}

function columnDecoder(
  part: ParquetPart,
  column: ParquetColumn,
  compressors: Compressors,
): ColumnDecoder {
  const schema = parquetSchema(part.metadata);
  const child = schema.children.find((c) => c.element.name === column.name);
  const utc = (column.element.logical_type as { isAdjustedToUTC?: boolean } | undefined)
    ?.isAdjustedToUTC;
  // Legacy TIMESTAMP_* annotations and INT96 (Spark, Impala) store instants in UTC.
  const instant = utc ?? true;
  return {
    pathInSchema: [column.name],
    type: column.element.type as ColumnDecoder['type'],
    element: column.element,
    schemaPath: [schema, child as typeof schema],
    codec: 'UNCOMPRESSED',
    compressors,
    utf8: true,
    parsers: {
      ...DEFAULT_PARSERS,
      timestampFromMilliseconds: (ticks) => isoTimestamp(ticks, 3, instant),
      timestampFromMicroseconds: (ticks) => isoTimestamp(ticks, 6, instant),
      timestampFromNanoseconds: (ticks) => isoTimestamp(ticks, 9, instant),
      dateFromDays: (days) => isoDateFromDays(days),
      // JSON columns stay text: a check compares them as categories.
      jsonFromBytes: (bytes) => DEFAULT_PARSERS.stringFromBytes(bytes),
    },
  };
}

interface ChunkTarget {
  readonly builder: NumericColumnBuilder | CategoricalColumnBuilder;
  readonly scratch: PageScratch;
}

/**
 * Decodes the pages of one column chunk (a dictionary page, then data pages v1 or v2)
 * and appends their values to the column's builder.
 */
function readColumnChunk(
  view: DataView,
  groupRows: number,
  decoder: ColumnDecoder,
  column: ParquetColumn,
  target: ChunkTarget,
): void {
  const reader = { view, offset: 0 };
  let dictionary: Float64Array | DictionaryCodes | undefined;
  let rows = 0;
  while (rows < groupRows && reader.offset < view.byteLength) {
    const header = parquetHeader(reader);
    const pageBytes = new Uint8Array(
      view.buffer,
      view.byteOffset + reader.offset,
      header.compressed_page_size,
    );
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(
        pageBytes,
        header.uncompressed_page_size,
        decoder.codec,
        decoder.compressors,
      );
      const entries = readPlain(
        { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 },
        decoder.type,
        header.dictionary_page_header?.num_values ?? 0,
        decoder.element.type_length,
      );
      const values = convert(entries, decoder);
      dictionary =
        target.builder instanceof NumericColumnBuilder
          ? // A copy: the page's bytes are overwritten by the next page.
            Float64Array.from(numbersOf(values))
          : new DictionaryCodes(labelsOf(values, column));
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      let values: DecodedArray;
      let present: Presence;
      let pageRows: number;
      let encoding: string;
      if (header.type === 'DATA_PAGE') {
        const pageHeader = header.data_page_header;
        if (pageHeader === undefined) throw new Error('parquet data page header is missing');
        const page = decompressPage(
          pageBytes,
          header.uncompressed_page_size,
          decoder.codec,
          decoder.compressors,
        );
        ({ values, present } = readFlatDataPage(page, pageHeader, decoder, target.scratch));
        pageRows = pageHeader.num_values;
        encoding = pageHeader.encoding;
      } else {
        const pageHeader = header.data_page_header_v2;
        if (pageHeader === undefined) throw new Error('parquet data page header v2 is missing');
        const decoded = readDataPageV2(pageBytes, header, decoder);
        values = decoded.dataPage;
        present = presenceOf(decoded.definitionLevels);
        pageRows = pageHeader.num_rows;
        encoding = pageHeader.encoding;
      }
      const indexed = encoding.endsWith('_DICTIONARY');
      if (indexed && dictionary === undefined) {
        throw new Error('parquet dictionary-encoded page without a dictionary page');
      }
      const builder = target.builder;
      if (builder instanceof NumericColumnBuilder) {
        if (indexed) {
          builder.appendIndexed(values as number[], dictionary as Float64Array, pageRows, present);
        } else {
          builder.append(numbersOf(convert(values, decoder)), pageRows, present);
        }
      } else if (indexed) {
        builder.appendIndexed(values as number[], dictionary as DictionaryCodes, pageRows, present);
      } else {
        builder.append(labelsOf(convert(values, decoder), column), pageRows, present);
      }
      rows += pageRows;
    }
    // Index pages (unused by writers today) carry nothing a full read needs.
  }
}

/**
 * A data page (v1) of a flat column: its definition levels as one byte per row and its
 * non-null values. hyparquet's readDataPage gives the levels as a JS array and its
 * dictionary indexes as one too, which cost a quarter of the read time in profiles;
 * the common encodings are decoded here into typed arrays instead, the others
 * (delta, byte-stream-split, boolean RLE) by hyparquet.
 */
function readFlatDataPage(
  page: Uint8Array,
  pageHeader: Parameters<typeof readDataPage>[1],
  decoder: ColumnDecoder,
  scratch: PageScratch,
): { values: DecodedArray; present: Presence } {
  const { encoding, num_values: rows } = pageHeader;
  const dictionary = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
  if (!(encoding === 'PLAIN' || dictionary) || decoder.type === 'BOOLEAN') {
    const decoded = readDataPage(page, pageHeader, decoder);
    return { values: decoded.dataPage, present: presenceOf(decoded.definitionLevels) };
  }
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const reader = { view, offset: 0 };
  let present: Presence;
  let nulls = 0;
  if (decoder.element.repetition_type !== 'REQUIRED') {
    // Levels of a flat optional column: 1 bit wide, RLE/bit-packed hybrid, length-prefixed.
    const levels = scratch.levelsFor(rows);
    readRleBitPackedHybrid(reader, 1, levels);
    for (let i = 0; i < rows; i++) nulls += levels[i] ^ 1;
    if (nulls > 0) present = levels;
  }
  const count = rows - nulls;
  if (!dictionary) {
    const FixedWidth = FIXED_WIDTH_ARRAYS[decoder.type as keyof typeof FIXED_WIDTH_ARRAYS];
    if (FixedWidth === undefined) {
      return {
        values: readPlain(reader, decoder.type, count, decoder.element.type_length),
        present,
      };
    }
    // Plain numbers: copied once into an aligned scratch buffer and viewed in place
    // (hyparquet's readPlain allocates a new array per unaligned page).
    const start = page.byteOffset + reader.offset;
    const bytes = new Uint8Array(page.buffer, start, count * FixedWidth.BYTES_PER_ELEMENT);
    const values = new FixedWidth(scratch.alignedCopy(bytes), 0, count);
    return { values: values as DecodedArray, present };
  }
  const bitWidth = view.getUint8(reader.offset++);
  const indexes = new Uint32Array(count);
  if (bitWidth > 0)
    readRleBitPackedHybrid(reader, bitWidth, indexes, view.byteLength - reader.offset);
  return { values: indexes as unknown as DecodedArray, present };
}

/** Typed arrays of the fixed-width physical types, little-endian as Parquet stores them. */
const FIXED_WIDTH_ARRAYS = {
  DOUBLE: Float64Array,
  FLOAT: Float32Array,
  INT32: Int32Array,
  INT64: BigInt64Array,
} as const;

/** Presence from hyparquet's definition levels (empty or absent when every row has a value). */
function presenceOf(levels: readonly number[] | undefined): Presence {
  if (levels === undefined || levels.length === 0 || !levels.includes(0)) return undefined;
  return Uint8Array.from(levels);
}

/** The numbers of a page of a numeric column. */
function numbersOf(values: DecodedArray): Float64Array {
  if (values instanceof Float64Array) return values;
  // int64 (BigInt), decimals, float32, int32: the nearest double, as pandas gives them.
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) numbers[i] = Number(values[i]);
  return numbers;
}

/** Text labels of a page of a categorical column, as the CSV reader would read the same cells. */
function labelsOf(values: DecodedArray, column: ParquetColumn): string[] {
  const labels = new Array<string>(values.length);
  if (column.reading === 'time') {
    const unit = (column.element.logical_type as { unit?: string } | undefined)?.unit;
    const digits =
      unit === 'NANOS'
        ? 9
        : unit === 'MICROS' || column.element.converted_type === 'TIME_MICROS'
          ? 6
          : 3;
    for (let i = 0; i < values.length; i++) labels[i] = isoTimeOfDay(values[i] as number, digits);
    return labels;
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    labels[i] = typeof value === 'string' ? value : String(value);
  }
  return labels;
}
