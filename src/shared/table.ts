/**
 * Column-wise tables: the one in-memory shape every loader produces and every
 * analysis consumes. Values live in typed arrays, never as row objects or strings,
 * so a million-row reference costs 8 bytes per numeric cell.
 */

/**
 * A column whose non-missing cells are numbers, or nearly all are (see
 * csv-column-type.ts for the rule; the others are {@link NumericColumn.invalid}).
 */
export interface NumericColumn {
  readonly kind: 'numeric';
  /** Header name, as written in the file (BOM and surrounding quotes removed). */
  readonly name: string;
  /** One value per row; a missing or invalid cell is `NaN`. */
  readonly values: Float64Array;
  /**
   * How many cells of this column were missing (empty, or a marker such as `NA`, `nan`,
   * `NULL`: missing-cell.ts), not counting invalid cells.
   */
  readonly missing: number;
  /**
   * Cells that are neither numbers nor missing in a column that is numbers otherwise
   * (`?`, `n.a.`, `54,20`): `NaN` in `values`, left out of every statistic, and counted
   * here for a data-quality finding. Absent when there are none.
   */
  readonly invalid?: InvalidCells;
}

/** Non-number cells of a numeric column. */
export interface InvalidCells {
  readonly count: number;
  /** Up to 5 distinct cell texts in order of appearance, each cut to 40 characters. */
  readonly examples: readonly string[];
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

/**
 * A numeric column left in its Parquet file: the schema says its name and kind, and
 * its values are read later, one column at a time, where it is examined (the column
 * scan, engines/parquet-column-scan.ts), so a check never holds every raw column at
 * once. It has no `values` (nor `missing`): nothing may read them here.
 */
export interface UnreadNumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  /** Where the values are: the Parquet input (file, directory or glob) and its name in messages. */
  readonly unread: { readonly path: string; readonly source: string };
}

/** A column of a {@link CheckTable}: loaded, or left in its file. */
export type CheckColumn = Column | UnreadNumericColumn;

/**
 * One side of a drift check: a {@link Table} whose numeric columns may be left unread
 * (see {@link UnreadNumericColumn}). Every `Table` is one.
 */
export interface CheckTable {
  readonly source: string;
  readonly rowCount: number;
  readonly columns: readonly CheckColumn[];
}

/** Whether the column's values are in memory. */
export function isLoaded(column: CheckColumn): column is Column {
  return !('unread' in column);
}

/**
 * The column with its values; an Error for a column left unread, which the column scan
 * must have examined already (a bug, not bad input).
 */
export function loadedColumn(column: CheckColumn, table: Pick<CheckTable, 'source'>): Column {
  if (isLoaded(column)) return column;
  throw new Error(
    `Column '${column.name}' of ${table.source} was left unread for the column scan, but its values are needed here; expected it examined by the scan or loaded whole.`,
  );
}

/** Finds a column by name, or `undefined`. */
export function findColumn<C extends CheckColumn = Column>(
  table: { readonly columns: readonly C[] },
  name: string,
): C | undefined {
  return table.columns.find((column) => column.name === name);
}
