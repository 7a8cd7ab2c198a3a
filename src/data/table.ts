/**
 * Column-wise tables: the one in-memory shape every loader produces and every
 * analysis consumes. Values live in typed arrays, never as row objects or strings,
 * so a million-row reference costs 8 bytes per numeric cell.
 */

/** A column whose non-missing cells all parse as numbers. */
export interface NumericColumn {
  readonly kind: 'numeric';
  /** Header name, as written in the file (BOM and surrounding quotes removed). */
  readonly name: string;
  /** One value per row; a missing cell is `NaN`. */
  readonly values: Float64Array;
  /** How many cells of this column were missing (`""`, `NA`, `NaN`, `null`, `None`). */
  readonly missing: number;
  /**
   * Cells that were neither a number nor a missing-value marker, when the reader kept
   * the column numeric because there were only a few: how many, and some as typed.
   */
  readonly invalid?: { count: number; examples: readonly string[] };
}

/** A column with at least one non-missing cell that is not a number. */
export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  /** One code per row, indexing `categories`; a missing cell is `-1`. */
  readonly codes: Int32Array;
  /** Distinct category labels, in order of first appearance. */
  readonly categories: readonly string[];
  readonly missing: number;
}

export type Column = NumericColumn | CategoricalColumn;

/** A loaded data set. */
export interface Table {
  /** Where the table came from (a file path, or a label such as `reference`), used in messages. */
  readonly source: string;
  readonly rowCount: number;
  /** Columns in header order. */
  readonly columns: readonly Column[];
}

/** Finds a column by name, or `undefined`. */
export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((column) => column.name === name);
}
