import { InvalidCellCollector, isNumericByShare, numericFromLabels } from './csv-column-type.ts';
import { sharedFloat64Array } from './csv-column-builder.ts';
import type { Column, Table } from './table.ts';

/** The merged table, or the columns to parse again as categorical first. */
export type MergeResult = { table: Table } | { columnsToReparse: string[] };

/**
 * Joins tables parsed from consecutive parts of one file into one table. Numeric parts
 * are concatenated; categorical parts get one category list, in order of first
 * appearance across the parts, and their codes renumbered. A column that is numeric
 * with numbers in one part and categorical in another has lost the text of those
 * numbers, so it is returned for a new parse with the column read as labels. The share
 * rule of csv-column-type.ts applies to the whole column here, not to each part: numeric
 * parts whose invalid cells together are too many are parsed again, and a merged
 * categorical column (other than those in `categorical`, forced so by the user) whose
 * labels are mostly numbers becomes numeric.
 */
export function mergeCsvParts(
  source: string,
  parts: readonly Table[],
  reparse: ReadonlySet<string>,
  categorical: ReadonlySet<string> = new Set(),
): MergeResult {
  const rowCount = parts.reduce((sum, part) => sum + part.rowCount, 0);
  const names = parts[0].columns.map((column) => column.name);
  const lost = names.filter((name, j) => {
    if (reparse.has(name)) return true;
    const columns = parts.map((part) => part.columns[j]);
    const anyCategorical = columns.some((column) => column.kind === 'categorical');
    if (!anyCategorical) {
      let invalid = 0;
      let numbers = 0;
      columns.forEach((column, k) => {
        const bad = column.kind === 'numeric' ? (column.invalid?.count ?? 0) : 0;
        invalid += bad;
        numbers += parts[k].rowCount - column.missing - bad;
      });
      return invalid > 0 && !isNumericByShare(numbers, invalid);
    }
    return columns.some(
      (column, k) =>
        column.kind === 'numeric' &&
        column.missing + (column.invalid?.count ?? 0) < parts[k].rowCount,
    );
  });
  if (lost.length > 0) return { columnsToReparse: lost };
  const columns = names.map((name, j) => {
    let column = mergeColumn(
      name,
      parts.map((part) => part.columns[j]),
      rowCount,
    );
    if (column.kind === 'categorical' && !categorical.has(name)) {
      column = numericFromLabels(column, sharedFloat64Array(rowCount)) ?? column;
    }
    // Let each part's buffer go as soon as it is copied, to keep the peak memory down.
    for (const part of parts) (part.columns as Column[])[j] = column;
    return column;
  });
  return { table: { source, rowCount, columns } };
}

function mergeColumn(name: string, columns: readonly Column[], rowCount: number): Column {
  const missing = columns.reduce((sum, column) => sum + column.missing, 0);
  if (columns.every((column) => column.kind === 'numeric')) {
    const values = extend(columns[0].values, rowCount);
    let offset = columns[0].values.length;
    for (const column of columns.slice(1)) {
      // Parts parsed into one shared buffer are already in place.
      const inPlace =
        column.values.buffer === values.buffer &&
        column.values.byteOffset === values.byteOffset + offset * 8;
      if (!inPlace) values.set(column.values, offset);
      offset += column.values.length;
    }
    const invalid = new InvalidCellCollector();
    for (const column of columns) {
      if (column.kind !== 'numeric' || column.invalid === undefined) continue;
      invalid.count += column.invalid.count;
      for (const example of column.invalid.examples) invalid.add(example, 0);
    }
    const result = invalid.result();
    return { kind: 'numeric', name, values, missing, ...(result ? { invalid: result } : {}) };
  }
  const first = columns[0];
  const codes =
    first.kind === 'categorical' ? extend(first.codes, rowCount) : new Int32Array(rowCount);
  const categories: string[] = [];
  const codeOf = new Map<string, number>();
  let offset = 0;
  for (const column of columns) {
    if (column === first && first.kind === 'categorical') {
      // The first part's codes already number its categories from 0 in order of appearance.
      first.categories.forEach((label, code) => codeOf.set(label, code));
      categories.push(...first.categories);
      offset += first.codes.length;
      continue;
    }
    if (column.kind === 'numeric') {
      // Only an all-missing numeric part reaches here (see mergeCsvParts).
      codes.fill(-1, offset, offset + column.values.length);
      offset += column.values.length;
      continue;
    }
    const renumber = column.categories.map((label) => {
      let code = codeOf.get(label);
      if (code === undefined) {
        code = categories.length;
        categories.push(label);
        codeOf.set(label, code);
      }
      return code;
    });
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i];
      codes[offset + i] = code < 0 ? -1 : renumber[code];
    }
    offset += column.codes.length;
  }
  return { kind: 'categorical', name, codes, categories, missing };
}

/**
 * `array` grown to `length`: a longer view of the same buffer when it has the room (parts
 * parsed into one shared buffer), else a copy.
 */
function extend<T extends Float64Array | Int32Array>(array: T, length: number): T {
  const room = (array.buffer.byteLength - array.byteOffset) / array.BYTES_PER_ELEMENT;
  if (room >= length) {
    const Constructor = array.constructor as new (
      buffer: ArrayBufferLike,
      offset: number,
      length: number,
    ) => T;
    return new Constructor(array.buffer, array.byteOffset, length);
  }
  const Constructor = array.constructor as new (length: number) => T;
  const grown = new Constructor(length);
  grown.set(array);
  return grown;
}
