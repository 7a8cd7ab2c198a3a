/**
 * The profile file format (docs/profile-format.md): gzip of
 *
 *     "drift-sentinel profile\n"     23 bytes, the magic
 *     uint32 little-endian           length H of the header
 *     H bytes                        UTF-8 JSON header
 *     zero padding to a multiple of 8 bytes from the start of the magic
 *     binary section                 little-endian float64 arrays the header points into
 *
 * The header holds everything but the large numeric arrays; each array is
 * `{ "offset": bytes from the start of the binary section, "length": elements }`.
 * A numeric column's sorted values are stored as their distinct values and counts
 * (`"values": {"distinct": ..., "counts": ...}`), which is smaller whenever values repeat.
 * Float arrays stay binary so they round-trip bit for bit (JSON would too, but at three
 * times the size and parse time for a million-value column).
 *
 * `formatVersion` rises when a reader of the old version would misread the file; a
 * reader refuses a newer version with a message that says to upgrade. Fields added
 * without changing the meaning of existing ones keep the version.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../shared/input-error.ts';
import type { ColumnProfile, NumericProfile } from '../profile/column-profile.ts';
import { distinctCountsSorted } from '../profile/quantile-sketch.ts';
import type { SavedProfile } from '../profile/saved-profile.ts';

/** The format version this drift-sentinel writes and the newest it reads. */
export const PROFILE_FORMAT_VERSION = 1;

const MAGIC = 'drift-sentinel profile\n';
const MAGIC_BYTES = Buffer.from(MAGIC, 'latin1');
const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;

interface ArrayRef {
  offset: number;
  length: number;
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
  const chunks: Float64Array[] = [];
  let offset = 0;
  const ref = (array: Float64Array): ArrayRef => {
    chunks.push(array);
    const r = { offset, length: array.length };
    offset += array.byteLength;
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
  const parts: Uint8Array[] = [MAGIC_BYTES, length, header, Buffer.alloc(padding)];
  for (const chunk of chunks) {
    parts.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return gzipSync(Buffer.concat(parts));
}

/**
 * Reads a `.profile` file's bytes.
 *
 * @param bytes the file's contents
 * @param path the file, for messages
 * @throws InputError naming the file when it is not a profile, is damaged, or was written
 *   by a newer format version
 */
export function decodeProfile(bytes: Uint8Array, path: string): SavedProfile {
  checkEndianness('reading');
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (error) {
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
  const array = (r: ArrayRef, what: string): Float64Array => {
    const start = binaryStart + r.offset;
    const end = start + r.length * 8;
    if (!(r.offset >= 0 && r.length >= 0 && end <= raw.length)) {
      throw new InputError(
        `${path}: damaged profile: ${what} points past the end of the file (${end} > ${raw.length} bytes).`,
      );
    }
    // Copy: the decompressed buffer's offset need not be a multiple of 8.
    const out = new Float64Array(r.length);
    new Uint8Array(out.buffer).set(raw.subarray(start, end));
    return out;
  };
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
    const distinct = array(values.distinct, `${where} values`);
    const counts = array(values.counts, `${where} counts`);
    const sorted = new Float64Array(counts.reduce((sum, x) => sum + x, 0));
    let at = 0;
    for (let i = 0; i < distinct.length; i++) {
      sorted.fill(distinct[i], at, at + counts[i]);
      at += counts[i];
    }
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

function checkEndianness(what: string): void {
  // Every GitHub-hosted runner and every platform Node 24 ships for is little-endian.
  if (!LITTLE_ENDIAN) {
    throw new Error(`${what} profiles needs a little-endian machine; this one is big-endian.`);
  }
}
