/**
 * Lossless encodings of the float64 arrays a saved profile holds (format version 2,
 * docs/profile-format.md), chosen per array, before the arrays are compressed together:
 *
 * - `decimal`: every value is `k / 10^scale` for a whole `k` with |k| < 2^51, the
 *   smallest such scale. The `k`s are written as the zigzag LEB128 varints of their
 *   successive differences. A column read from text with a fixed number of decimals
 *   (prices, measurements, counts) encodes this way: a profile's arrays are sorted, so
 *   the differences are small and most take one byte.
 * - `xor`: each value's bits XOR the previous value's, as 8 byte planes (all first
 *   bytes, then all second bytes, ...). Any other array (computed features at full
 *   precision, float32 sources, -0, infinities) encodes this way: neighbours in a
 *   sorted array share sign, exponent and leading mantissa bits, so the high planes
 *   are mostly zeros for the compressor.
 *
 * Decoding `k / 10^scale` gives the same bits as the value encoded: the encoder keeps an
 * array on `decimal` only after checking that very division for every value (a
 * division of two exact doubles is correctly rounded, so the check is the decoding).
 *
 * Version 1 stored the raw float64 arrays; on the benchmark's 1M-row reference that
 * was 309 MB to gzip and gunzip (distinct values and their counts), 112.9 MB on disk.
 */

/** How one array is stored; written into the profile header beside its offset. */
export type FloatArrayEncoding =
  | { readonly kind: 'decimal'; readonly scale: number }
  | {
      readonly kind: 'xor';
    };

/** Largest power of ten tried for `decimal` (10^15 keeps k / 10^scale exact to divide). */
const MAX_SCALE = 15;
/**
 * |k| below 2^51: a difference of two is below 2^52 and its zigzag code (twice it, plus
 * one for a negative) below 2^53, an exact double.
 */
const MAX_WHOLE = 2 ** 51;
const POWERS_OF_TEN = Array.from({ length: MAX_SCALE + 1 }, (_, i) => 10 ** i);

/** The encoding {@link encodeFloatArray} picks for `values`. */
export function chooseFloatArrayEncoding(values: Float64Array): FloatArrayEncoding {
  for (let scale = 0; scale <= MAX_SCALE; scale++) {
    if (isDecimalAtScale(values, POWERS_OF_TEN[scale])) return { kind: 'decimal', scale };
  }
  return { kind: 'xor' };
}

function isDecimalAtScale(values: Float64Array, power: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const k = Math.round(v * power);
    // -0 would come back as +0; NaN and infinities fail the comparison.
    if (!(Math.abs(k) < MAX_WHOLE) || k / power !== v || (v === 0 && 1 / v < 0)) return false;
  }
  return true;
}

/** Encodes `values` with `encoding` (from {@link chooseFloatArrayEncoding}). */
export function encodeFloatArray(values: Float64Array, encoding: FloatArrayEncoding): Uint8Array {
  return encoding.kind === 'decimal'
    ? encodeDecimal(values, POWERS_OF_TEN[encoding.scale])
    : encodeXor(values);
}

/**
 * Decodes `length` values from `bytes`, into `output` when given (a buffer reused from
 * array to array, at least `length` long; the result is then a view of it): a fresh
 * array's pages cost their first write, which on a machine with slow page faults was
 * most of the decoding.
 * @throws Error naming `what` when the bytes do not hold `length` values of the encoding
 *   (the caller adds the file).
 */
export function decodeFloatArray(
  bytes: Uint8Array,
  length: number,
  encoding: FloatArrayEncoding,
  what: string,
  output?: Float64Array,
): Float64Array {
  // Checked before anything is allocated: a damaged or hostile length must not make a
  // huge array. A decimal value takes at least one byte, an XOR value eight.
  const least = encoding.kind === 'xor' ? 8 * length : length;
  if (!(Number.isInteger(length) && length >= 0 && least <= bytes.length)) {
    throw new Error(
      `${what}: ${bytes.length} bytes cannot hold ${length} values; the array is damaged.`,
    );
  }
  const out = output ? output.subarray(0, length) : new Float64Array(length);
  if (encoding.kind === 'xor') return decodeXor(bytes, out, what);
  if (encoding.kind === 'decimal' && Number.isInteger(encoding.scale)) {
    const power = POWERS_OF_TEN[encoding.scale];
    if (power !== undefined) return decodeDecimal(bytes, out, power, what);
  }
  throw new Error(
    `${what}: unknown array encoding ${JSON.stringify(encoding)}; expected {"kind":"xor"} or {"kind":"decimal","scale":0..${MAX_SCALE}}.`,
  );
}

function encodeDecimal(values: Float64Array, power: number): Uint8Array {
  // A varint of a difference below 2^53 takes at most 8 bytes (7 bits each).
  const out = new Uint8Array(values.length * 8);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const k = Math.round(values[i] * power);
    const delta = k - previous;
    previous = k;
    // zigzag: 0, -1, 1, -2, ... -> 0, 1, 2, 3, ...
    let z = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    while (z >= 0x80) {
      out[at++] = (z % 0x80) | 0x80;
      z = Math.floor(z / 0x80);
    }
    out[at++] = z;
  }
  // A copy: the view would keep the worst-case buffer (8 bytes a value) alive until the
  // arrays are joined, 8 MB per million values for a ~1 MB result.
  return out.slice(0, at);
}

function decodeDecimal(
  bytes: Uint8Array,
  out: Float64Array,
  power: number,
  what: string,
): Float64Array {
  const length = out.length;
  let at = 0;
  let k = 0;
  for (let i = 0; i < length; i++) {
    if (at >= bytes.length) throw truncated(what, i, length);
    let z = bytes[at++];
    if (z < 0x80) {
      // One byte, the common case for a sorted column: zigzag back with integer ops.
      k += (z >>> 1) ^ -(z & 1);
    } else {
      z &= 0x7f;
      let weight = 0x80;
      let byte;
      do {
        if (at >= bytes.length) throw truncated(what, i, length);
        byte = bytes[at++];
        z += (byte & 0x7f) * weight;
        weight *= 0x80;
      } while (byte & 0x80);
      k += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    }
    out[i] = k / power;
  }
  if (at !== bytes.length) {
    throw new Error(
      `${what}: ${bytes.length - at} bytes left after ${length} values; the array is damaged.`,
    );
  }
  return out;
}

function encodeXor(values: Float64Array): Uint8Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const out = new Uint8Array(8 * n);
  let previousLow = 0;
  let previousHigh = 0;
  for (let i = 0; i < n; i++) {
    const low = words[2 * i];
    const high = words[2 * i + 1];
    const a = low ^ previousLow;
    const b = high ^ previousHigh;
    previousLow = low;
    previousHigh = high;
    out[i] = a;
    out[n + i] = a >>> 8;
    out[2 * n + i] = a >>> 16;
    out[3 * n + i] = a >>> 24;
    out[4 * n + i] = b;
    out[5 * n + i] = b >>> 8;
    out[6 * n + i] = b >>> 16;
    out[7 * n + i] = b >>> 24;
  }
  return out;
}

function decodeXor(bytes: Uint8Array, out: Float64Array, what: string): Float64Array {
  const n = out.length;
  if (bytes.length !== 8 * n) {
    throw new Error(`${what}: ${bytes.length} bytes for ${n} values; expected ${8 * n}.`);
  }
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    low ^= bytes[i] | (bytes[n + i] << 8) | (bytes[2 * n + i] << 16) | (bytes[3 * n + i] << 24);
    high ^=
      bytes[4 * n + i] |
      (bytes[5 * n + i] << 8) |
      (bytes[6 * n + i] << 16) |
      (bytes[7 * n + i] << 24);
    words[2 * i] = low;
    words[2 * i + 1] = high;
  }
  return out;
}

function truncated(what: string, index: number, length: number): Error {
  return new Error(
    `${what}: the bytes end at value ${index + 1} of ${length}; the array is damaged.`,
  );
}
