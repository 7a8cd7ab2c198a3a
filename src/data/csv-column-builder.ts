import type { Column } from './table.ts';

/**
 * Collects one CSV column straight into a growable typed array while the file streams
 * by. A column starts numeric and turns categorical at its first non-number cell; the
 * CSV parser then knows whether numbers seen earlier were lost in the switch (see
 * {@link CsvColumnBuilder.lostNumbers}) and parses again with the column forced
 * categorical, so labels keep their exact text (`007` stays `007`).
 */
export class CsvColumnBuilder {
  readonly name: string;
  /** Set by the `categorical` option: every cell is a label, numbers included. */
  readonly forcedCategorical: boolean;
  /** Set by the `numeric` option: a non-number cell is an error instead of a switch. */
  readonly forcedNumeric: boolean;
  kind: 'numeric' | 'categorical';
  values: Float64Array;
  codes: Int32Array;
  categories: string[] = [];
  /** True when the column turned categorical after holding numbers. */
  lostNumbers = false;
  private readonly codeOf = new Map<string, number>();
  /** Whether any cell so far was a number (written by the parser's fast path too). */
  sawNumber = false;

  /**
   * @param sharedValues where to write numbers instead of a buffer of its own: a view of
   *   `capacity` rows of a shared buffer, when parts of one file are parsed in parallel.
   */
  constructor(
    name: string,
    capacity: number,
    forcedCategorical: boolean,
    forcedNumeric: boolean,
    sharedValues?: Float64Array,
  ) {
    this.name = name;
    this.forcedCategorical = forcedCategorical;
    this.forcedNumeric = forcedNumeric;
    this.kind = forcedCategorical ? 'categorical' : 'numeric';
    this.values = forcedCategorical
      ? new Float64Array(0)
      : (sharedValues ?? sharedFloat64Array(capacity));
    this.codes = forcedCategorical ? new Int32Array(capacity) : new Int32Array(0);
  }

  setNumber(row: number, value: number): void {
    this.values[row] = value;
    this.sawNumber = true;
  }

  setMissing(row: number): void {
    if (this.kind === 'numeric') this.values[row] = NaN;
    else this.codes[row] = -1;
  }

  setLabel(row: number, label: string): void {
    let code = this.codeOf.get(label);
    if (code === undefined) {
      code = this.categories.length;
      this.categories.push(label);
      this.codeOf.set(label, code);
    }
    this.codes[row] = code;
  }

  /** Switches a numeric column to categorical; rows before `row` become missing. */
  becomeCategorical(row: number): void {
    this.kind = 'categorical';
    this.lostNumbers = this.sawNumber;
    this.codes = new Int32Array(this.values.length);
    this.codes.fill(-1, 0, row);
    this.values = new Float64Array(0);
  }

  grow(capacity: number): void {
    if (this.kind === 'numeric') {
      const values = sharedFloat64Array(capacity);
      values.set(this.values);
      this.values = values;
    } else {
      const codes = new Int32Array(capacity);
      codes.set(this.codes);
      this.codes = codes;
    }
  }

  /**
   * The finished column of `rowCount` rows. With `keepCapacity` the values stay a view
   * of the whole buffer, whose spare room the merge of file parts fills in place.
   */
  finish(rowCount: number, keepCapacity = false): Column {
    // A view avoids copying 8 MB per million rows; copy only when the spare capacity
    // would waste more than a tenth of the column.
    const wasteful = (array: ArrayLike<number>) => !keepCapacity && array.length > rowCount * 1.1;
    if (this.kind === 'numeric') {
      let values = this.values.subarray(0, rowCount);
      if (wasteful(this.values)) {
        // The copy stays in shared memory, like the buffer it replaces.
        const copy = sharedFloat64Array(rowCount);
        copy.set(values);
        values = copy;
      }
      let missing = 0;
      for (let i = 0; i < rowCount; i++) if (values[i] !== values[i]) missing++;
      return { kind: 'numeric', name: this.name, values, missing };
    }
    const codes = wasteful(this.codes)
      ? this.codes.slice(0, rowCount)
      : this.codes.subarray(0, rowCount);
    let missing = 0;
    for (let i = 0; i < rowCount; i++) if (codes[i] < 0) missing++;
    return { kind: 'categorical', name: this.name, codes, categories: this.categories, missing };
  }
}

/**
 * Numeric columns live in shared memory: the drift check hands them to worker threads
 * (analyzeDriftInParallel) without copying 8 MB per million rows into each message.
 */
function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}
