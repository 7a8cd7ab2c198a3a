/**
 * The cell texts every loader reads as "no value": the empty string and the four
 * spellings pandas, R and Python write for missing data. Matching is exact and
 * case-sensitive, as in `pandas.read_csv`'s default `na_values` for these tokens, so
 * a category such as `none` or `Na` (sodium) stays a value.
 */
export const MISSING_CELL_TEXTS = ['', 'NA', 'NaN', 'null', 'None'] as const;

/** Whether `text` is one of {@link MISSING_CELL_TEXTS}. */
export function isMissingCellText(text: string): boolean {
  return text === '' || text === 'NA' || text === 'NaN' || text === 'null' || text === 'None';
}

const N = 0x4e;
const A = 0x41;
const a = 0x61;
const u = 0x75;
const l = 0x6c;
const n = 0x6e;
const o = 0x6f;
const e = 0x65;

/**
 * Whether the UTF-8 bytes `bytes[start, end)` spell one of {@link MISSING_CELL_TEXTS},
 * without decoding them to a string (the CSV hot path calls this for every cell).
 */
export function isMissingCellBytes(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0) return true;
  if (length === 2) return bytes[start] === N && bytes[start + 1] === A;
  if (length === 3) {
    return bytes[start] === N && bytes[start + 1] === a && bytes[start + 2] === N;
  }
  if (length === 4) {
    const first = bytes[start];
    if (first === n) {
      return bytes[start + 1] === u && bytes[start + 2] === l && bytes[start + 3] === l;
    }
    if (first === N) {
      return bytes[start + 1] === o && bytes[start + 2] === n && bytes[start + 3] === e;
    }
  }
  return false;
}
