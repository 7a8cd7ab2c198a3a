/**
 * The profile file format (docs/profile-format.md): a gzip stream of
 *
 *     "drift-sentinel profile\n"     23 bytes, the magic
 *     uint32 little-endian           length H of the header
 *     H bytes                        UTF-8 JSON header
 *     zero padding to a multiple of 8 bytes from the start of the magic
 *     binary section                 the numeric arrays the header points into
 *
 * The header holds everything but the large numeric arrays. A numeric column's sorted
 * values are stored as their distinct values and counts (`"values": {"distinct": ...,
 * "counts": ...}`). Float arrays stay binary so they round-trip bit for bit.
 *
 * Version 2 (written now): the binary section is one zstd frame of the arrays, each
 * encoded by float-array-codec.ts (`{"offset", "length", "bytes", "encoding"}`), and the
 * gzip stream stores without compressing (the zstd frame is compressed already): a
 * version 1 reader still finds the header and refuses the file by its version. On the
 * benchmark's 1M-row reference: 112.9 MB -> 14.0 MB, written ~5x and read ~4x faster
 * (docs/profile-format.md). Version 1 (read still): the binary section is the raw
 * little-endian float64 arrays (`{"offset", "length"}`), the whole stream compressed.
 *
 * `formatVersion` rises when a reader of the old version would misread the file; a
 * reader refuses a newer version with a message that says to upgrade. Fields added
 * without changing the meaning of existing ones keep the version.
 */
import { constants, gunzipSync, gzipSync, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import {
  describeBytes,
  isOutputLimitError,
  MAX_DECOMPRESSED_BYTES_VARIABLE,
  maxDecompressedBytes,
} from '../data/decompression-limit.ts';
import { InputError } from '../shared/input-error.ts';
import type { ColumnProfile, NumericProfile } from '../profile/column-profile.ts';
import { distinctCountsSorted, sortedFromRuns } from '../profile/quantile-sketch.ts';
import type { SavedProfile } from '../profile/saved-profile.ts';
import {
  chooseFloatArrayEncoding,
  decodeFloatArray,
  encodeFloatArray,
  type FloatArrayEncoding,
} from './float-array-codec.ts';

/** The format version this drift-sentinel writes and the newest it reads. */
export const PROFILE_FORMAT_VERSION = 2;

/**
 * zstd level of the binary section: level 3 (zstd's default) packs the benchmark's
 * arrays 2% smaller than level 1 for ~30% more time; higher levels gain nothing on
 * encoded arrays.
 */
const ZSTD_LEVEL = 3;
/**
 * Output chunks of gunzip and zstd: the default 16 KB made reading a version 1 profile
 * ~2x slower (thousands of chunks to allocate and join).
 */
const DECOMPRESS_CHUNK = 1 << 22;

const MAGIC = 'drift-sentinel profile\n';
const MAGIC_BYTES = Buffer.from(MAGIC, 'latin1');
const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;

/** Where an array is: `bytes` and `encoding` since version 2 (raw float64 before). */
interface ArrayRef {
  offset: number;
  length: number;
  bytes?: number;
  encoding?: FloatArrayEncoding;
}

/** A sketch in the header: its arrays by reference. */
interface StoredSketch {
  count: number;
  rankErrorBound: number;
  values: ArrayRef;
  atMostLow: ArrayRef;
  atMostHigh: ArrayRef;
  lessThanHigh: ArrayRef;
}

/** Serializes a profile to the bytes of a `.profile` file. */
export function encodeProfile(profile: SavedProfile): Uint8Array {
  checkEndianness('writing');
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const ref = (array: Float64Array): ArrayRef => {
    const encoding = chooseFloatArrayEncoding(array);
    const bytes = encodeFloatArray(array, encoding);
    chunks.push(bytes);
    const r = { offset, length: array.length, bytes: bytes.length, encoding };
    offset += bytes.length;
    return r;
  };
  const columns = profile.columns.map((column) => {
    if (column.kind === 'categorical') return { ...column, counts: [...column.counts] };
    const { sorted, sketch, mean, standardDeviation, ...rest } = column;
    const runs = distinctCountsSorted(sorted, true);
    return {
      ...rest,
      // JSON has no NaN: a column without values says null.
      mean: Number.isNaN(mean) ? null : mean,
      standardDeviation: Number.isNaN(standardDeviation) ? null : standardDeviation,
      values: { distinct: ref(runs.distinct), counts: ref(runs.counts) },
      ...(sketch
        ? {
            sketch: {
              count: sketch.count,
              rankErrorBound: sketch.rankErrorBound,
              values: ref(sketch.values),
              atMostLow: ref(sketch.atMostLow),
              atMostHigh: ref(sketch.atMostHigh),
              lessThanHigh: ref(sketch.lessThanHigh),
            } satisfies StoredSketch,
          }
        : {}),
    };
  });
  const header = Buffer.from(
    JSON.stringify({
      format: 'drift-sentinel-profile',
      formatVersion: PROFILE_FORMAT_VERSION,
      ...profile,
      columns,
    }),
    'utf8',
  );
  const headerEnd = MAGIC_BYTES.length + 4 + header.length;
  const padding = (8 - (headerEnd % 8)) % 8;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const binary = zstdCompressSync(Buffer.concat(chunks), {
    params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL },
  });
  return gzipSync(Buffer.concat([MAGIC_BYTES, length, header, Buffer.alloc(padding), binary]), {
    level: constants.Z_NO_COMPRESSION,
  });
}

/** Limits on what one profile may make this process hold. */
export interface ProfileDecodeLimits {
  /**
   * Bytes the decompressed file and the arrays decoded from it may take, each; default
   * maxDecompressedBytes() (half of this machine's memory). A profile can come from a pull request: a file of a
   * few MB that decompresses to terabytes, or a header that claims a billion values,
   * must end in an InputError that says so, not in the process running out of memory.
   */
  readonly maxBytes?: number;
}

/**
 * Reads a `.profile` file's bytes.
 *
 * @param bytes the file's contents
 * @param path the file, for messages
 * @throws InputError naming the file when it is not a profile, is damaged, was written
 *   by a newer format version, or would take more than `limits.maxBytes` to hold
 */
export function decodeProfile(
  bytes: Uint8Array,
  path: string,
  limits: ProfileDecodeLimits = {},
): SavedProfile {
  checkEndianness('reading');
  const maxBytes = limits.maxBytes ?? maxDecompressedBytes();
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes, { chunkSize: DECOMPRESS_CHUNK, maxOutputLength: maxBytes });
  } catch (error) {
    if (isOutputLimitError(error)) {
      throw tooLarge(path, maxBytes);
    }
    throw new InputError(
      `${path}: not a drift-sentinel profile (gzip: ${(error as Error).message}); expected a file written by 'drift-sentinel profile'.`,
    );
  }
  if (!raw.subarray(0, MAGIC_BYTES.length).equals(MAGIC_BYTES)) {
    throw new InputError(
      `${path}: not a drift-sentinel profile (starts with ${JSON.stringify(raw.subarray(0, 16).toString('latin1'))}); expected a file written by 'drift-sentinel profile'.`,
    );
  }
  const headerLength = raw.readUInt32LE(MAGIC_BYTES.length);
  const headerStart = MAGIC_BYTES.length + 4;
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(raw.subarray(headerStart, headerStart + headerLength).toString('utf8'));
  } catch (error) {
    throw new InputError(`${path}: damaged profile header (${(error as Error).message}).`);
  }
  const version = header.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InputError(
      `${path}: profile has formatVersion ${JSON.stringify(version)}; expected an integer from 1 to ${PROFILE_FORMAT_VERSION}.`,
    );
  }
  if (version > PROFILE_FORMAT_VERSION) {
    throw new InputError(
      `${path}: profile format version ${version} was written by a newer drift-sentinel (${String(header.toolVersion)}); this one reads up to version ${PROFILE_FORMAT_VERSION}. Upgrade drift-sentinel, or write the profile again with this version.`,
    );
  }
  const headerEnd = headerStart + headerLength;
  const binaryStart = headerEnd + ((8 - (headerEnd % 8)) % 8);
  const scratch = new DecodeScratch();
  let arrayBytes = 0;
  /** Counts bytes of sorted values before they are allocated, against maxBytes. */
  const reserve = (bytes: number) => {
    arrayBytes += bytes;
    if (arrayBytes > maxBytes) throw tooLarge(path, maxBytes);
  };
  const array =
    version === 1
      ? rawArrays(raw, binaryStart, path)
      : encodedArrays(raw, binaryStart, path, maxBytes);
  const columns = (header.columns as Record<string, unknown>[]).map((c): ColumnProfile => {
    if (c.kind === 'categorical') {
      return {
        ...(c as unknown as ColumnProfile),
        counts: Float64Array.from(c.counts as number[]),
      } as ColumnProfile;
    }
    const { values, sketch, mean, standardDeviation, ...rest } = c as unknown as Omit<
      NumericProfile,
      'sorted' | 'sketch' | 'mean' | 'standardDeviation'
    > & {
      values: { distinct: ArrayRef; counts: ArrayRef };
      sketch?: StoredSketch;
      mean: number | null;
      standardDeviation: number | null;
    };
    const where = `column '${rest.name}'`;
    const sorted = sortedValues(
      values,
      sketch ? 0 : rest.count,
      array,
      where,
      path,
      scratch,
      reserve,
    );
    return {
      ...rest,
      mean: mean ?? Number.NaN,
      standardDeviation: standardDeviation ?? Number.NaN,
      sorted,
      ...(sketch
        ? {
            sketch: {
              count: sketch.count,
              rankErrorBound: sketch.rankErrorBound,
              values: array(sketch.values, `${where} sketch`),
              atMostLow: array(sketch.atMostLow, `${where} sketch`),
              atMostHigh: array(sketch.atMostHigh, `${where} sketch`),
              lessThanHigh: array(sketch.lessThanHigh, `${where} sketch`),
            },
          }
        : {}),
    };
  });
  const { format: _format, formatVersion: _version, ...profile } = header;
  return { ...(profile as unknown as SavedProfile), columns };
}

/** Reads an array, into `output` when given (see decodeFloatArray). */
type ArrayReader = (r: ArrayRef, what: string, output?: Float64Array) => Float64Array;

/** Buffers reused from column to column while a profile is read. */
class DecodeScratch {
  private readonly buffers = new Map<string, Float64Array>();

  take(key: 'counts' | 'distinct', length: number): Float64Array {
    let buffer = this.buffers.get(key);
    if (!buffer || buffer.length < length) {
      buffer = new Float64Array(length);
      this.buffers.set(key, buffer);
    }
    return buffer;
  }
}

/** Version 1: raw float64 arrays in the decompressed stream. */
function rawArrays(raw: Buffer, binaryStart: number, path: string): ArrayReader {
  return (r, what, output) => {
    const start = binaryStart + r.offset;
    const end = start + r.length * 8;
    if (!(r.offset >= 0 && r.length >= 0 && end <= raw.length)) {
      throw new InputError(
        `${path}: damaged profile: ${what} points past the end of the file (${end} > ${raw.length} bytes).`,
      );
    }
    // Copy: the decompressed buffer's offset need not be a multiple of 8.
    const out = output ? output.subarray(0, r.length) : new Float64Array(r.length);
    new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(raw.subarray(start, end));
    return out;
  };
}

/** Version 2: encoded arrays in one zstd frame after the header. */
function encodedArrays(
  raw: Buffer,
  binaryStart: number,
  path: string,
  maxBytes: number,
): ArrayReader {
  let binary: Buffer;
  try {
    binary = zstdDecompressSync(raw.subarray(binaryStart), {
      chunkSize: DECOMPRESS_CHUNK,
      maxOutputLength: maxBytes,
    });
  } catch (error) {
    if (isOutputLimitError(error)) {
      throw tooLarge(path, maxBytes);
    }
    throw new InputError(
      `${path}: damaged profile: its arrays do not decompress (zstd: ${(error as Error).message}).`,
    );
  }
  return (r, what, output) => {
    const end = r.offset + (r.bytes ?? Number.NaN);
    if (!(r.offset >= 0 && r.length >= 0 && end <= binary.length) || r.encoding === undefined) {
      throw new InputError(
        `${path}: damaged profile: ${what} points past the end of its arrays (${end} > ${binary.length} bytes) or has no encoding.`,
      );
    }
    try {
      return decodeFloatArray(binary.subarray(r.offset, end), r.length, r.encoding, what, output);
    } catch (error) {
      throw new InputError(`${path}: damaged profile: ${(error as Error).message}`);
    }
  };
}

/**
 * A numeric column's sorted values from its distinct values and their counts, checked to
 * add up to `count`. The counts, and the distinct values when some repeat, are read into
 * reused buffers: only the sorted values are a fresh array (8 MB per million values).
 */
function sortedValues(
  values: { distinct: ArrayRef; counts: ArrayRef },
  count: number,
  read: ArrayReader,
  where: string,
  path: string,
  scratch: DecodeScratch,
  reserve: (bytes: number) => void,
): Float64Array {
  const counts = read(
    values.counts,
    `${where} counts`,
    scratch.take('counts', values.counts.length),
  );
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!(c >= 1 && c === Math.floor(c))) {
      throw new InputError(
        `${path}: damaged profile: ${where} has count ${c} for a value; expected a whole number above 0.`,
      );
    }
    total += c;
  }
  if (counts.length !== values.distinct.length || total !== count) {
    throw new InputError(
      `${path}: damaged profile: ${where} has ${values.distinct.length} values with ${counts.length} counts adding to ${total}; expected counts adding to its ${count} values.`,
    );
  }
  reserve(8 * total);
  // No value repeats (most continuous columns): the distinct values are the sorted values.
  if (total === counts.length) return read(values.distinct, `${where} values`);
  const distinct = read(
    values.distinct,
    `${where} values`,
    scratch.take('distinct', values.distinct.length),
  );
  return sortedFromRuns(distinct, counts, total);
}

function tooLarge(path: string, maxBytes: number): InputError {
  return new InputError(
    `${path}: the profile would take more than ${describeBytes(maxBytes)} to read (${MAX_DECOMPRESSED_BYTES_VARIABLE}, by default half of this machine's memory); expected a profile written by 'drift-sentinel profile' for data that fits here, or a compact one (--profile-mode compact).`,
  );
}

function checkEndianness(what: string): void {
  // Every GitHub-hosted runner and every platform Node 24 ships for is little-endian.
  if (!LITTLE_ENDIAN) {
    throw new Error(`${what} profiles needs a little-endian machine; this one is big-endian.`);
  }
}
