/**
 * The non-NaN values of `values`, sorted ascending (-0 before +0, as
 * `Float64Array.prototype.sort`), as a new array; the input is not changed.
 *
 * Sorting dominates the drift check (every numeric feature of the reference and the
 * recent data, 24 million values in the benchmark), so this is an LSD radix sort on
 * the IEEE-754 bit patterns: 4 passes of 16 bits, O(n), with passes skipped where all
 * keys share the digit. When a sample shows that few values share their high 32 bits
 * (sign, exponent and 20 mantissa bits: data spread over a range, the common case), only
 * the 2 passes of the high word run and each short run of equal high words is then put
 * in order by its low word. Measured on this project's machine, per million normal
 * values with 6 decimals: 20-25 ms with 4 passes, 13-14 ms with 2, against 134 ms for
 * the native comparison sort (`npm run bench` has the end-to-end figures). Short arrays
 * use the native sort, which is faster below a few thousand.
 *
 * The key transform (Knuth, TAOCP 5.2.5; Herf, "Radix Tricks", 2001): flip the sign bit
 * of positive numbers and every bit of negative ones, and unsigned order of the bit
 * patterns equals numeric order.
 *
 * @example
 * sortedWithoutNaN(Float64Array.of(3, NaN, -1, 2)); // => Float64Array [-1, 2, 3]
 */
export function sortedWithoutNaN(values: Float64Array, workspace?: SortWorkspace): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  const out = take(workspace, 'output', count);
  if (count === values.length) {
    // Sorting in place (see SortWorkspace.output) needs no copy.
    if (out.buffer !== values.buffer || out.byteOffset !== values.byteOffset) out.set(values);
  } else {
    let j = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) out[j++] = v;
    }
  }
  if (count < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return out.sort();
  return radixSortInPlace(out, take(workspace, 'scratch', count));
}

/**
 * Buffers reused across calls, so a worker sorting column after column does not leave
 * two fresh arrays per column to the garbage collector. An array returned with a
 * workspace is a view of it: valid until the next call with the same workspace.
 */
export interface SortWorkspace {
  /**
   * May be the input's own buffer (at the same offset): the values are then sorted in
   * place, for a caller that no longer needs them in row order (NaNs are compacted
   * forward, which never overwrites a value not yet read).
   */
  output?: Float64Array;
  scratch?: Float64Array;
}

function take(workspace: SortWorkspace | undefined, key: keyof SortWorkspace, length: number) {
  if (!workspace) return new Float64Array(length);
  let buffer = workspace[key];
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(length);
    workspace[key] = buffer;
  }
  return buffer.subarray(0, length);
}

/** Below this length the native sort wins (fixed costs of the 64K-entry histograms). */
const RADIX_MIN_LENGTH = 4096;

/** The radix sort reads each float as two 32-bit words, low word first. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function radixSortInPlace(values: Float64Array, scratch: Float64Array): Float64Array {
  const n = values.length;
  let src: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let dst: Uint32Array = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  let srcFloats: Float64Array = values;
  let dstFloats: Float64Array = scratch;

  // The key transform maps each high word on its own, one to one: runs of equal high
  // words can be judged before it.
  const highWordOnly = highWordRunsAreShort(src, n);
  const histograms = HISTOGRAMS.fill(0);
  if (highWordOnly) transformCountingHighWord(src, n, histograms);
  else transformCountingBothWords(src, n, histograms);

  for (let pass = highWordOnly ? 2 : 0; pass < 4; pass++) {
    const base = pass * 65536;
    // A digit shared by every key leaves the order unchanged: skip the pass.
    let trivial = false;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      if (c !== 0) {
        trivial = c === n;
        break;
      }
    }
    if (trivial) continue;
    let sum = 0;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      histograms[base + k] = sum;
      sum += c;
    }
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const digit = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
      const p = histograms[base + digit]++;
      dst[2 * p] = lo;
      dst[2 * p + 1] = hi;
    }
    [src, dst] = [dst, src];
    [srcFloats, dstFloats] = [dstFloats, srcFloats];
  }

  if (highWordOnly) sortRunsByLowWord(src, n);
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 0x80000000) {
      src[2 * i + 1] = hi & 0x7fffffff;
    } else {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i];
    }
  }
  return srcFloats;
}

/**
 * The four 16-bit digit histograms, reused by every sort of this thread: a fresh 1 MB
 * array per sort cost ~3 ms of page faults on the project's machine, ~15% of a sort.
 */
const HISTOGRAMS = new Uint32Array(4 * 65536);

/** The key transform (see sortedWithoutNaN) in place, counting the four 16-bit digits. */
function transformCountingBothWords(keys: Uint32Array, n: number, histograms: Uint32Array): void {
  for (let i = 0; i < n; i++) {
    let lo = keys[2 * i];
    let hi = keys[2 * i + 1];
    if (hi & 0x80000000) {
      hi = ~hi;
      lo = ~lo;
    } else {
      hi |= 0x80000000;
    }
    keys[2 * i] = lo;
    keys[2 * i + 1] = hi;
    histograms[lo & 0xffff]++;
    histograms[65536 + (lo >>> 16)]++;
    histograms[131072 + (hi & 0xffff)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
}

/** The key transform in place, counting the high word's two digits only. */
function transformCountingHighWord(keys: Uint32Array, n: number, histograms: Uint32Array): void {
  for (let i = 0; i < n; i++) {
    let hi = keys[2 * i + 1];
    if (hi & 0x80000000) {
      hi = ~hi;
      keys[2 * i] = ~keys[2 * i];
    } else {
      hi |= 0x80000000;
    }
    keys[2 * i + 1] = hi;
    histograms[131072 + (hi & 0xffff)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
}

/** Values sampled to estimate how long runs of equal high words are. */
const SAMPLE = 4096;
/** Largest estimated mean run length (per value) for which the 2-pass sort is used. */
const MAX_MEAN_RUN = 8;
/** Runs longer than this are ordered by the native sort instead of by insertion. */
const INSERTION_MAX = 48;

/**
 * Whether values sharing their high 32 key bits are rare enough for the 2-pass sort:
 * from the equal neighbours E in a sorted sample of s high words, the mean run length
 * seen by a value (Σ len² / n) is about 1 + 2En / s², and ordering runs by insertion
 * costs about a quarter of that per value.
 */
function highWordRunsAreShort(keys: Uint32Array, n: number): boolean {
  const sample = new Uint32Array(SAMPLE);
  const step = n / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) sample[i] = keys[2 * Math.floor(i * step) + 1];
  sample.sort();
  let equal = 0;
  for (let i = 1; i < SAMPLE; i++) if (sample[i] === sample[i - 1]) equal++;
  return 1 + (2 * equal * n) / (SAMPLE * SAMPLE) <= MAX_MEAN_RUN;
}

/**
 * After sorting by the high word only: orders each run of equal high words by the low
 * word (unsigned, as the key transform makes it), by insertion for short runs and the
 * native sort of the low words for long ones (a sample can misjudge).
 */
function sortRunsByLowWord(keys: Uint32Array, n: number): void {
  let i = 0;
  while (i < n) {
    const high = keys[2 * i + 1];
    let end = i + 1;
    while (end < n && keys[2 * end + 1] === high) end++;
    if (end - i > INSERTION_MAX) {
      const lows = new Uint32Array(end - i);
      for (let a = i; a < end; a++) lows[a - i] = keys[2 * a];
      lows.sort();
      for (let a = i; a < end; a++) keys[2 * a] = lows[a - i];
    } else {
      for (let a = i + 1; a < end; a++) {
        const low = keys[2 * a];
        let b = a - 1;
        while (b >= i && keys[2 * b] > low) {
          keys[2 * b + 2] = keys[2 * b];
          b--;
        }
        keys[2 * b + 2] = low;
      }
    }
    i = end;
  }
}
