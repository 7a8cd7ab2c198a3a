/**
 * Arrow IPC input: the file format (Feather v2, `.arrow`, `.feather`, starting with
 * `ARROW1`) and the stream format (`.arrows`), read with apache-arrow, the Arrow
 * project's own JavaScript implementation, into a {@link Table}.
 *
 * Types map as for Parquet (load-parquet.ts): integers, floats and decimals are numeric;
 * strings and dictionaries are text with categories in order of first appearance;
 * booleans are the text `true`/`false`; dates, times and timestamps are ISO 8601 text;
 * nested types (list, struct, map, union) are an InputError naming the column. Buffers
 * compressed with LZ4 frames (pyarrow's Feather default) or zstd are decompressed.
 */
import { readFile } from 'node:fs/promises';
import { zstdDecompressSync } from 'node:zlib';
import {
  CompressionType,
  DataType,
  DateUnit,
  TimeUnit,
  Type,
  compressionRegistry,
  tableFromIPC,
  type Data,
  type Field,
  type Table as ArrowTable,
} from 'apache-arrow';
import { decompress as lz4FrameDecompress } from 'lz4js';
import { InputError } from '../shared/input-error.ts';
import type { Column, Table } from '../shared/table.ts';
import {
  CategoricalColumnBuilder,
  DictionaryCodes,
  NumericColumnBuilder,
  numericFromLabels,
  type Presence,
} from './columnar-column-builder.ts';
import { describeLimit, isOutputLimitError, maxDecompressedBytes } from './decompression-limit.ts';
import { fileInputError } from './file-input-error.ts';
import { isoDateFromDays, isoTimeOfDay, isoTimestamp } from './iso-time-text.ts';
import type { TableOptions } from './table-options.ts';

// apache-arrow reads compressed IPC buffers through codecs registered here (none by default).
compressionRegistry.set(CompressionType.LZ4_FRAME, {
  decode: (data) => lz4FrameDecompress(data),
});
compressionRegistry.set(CompressionType.ZSTD, {
  decode: (data) => {
    // A buffer from a pull request can expand without end: stop at the limit.
    const limit = maxDecompressedBytes();
    try {
      return new Uint8Array(zstdDecompressSync(data, { maxOutputLength: limit }));
    } catch (error) {
      if (!isOutputLimitError(error)) throw error;
      throw new Error(`a zstd buffer expands to more than ${describeLimit(limit)}`);
    }
  },
});

/** How drift-sentinel reads an Arrow column. */
type ColumnReading = 'number' | 'text' | 'dictionary' | 'boolean' | 'date' | 'time' | 'timestamp';

/**
 * Reads the Arrow IPC file or stream at `path` into a {@link Table}. The whole file is
 * read into memory first (uncompressed Arrow buffers are then used in place).
 *
 * @example
 * (await loadArrow('test/fixtures/data/parquet/mixed.arrow')).rowCount; // => 6
 */
export async function loadArrow(path: string, options: TableOptions = {}): Promise<Table> {
  const source = options.source ?? path;
  const arrow = await readArrowTable(path);
  const fields = arrow.schema.fields;
  const readings = fields.map((field) => readingOf(path, field));
  checkTypedOptions(
    path,
    fields.map((f) => f.name),
    readings,
    options,
  );
  const forcedCategorical = new Set(options.categorical ?? []);
  const forcedNumeric = new Set(options.numeric ?? []);
  const missingLabels = new Set(options.naValues ?? []);
  const rowCount = arrow.numRows;
  const columns: Column[] = fields.map((field, i) => {
    const reading = readings[i];
    const chunks = arrow.getChildAt(i)?.data ?? [];
    if (reading === 'number' && !forcedCategorical.has(field.name)) {
      const builder = new NumericColumnBuilder(field.name, rowCount);
      for (const data of chunks) builder.append(numbersOf(data), data.length, presenceOf(data));
      return builder.finish();
    }
    const builder = new CategoricalColumnBuilder(field.name, rowCount, missingLabels);
    const dictionaries = new Map<unknown, DictionaryCodes>();
    for (const data of chunks) {
      const present = presenceOf(data);
      if (reading === 'dictionary') {
        const dictionary = data.dictionary;
        let codes = dictionaries.get(dictionary);
        if (codes === undefined) {
          const labels = Array.from(dictionary ?? [], (value) => String(value));
          dictionaries.set(dictionary, (codes = new DictionaryCodes(labels)));
        }
        builder.appendIndexed(presentOnly(data.values, present), codes, data.length, present);
      } else {
        builder.append(labelsOf(data, reading), data.length, present);
      }
    }
    const column = builder.finish();
    return forcedNumeric.has(field.name) ? numericFromLabels(column, source) : column;
  });
  return { source, rowCount, columns };
}

/** The column names of the Arrow file at `path`. */
export async function readArrowHeader(path: string): Promise<readonly string[]> {
  return (await readArrowTable(path)).schema.fields.map((field) => field.name);
}

async function readArrowTable(path: string): Promise<ArrowTable> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileInputError(path, error);
  }
  try {
    return tableFromIPC(bytes);
  } catch (error) {
    throw new InputError(
      `${path}: cannot read this Arrow IPC file (${(error as Error).message}); expected an Arrow IPC file (Feather v2) or stream.`,
      { cause: error },
    );
  }
}

function readingOf(path: string, field: Field): ColumnReading {
  const type = field.type as DataType;
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || type.typeId === Type.Utf8View) {
    return 'text';
  }
  if (DataType.isDictionary(type)) return 'dictionary';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTime(type)) return 'time';
  if (DataType.isTimestamp(type)) return 'timestamp';
  if (DataType.isNull(type)) return 'number';
  const nested =
    DataType.isList(type) ||
    DataType.isStruct(type) ||
    DataType.isMap(type) ||
    DataType.isUnion(type) ||
    DataType.isFixedSizeList(type) ||
    type.typeId === Type.LargeList;
  throw new InputError(
    nested
      ? `${path}: column "${field.name}" is a nested ${String(type)} column; expected flat columns of numbers, text, booleans, dates or timestamps. Flatten it or leave it out when writing the file.`
      : `${path}: column "${field.name}" has type ${String(type)}, which a drift check cannot compare; expected numbers, text, booleans, dates or timestamps. Leave the column out or cast it when writing the file.`,
  );
}

function checkTypedOptions(
  path: string,
  names: readonly string[],
  readings: readonly ColumnReading[],
  options: TableOptions,
): void {
  for (const [option, listed] of [
    ['categorical', options.categorical ?? []],
    ['numeric', options.numeric ?? []],
  ] as const) {
    for (const name of listed) {
      const at = names.indexOf(name);
      if (at < 0) {
        throw new InputError(
          `${path}: the ${option} option names column "${name}", which is not in the file; expected one of ${names.map((x) => `"${x}"`).join(', ')}.`,
        );
      }
      if (option === 'numeric' && !['number', 'text', 'dictionary'].includes(readings[at])) {
        throw new InputError(
          `${path}: the numeric option names column "${name}", which holds ${readings[at]} values; expected a column of numbers or of text holding numbers.`,
        );
      }
    }
  }
}

/** One byte per row, 1 where the row is valid; undefined when no row is null. */
function presenceOf(data: Data): Presence {
  if (DataType.isNull(data.type)) return new Uint8Array(data.length);
  if (data.nullCount === 0 || data.nullBitmap === undefined || data.nullBitmap.length === 0) {
    return undefined;
  }
  const bitmap = data.nullBitmap;
  const present = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const bit = data.offset + i;
    present[i] = (bitmap[bit >> 3] >> (bit & 7)) & 1;
  }
  return present;
}

/** The entries of a row-aligned array at the rows that hold a value. */
function presentOnly<T extends ArrayLike<unknown>>(values: T, present: Presence): T {
  if (present === undefined) return values;
  const kept: unknown[] = [];
  for (let i = 0; i < present.length; i++) if (present[i] === 1) kept.push(values[i]);
  return kept as unknown as T;
}

/** The non-null numbers of a numeric chunk: int64 and decimals as the nearest double. */
function numbersOf(data: Data): Float64Array {
  const present = presenceOf(data);
  if (DataType.isNull(data.type)) return new Float64Array(0);
  const type = data.type as DataType;
  let get: (row: number) => number;
  if (DataType.isDecimal(type)) {
    const { scale, bitWidth } = type as unknown as { scale: number; bitWidth: number };
    const words = data.values as Uint32Array;
    const stride = bitWidth / 32;
    get = (row) => decimalToNumber(words, (data.offset + row) * stride, stride, scale);
  } else if (DataType.isFloat(type) && (type as { precision: number }).precision === 0) {
    const vector = arrowVectorOf(data);
    get = (row) => Number(vector.get(row));
  } else {
    const values = data.values as ArrayLike<number | bigint>;
    if (values instanceof Float64Array && present === undefined) {
      return values.subarray(data.offset, data.offset + data.length);
    }
    get = (row) => Number(values[data.offset + row]);
  }
  const numbers = new Float64Array(data.length);
  let count = 0;
  for (let row = 0; row < data.length; row++) {
    if (present === undefined || present[row] === 1) numbers[count++] = get(row);
  }
  return numbers.subarray(0, count);
}

/** A two's-complement little-endian decimal of `stride` 32-bit words, divided by 10^scale. */
function decimalToNumber(words: Uint32Array, at: number, stride: number, scale: number): number {
  let value = 0n;
  for (let w = stride - 1; w >= 0; w--) value = (value << 32n) | BigInt(words[at + w]);
  const bits = BigInt(stride * 32);
  if (value >> (bits - 1n)) value -= 1n << bits;
  // Divide rather than multiply by 10^-scale, which is inexact (3 * 0.1 != 0.3).
  return Number(value) / 10 ** scale;
}

function arrowVectorOf(data: Data): { get(row: number): unknown } {
  return {
    get: (row) => {
      const values = data.values as Uint16Array;
      return halfToNumber(values[data.offset + row]);
    },
  };
}

/** IEEE 754 binary16 to a double. */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** The non-null values of a text, boolean or time chunk as the text a CSV would hold. */
function labelsOf(data: Data, reading: ColumnReading): string[] {
  const present = presenceOf(data);
  const type = data.type as DataType & { unit?: number; timezone?: string | null };
  const labels: string[] = [];
  const rowValue = rawValueReader(data);
  for (let row = 0; row < data.length; row++) {
    if (present !== undefined && present[row] !== 1) continue;
    switch (reading) {
      case 'date':
        labels.push(
          type.unit === DateUnit.DAY
            ? isoDateFromDays(Number(rowValue(row)))
            : isoDateFromDays(Math.floor(Number(rowValue(row)) / 86_400_000)),
        );
        break;
      case 'timestamp':
        labels.push(isoTimestamp(rowValue(row) as bigint, unitDigits(type.unit), !!type.timezone));
        break;
      case 'time':
        labels.push(isoTimeOfDay(rowValue(row) as bigint, unitDigits(type.unit)));
        break;
      case 'boolean':
        labels.push(rowValue(row) ? 'true' : 'false');
        break;
      default:
        labels.push(String(rowValue(row)));
    }
  }
  return labels;
}

function unitDigits(unit: number | undefined): 0 | 3 | 6 | 9 {
  switch (unit) {
    case TimeUnit.SECOND:
      return 0;
    case TimeUnit.MICROSECOND:
      return 6;
    case TimeUnit.NANOSECOND:
      return 9;
    default:
      return 3;
  }
}

const utf8 = new TextDecoder();

/** A reader of one row's raw value: the stored integer for times, the text for strings. */
function rawValueReader(data: Data): (row: number) => unknown {
  const type = data.type as DataType;
  if (DataType.isBool(type)) {
    const bits = data.values as Uint8Array;
    return (row) => {
      const bit = data.offset + row;
      return (bits[bit >> 3] >> (bit & 7)) & 1;
    };
  }
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) {
    const offsets = data.valueOffsets as ArrayLike<number | bigint>;
    const bytes = data.values as Uint8Array;
    return (row) =>
      utf8.decode(
        bytes.subarray(Number(offsets[data.offset + row]), Number(offsets[data.offset + row + 1])),
      );
  }
  const values = data.values as ArrayLike<number | bigint>;
  // 64-bit times may come as BigInt64Array or as pairs of 32-bit words (older writers' layout).
  if (values instanceof Int32Array && (DataType.isTimestamp(type) || is64BitTime(type))) {
    return (row) => {
      const at = 2 * (data.offset + row);
      return (BigInt(values[at + 1]) << 32n) | BigInt(values[at] >>> 0);
    };
  }
  return (row) => values[data.offset + row];
}

function is64BitTime(type: DataType): boolean {
  return (
    (DataType.isTime(type) && (type as unknown as { bitWidth: number }).bitWidth === 64) ||
    (DataType.isDate(type) && (type as unknown as { unit: number }).unit === DateUnit.MILLISECOND)
  );
}
