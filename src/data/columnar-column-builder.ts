/**
 * Column builders for the columnar formats (Parquet, Arrow IPC): they receive a file's
 * values a batch at a time (a Parquet page, an Arrow record batch) as a run of non-null
 * values plus a validity mask, and write them straight into the typed arrays of a
 * {@link Column}. The CSV reader has its own builder because it sees text cells; these
 * see typed values, so the only decisions left are null handling and category codes.
 *
 * Category codes are assigned in order of first appearance, as the CSV reader does, so a
 * table read from Parquet or Arrow gives the same `categories` (and the same report) as
 * the same table read from CSV.
 */
import { InputError } from '../shared/input-error.ts';
import type { CategoricalColumn, NumericColumn } from '../shared/table.ts';
import { sharedFloat64Array } from './csv-column-builder.ts';

/**
 * Which rows of a batch hold a value: `undefined` when all do, else one byte per row,
 * 1 where the row holds a value (a flat Parquet column's definition level, an Arrow
 * validity bit), 0 where it is null.
 */
export type Presence = Uint8Array | undefined;

/** Builds a {@link NumericColumn} of `rowCount` rows, batch by batch, in row order. */
export class NumericColumnBuilder {
  readonly values: Float64Array;
  private row = 0;
  private readonly name: string;

  /**
   * `reuse`, when given and long enough, holds the values instead of a new buffer (a
   * reader that reads column after column into one buffer).
   */
  constructor(name: string, rowCount: number, reuse?: Float64Array) {
    this.name = name;
    // Shared memory, as the CSV reader's columns: the check hands numeric columns to worker
    // threads (analyzeDriftInParallel), which copy any other buffer first (+8 MB per
    // million rows per column at the check's peak).
    this.values =
      reuse !== undefined && reuse.length >= rowCount
        ? reuse.subarray(0, rowCount)
        : sharedFloat64Array(rowCount);
  }

  /**
   * Appends a batch of `rows` rows whose non-null values are `values`, in order.
   * With every row present this is one `set` (a memcpy for Float64Array input).
   */
  append(values: ArrayLike<number>, rows: number, present: Presence): void {
    const out = this.values;
    if (present === undefined) {
      out.set(values, this.row);
    } else {
      let next = 0;
      for (let i = 0, at = this.row; i < rows; i++, at++) {
        out[at] = present[i] === 1 ? values[next++] : Number.NaN;
      }
    }
    this.row += rows;
  }

  /** Appends a batch whose non-null values are indexes into `dictionary`. */
  appendIndexed(
    indexes: ArrayLike<number>,
    dictionary: Float64Array,
    rows: number,
    present: Presence,
  ): void {
    const out = this.values;
    let next = 0;
    for (let i = 0, at = this.row; i < rows; i++, at++) {
      out[at] =
        present === undefined || present[i] === 1 ? dictionary[indexes[next++]] : Number.NaN;
    }
    this.row += rows;
  }

  finish(): NumericColumn {
    // A null in the file is a missing cell; a NaN stored as a value is one too, as pandas
    // and the CSV reader (which reads the text `nan` as missing) count it.
    let missing = 0;
    const values = this.values;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
    return { kind: 'numeric', name: this.name, values, missing };
  }
}

/** Builds a {@link CategoricalColumn} of `rowCount` rows, batch by batch, in row order. */
export class CategoricalColumnBuilder {
  readonly codes: Int32Array;
  private readonly categories: string[] = [];
  private readonly codeOf = new Map<string, number>();
  private row = 0;
  private readonly name: string;
  /** Labels read as missing (the `naValues` option). */
  private readonly missingLabels: ReadonlySet<string>;

  constructor(name: string, rowCount: number, missingLabels: ReadonlySet<string> = new Set()) {
    this.name = name;
    this.codes = new Int32Array(rowCount);
    this.missingLabels = missingLabels;
  }

  /** The code of `label`, assigning the next one on its first appearance; -1 for a missing label. */
  codeFor(label: string): number {
    let code = this.codeOf.get(label);
    if (code === undefined) {
      if (this.missingLabels.has(label)) return -1;
      code = this.categories.length;
      this.categories.push(label);
      this.codeOf.set(label, code);
    }
    return code;
  }

  /** Appends a batch of `rows` rows whose non-null values are `labels`, in order. */
  append(labels: ArrayLike<string>, rows: number, present: Presence): void {
    const out = this.codes;
    let next = 0;
    for (let i = 0, at = this.row; i < rows; i++, at++) {
      out[at] = present === undefined || present[i] === 1 ? this.codeFor(labels[next++]) : -1;
    }
    this.row += rows;
  }

  /**
   * Appends a batch whose non-null values are indexes into `dictionary` (a Parquet
   * dictionary page, an Arrow dictionary). Each dictionary entry is looked up once, when a
   * row first uses it, so first-appearance order holds and unused entries add nothing.
   */
  appendIndexed(
    indexes: ArrayLike<number>,
    dictionary: DictionaryCodes,
    rows: number,
    present: Presence,
  ): void {
    const out = this.codes;
    const codes = dictionary.codes;
    let next = 0;
    for (let i = 0, at = this.row; i < rows; i++, at++) {
      if (present === undefined || present[i] === 1) {
        const index = indexes[next++];
        let code = codes[index];
        if (code === UNSEEN) code = codes[index] = this.codeFor(dictionary.labels[index]);
        out[at] = code;
      } else out[at] = -1;
    }
    this.row += rows;
  }

  finish(): CategoricalColumn {
    let missing = 0;
    const codes = this.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
    return { kind: 'categorical', name: this.name, codes, categories: this.categories, missing };
  }
}

const UNSEEN = -2;

/** A dictionary's labels and, filled in as rows use them, their category codes. */
export class DictionaryCodes {
  readonly labels: readonly string[];
  readonly codes: Int32Array;
  constructor(labels: readonly string[]) {
    this.labels = labels;
    this.codes = new Int32Array(labels.length).fill(UNSEEN);
  }
}

const DECIMAL_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * A text column the user declared numeric (`--numeric`), as numbers: each category must
 * be decimal text as the CSV reader accepts it; the first that is not is an InputError
 * naming the file, its first row, the column and the value.
 */
export function numericFromLabels(column: CategoricalColumn, source: string): NumericColumn {
  const numbers = column.categories.map((label, code) => {
    if (DECIMAL_TEXT.test(label)) return Number(label);
    const row = column.codes.indexOf(code);
    throw new InputError(
      `${source}: row ${row + 1}, column "${column.name}" holds ${JSON.stringify(label.slice(0, 40))}; expected a number, because the column is declared numeric.`,
    );
  });
  const values = sharedFloat64Array(column.codes.length);
  column.codes.forEach((code, row) => {
    values[row] = code < 0 ? Number.NaN : numbers[code];
  });
  return { kind: 'numeric', name: column.name, values, missing: column.missing };
}
