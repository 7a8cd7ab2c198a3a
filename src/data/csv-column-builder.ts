import {
  InvalidCellCollector,
  isNumericByShare,
  numericFromFormattedLabels,
  numericFromLabels,
} from './csv-column-type.ts';
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
  private interner = new LabelInterner();
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

  /** A label given as text (a quoted cell with escaped quotes, or a kept label). */
  setLabel(row: number, label: string): void {
    const bytes = Buffer.from(label, 'utf8');
    this.setLabelBytes(row, bytes, 0, bytes.length);
  }

  /**
   * A label given as the UTF-8 bytes `start`..`end` of `bytes`: looked up by its bytes,
   * so a label seen before makes no string, and a new one makes exactly one.
   */
  setLabelBytes(row: number, bytes: Buffer, start: number, end: number): void {
    let code = this.interner.find(bytes, start, end);
    if (code < 0) {
      code = this.interner.add(bytes, start, end);
      this.categories.push(bytes.toString('utf8', start, end));
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
    // The labels are in `categories` now: the lookup table is garbage from here on.
    this.interner = new LabelInterner();
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
    if (this.reading === 'categorical') return column;
    if (isNumericByShare(this.numberLabels, rowCount - missing - this.numberLabels)) {
      return numericFromLabels(column, sharedFloat64Array(rowCount)) ?? column;
    }
    return numericFromFormattedLabels(column, () => sharedFloat64Array(rowCount)) ?? column;
  }
}

/**
 * The codes of a column's labels, keyed by their UTF-8 bytes: an open-addressing hash
 * table of codes over one growing byte arena holding each label once. Compared with a
 * Map keyed by strings it makes no string for a label seen before (most cells of a
 * categorical column) and holds a million distinct labels in a few flat arrays instead
 * of a million map entries.
 */
export class LabelInterner {
  /** Slot -> code + 1 (0: empty); a power of two in length, at most half full. */
  private slots: Int32Array = new Int32Array(64);
  /** Per code: hash, start in the arena, length in bytes. */
  private hashes: Int32Array = new Int32Array(32);
  private starts: Int32Array = new Int32Array(32);
  private lengths: Int32Array = new Int32Array(32);
  private arena: Uint8Array = new Uint8Array(1024);
  private arenaUsed = 0;
  size = 0;

  /** The code of the label with these bytes, or -1. */
  find(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    this.lastHash = hash;
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const code = entry - 1;
      if (this.hashes[code] !== hash || this.lengths[code] !== length) continue;
      const at = this.starts[code];
      let same = true;
      for (let k = 0; k < length; k++) {
        if (this.arena[at + k] !== bytes[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return code;
    }
  }

  /** Adds a label that {@link find} just did not find (its hash is reused); its code. */
  add(bytes: Uint8Array, start: number, end: number): number {
    const code = this.size++;
    const length = end - start;
    if (code === this.hashes.length) {
      this.hashes = grown(this.hashes, code * 2);
      this.starts = grown(this.starts, code * 2);
      this.lengths = grown(this.lengths, code * 2);
    }
    if (this.arenaUsed + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      arena.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = arena;
    }
    // A loop, not set(subarray): a Buffer view per new label is garbage a million times.
    const arena = this.arena;
    for (let k = 0, at = this.arenaUsed; k < length; k++) arena[at + k] = bytes[start + k];
    this.hashes[code] = this.lastHash;
    this.starts[code] = this.arenaUsed;
    this.lengths[code] = length;
    this.arenaUsed += length;
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(code);
    return code;
  }

  private lastHash = 0;

  private place(code: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[code] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = code + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let code = 0; code < this.size; code++) this.place(code);
  }
}

function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}

/** 32-bit FNV-1a of the bytes, mixed at the end so the low bits are usable as a slot. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/**
 * Numeric columns live in shared memory: the drift check hands them to worker threads
 * (analyzeDriftInParallel) without copying 8 MB per million rows into each message.
 */
export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}
