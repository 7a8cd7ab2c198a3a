/**
 * Parses the ASCII decimal number in `bytes[start, end)` (optional sign, digits with an
 * optional decimal point, optional exponent: `-12`, `3.25`, `.5`, `1e-7`) and returns it,
 * or `NaN` when the bytes are not such a number. Overflow gives `±Infinity`, as
 * `Number()` and pandas do.
 *
 * The result equals `Number(text)` bit for bit. Most cells take Clinger's fast path: when
 * the digits form an integer m <= 2^53 and the power of ten is at most 22, both m and
 * 10^k are exact doubles, so the one division or multiplication is correctly rounded
 * (W. D. Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990,
 * https://doi.org/10.1145/93542.93557). Anything else falls back to `Number()` on the
 * text, so precision never depends on the shortcut.
 *
 * Hexadecimal, `Infinity`, surrounding spaces and thousands separators are not numbers
 * here, unlike `Number()`: `0x10` and ` 7` are not numbers. {@link parseNumberCell} trims
 * the spaces around a CSV cell first; spelled-out infinities are {@link parseInfinity}'s job.
 *
 * @example
 * parseDecimal(new TextEncoder().encode('-1.5e2'), 0, 6); // => -150
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i >= end) return NaN;
  let negative = false;
  let c = bytes[i];
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let exponent = 0;
  for (; i < end; i++) {
    c = bytes[i] - 0x30;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
    if (mantissa !== 0) significant++;
  }
  if (i < end && bytes[i] === 0x2e) {
    for (i++; i < end; i++) {
      c = bytes[i] - 0x30;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      if (mantissa !== 0) significant++;
      exponent--;
    }
  }
  if (digits === 0) return NaN;
  if (i < end && (bytes[i] | 0x20) === 0x65) {
    i++;
    let exponentNegative = false;
    if (i < end && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
      exponentNegative = bytes[i] === 0x2d;
      i++;
    }
    let written = 0;
    let value = 0;
    for (; i < end; i++) {
      c = bytes[i] - 0x30;
      if (c < 0 || c > 9) break;
      // Clamp: beyond 10^±400 the result is 0 or Infinity anyway, and the fallback decides.
      if (value < 100000) value = value * 10 + c;
      written++;
    }
    if (written === 0) return NaN;
    exponent += exponentNegative ? -value : value;
  }
  if (i !== end) return NaN;
  // 15 significant digits always fit below 2^53; longer ones go to the exact fallback.
  if (significant <= 15 && exponent >= -22 && exponent <= 22) {
    const magnitude =
      exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
    return negative ? -magnitude : magnitude;
  }
  let text = '';
  for (let k = start; k < end; k++) text += String.fromCharCode(bytes[k]);
  return Number(text);
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * `±Infinity` for the spellings pandas' `read_csv` reads as infinite (`inf`, `-inf`,
 * `+inf`, `Infinity`, `-Infinity`, any case), `NaN` for anything else. `scipy.stats.ks_2samp`
 * accepts infinite values, so such a column stays numeric and is still tested.
 *
 * @example
 * parseInfinity(new TextEncoder().encode('-inf'), 0, 4); // => -Infinity
 */
export function parseInfinity(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let sign = 1;
  if (i < end && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
    if (bytes[i] === 0x2d) sign = -1;
    i++;
  }
  const length = end - i;
  if (length !== 3 && length !== 8) return NaN;
  const word = 'infinity';
  for (let k = 0; k < length; k++) {
    // ASCII letters: OR-ing 0x20 lower-cases them.
    if ((bytes[i + k] | 0x20) !== word.charCodeAt(k)) return NaN;
  }
  return sign * Infinity;
}

/**
 * The number a CSV cell holds, or `NaN` when it holds none: {@link parseDecimal}, then
 * {@link parseInfinity}, on the bytes with the spaces and tabs around them trimmed, as
 * pandas' `read_csv` reads `"  3 "` as 3 (its number conversion skips surrounding
 * whitespace). Labels keep their spaces; only the number is read through them.
 *
 * @example
 * parseNumberCell(new TextEncoder().encode(' -inf\t')); // => -Infinity
 */
export function parseNumberCell(bytes: Uint8Array, start = 0, end = bytes.length): number {
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  const value = parseDecimal(bytes, start, end);
  return value === value ? value : parseInfinity(bytes, start, end);
}

/**
 * The number a cell holds when written with a decimal comma, as spreadsheets in most of
 * Europe export it (`-91,98`, `1.234,5`: a comma before the decimals, optionally dots
 * between groups of three digits), or `NaN`. pandas reads these with `decimal=','`; the
 * CSV reader applies it to files separated by something other than commas, where a
 * comma inside a cell cannot be a separator (csv-stream-parser.ts). Spaces and tabs
 * around the cell are trimmed as in {@link parseNumberCell}. Exact: the digits are read
 * by `Number()` with the comma as the decimal point.
 *
 * @example
 * parseDecimalCommaCell(new TextEncoder().encode('1.234,5')); // => 1234.5
 */
export function parseDecimalCommaCell(bytes: Uint8Array, start = 0, end = bytes.length): number {
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  // Cheap refusal first: labels of a categorical column come through here too.
  let comma = -1;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === 0x2c) {
      if (comma >= 0) return NaN;
      comma = i;
    } else if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2b)) {
      return NaN;
    }
  }
  if (comma < 0) return NaN;
  const text = String.fromCharCode(...bytes.subarray(start, end));
  if (!DECIMAL_COMMA.test(text)) return NaN;
  return Number(text.replaceAll('.', '').replace(',', '.'));
}

/** `-91,98`, `1234,5`, `1.234,5`, `1.234.567,89`; not `1,2,3`, `1.23,4` or `,5`. */
const DECIMAL_COMMA = /^[+-]?(\d+|\d{1,3}(\.\d{3})+),\d+$/;
