/**
 * The cell texts every loader reads as "no value": pandas' default `na_values`, the list
 * `pandas.read_csv` applies when `keep_default_na` is left on (`STR_NA_VALUES` in
 * pandas/_libs/parsers.pyx, documented under `na_values` in
 * https://pandas.pydata.org/docs/reference/api/pandas.read_csv.html). Debian 12's
 * pandas 1.5.3 has these minus `None`, which pandas 2.0 added; `None` was already read
 * as missing here, and Python writes it for a missing value, so it stays.
 *
 * Matching is exact and case-sensitive, as in pandas (no trimming: `' NA'` is text), so
 * a category such as `none` or `Na` (sodium) stays a value. `?` is not in the list: in a
 * numeric column it is an invalid cell (`NumericColumn.invalid` in table.ts), which a
 * data-quality finding reports, not a silent gap.
 */
export const MISSING_CELL_TEXTS = [
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
] as const;

const MISSING = new Set<string>(MISSING_CELL_TEXTS);

/** Whether `text` is one of {@link MISSING_CELL_TEXTS}. */
export function isMissingCellText(text: string): boolean {
  return MISSING.has(text);
}

/** The longest marker, `#N/A N/A`, in bytes: longer cells are never looked up. */
const LONGEST = 8;

/**
 * Whether the UTF-8 bytes `bytes[start, end)` spell one of {@link MISSING_CELL_TEXTS}.
 * The CSV hot path calls this for every cell that is not a plain number, so it decodes
 * only cells short enough to be a marker and starting with a byte one of them starts with.
 */
export function isMissingCellBytes(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0) return true;
  if (length > LONGEST) return false;
  const first = bytes[start];
  // '#', '-', '1', '<', 'N', 'n'
  if (
    first !== 0x23 &&
    first !== 0x2d &&
    first !== 0x31 &&
    first !== 0x3c &&
    (first | 0x20) !== 0x6e
  ) {
    return false;
  }
  let text = '';
  for (let k = start; k < end; k++) text += String.fromCharCode(bytes[k]);
  return MISSING.has(text);
}

/**
 * Extra missing-value markers a user names (the `na-values` input, `--na-values`), on
 * top of the defaults, as pandas' `na_values` adds to its list. Matched exactly against
 * the cell's text.
 */
export class MissingCellMarkers {
  private readonly texts: ReadonlySet<string>;
  private readonly byteLengths: ReadonlySet<number>;

  constructor(markers: readonly string[]) {
    this.texts = new Set(markers);
    this.byteLengths = new Set(markers.map((marker) => Buffer.byteLength(marker, 'utf8')));
  }

  get size(): number {
    return this.texts.size;
  }

  /** Whether the UTF-8 bytes `bytes[start, end)` are one of the markers. */
  matches(bytes: Uint8Array, start: number, end: number): boolean {
    if (!this.byteLengths.has(end - start)) return false;
    return this.texts.has(
      Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'),
    );
  }
}
