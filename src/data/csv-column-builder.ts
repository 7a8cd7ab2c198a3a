import { InvalidCellCollector, isNumericByShare, numericFromLabels } from './csv-column-type.ts';
import type { Column } from '../shared/table.ts';

/**
 * How a column is read: `auto` by the rule of csv-column-type.ts; `categorical` and
 * `numeric` as the options of that name force it; `labels` keeps every cell's text
 * (a column that held both numbers and other text, parsed again) and applies the rule
 * at the end.
 */
export type ColumnReading = 'auto' | 'categorical' | 'numeric' | 'labels';

/**
 * Labels a column may hold before its first number and still be read as numbers: kept
 * with their rows, so a column that turns out categorical loses none of them.
 */
const LABELS_BEFORE_NUMBERS = 16;

/**
 * Collects one CSV column straight into a growable typed array while the file streams
 * by. A column starts numeric. A non-number cell after numbers is counted as invalid
 * and the column stays numeric; whether it stays so is decided at the end by the share
 * of numbers (csv-column-type.ts). If not, the text of its numbers is gone, so the
 * parser parses again with the column read as `labels` (see
 * {@link CsvColumnBuilder.lostNumbers}), and labels keep their exact text (`007` stays
 * `007`). A column whose first cells are words turns categorical at once, as before.
 */
export class CsvColumnBuilder {
  readonly name: string;
  readonly reading: ColumnReading;
  kind: 'numeric' | 'categorical';
  values: Float64Array;
  codes: Int32Array;
  categories: string[] = [];
  /** True when the column must be parsed again as `labels` (see the class comment). */
  lostNumbers = false;
  private readonly codeOf = new Map<string, number>();
  /** Whether any cell so far was a number (written by the parser's fast path too). */
  sawNumber = false;
  /** In a categorical column: labels that are numbers, for the share rule at the end. */
  numberLabels = 0;
  private readonly invalid = new InvalidCellCollector();
  private readonly labelsBeforeNumbers: { row: number; text: string }[] = [];

  constructor(name: string, capacity: number, reading: ColumnReading) {
    this.name = name;
    this.reading = reading;
    const labels = reading === 'categorical' || reading === 'labels';
    this.kind = labels ? 'categorical' : 'numeric';
    this.values = labels ? new Float64Array(0) : sharedFloat64Array(capacity);
    this.codes = labels ? new Int32Array(capacity) : new Int32Array(0);
  }

  get forcedNumeric(): boolean {
    return this.reading === 'numeric';
  }

  /** Whether number cells are worth parsing: not in a column the user made categorical. */
  get readsNumbers(): boolean {
    return this.reading !== 'categorical';
  }

  setNumber(row: number, value: number): void {
    this.values[row] = value;
    this.sawNumber = true;
  }

  setMissing(row: number): void {
    if (this.kind === 'numeric') this.values[row] = NaN;
    else this.codes[row] = -1;
  }

  /** A cell of a numeric column that is neither a number nor missing. */
  setNonNumber(row: number, text: string): void {
    if (!this.sawNumber && this.labelsBeforeNumbers.length >= LABELS_BEFORE_NUMBERS) {
      this.becomeCategorical(row);
      this.setLabel(row, text);
      return;
    }
    this.values[row] = NaN;
    this.invalid.add(text);
    if (!this.sawNumber) this.labelsBeforeNumbers.push({ row, text });
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

  /** Switches a numeric column without numbers to categorical, keeping its labels so far. */
  private becomeCategorical(row: number): void {
    this.kind = 'categorical';
    this.codes = new Int32Array(this.values.length);
    this.codes.fill(-1, 0, row);
    this.values = new Float64Array(0);
    for (const label of this.labelsBeforeNumbers) this.setLabel(label.row, label.text);
    this.labelsBeforeNumbers.length = 0;
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

  /** The finished column of `rowCount` rows. */
  finish(rowCount: number): Column {
    // A view avoids copying 8 MB per million rows; copy only when the spare capacity
    // would waste more than a tenth of the column.
    const wasteful = (array: ArrayLike<number>) => array.length > rowCount * 1.1;
    if (this.kind === 'numeric') {
      let values = this.values.subarray(0, rowCount);
      let notNumbers = 0;
      for (let i = 0; i < rowCount; i++) if (values[i] !== values[i]) notNumbers++;
      const numbers = rowCount - notNumbers;
      if (this.invalid.count > 0 && !this.forcedNumeric) {
        if (!this.sawNumber) {
          // Only a few words and gaps: a categorical column, its labels all kept.
          this.becomeCategorical(rowCount);
          return this.finish(rowCount);
        }
        if (!isNumericByShare(numbers, this.invalid.count)) this.lostNumbers = true;
      }
      if (wasteful(this.values)) {
        // The copy stays in shared memory, like the buffer it replaces.
        const copy = sharedFloat64Array(rowCount);
        copy.set(values);
        values = copy;
      }
      const invalid = this.invalid.result();
      return {
        kind: 'numeric',
        name: this.name,
        values,
        missing: notNumbers - this.invalid.count,
        ...(invalid === undefined ? {} : { invalid }),
      };
    }
    const codes = wasteful(this.codes)
      ? this.codes.slice(0, rowCount)
      : this.codes.subarray(0, rowCount);
    let missing = 0;
    for (let i = 0; i < rowCount; i++) if (codes[i] < 0) missing++;
    const column = {
      kind: 'categorical',
      name: this.name,
      codes,
      categories: this.categories,
      missing,
    } as const;
    if (
      this.reading !== 'categorical' &&
      isNumericByShare(this.numberLabels, rowCount - missing - this.numberLabels)
    ) {
      return numericFromLabels(column, sharedFloat64Array(rowCount)) ?? column;
    }
    return column;
  }
}

/**
 * Numeric columns live in shared memory: the drift check hands them to worker threads
 * (analyzeDriftInParallel) without copying 8 MB per million rows into each message.
 */
export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}
