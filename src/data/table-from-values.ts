/**
 * Tables from JavaScript values, for the library API: an array of records
 * (`[{ age: 31, city: 'Oslo' }, ...]`) or an object of columns
 * (`{ age: [31, 45], city: ['Oslo', 'Lima'] }`). Typed the same way as CSV columns:
 * numeric when every non-missing value is a number (±Infinity included) or a string
 * holding a finite number.
 */
import { InputError } from '../shared/input-error.ts';
import type { Column, Table } from '../shared/table.ts';

/** Anything the library accepts as a table. */
export type TableLike =
  | Table
  | readonly Readonly<Record<string, unknown>>[]
  | Readonly<Record<string, ArrayLike<unknown>>>;

const MISSING_TEXT = new Set(['', 'NA', 'NaN', 'null', 'None']);

/** Converts any TableLike into a Table; `source` names it in error messages. */
export function toTable(value: TableLike, source: string): Table {
  if (isTable(value)) return value;
  if (Array.isArray(value)) return tableFromRecords(value, source);
  return tableFromColumns(value as Readonly<Record<string, ArrayLike<unknown>>>, source);
}

function isTable(value: unknown): value is Table {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as Table).columns) &&
    typeof (value as Table).rowCount === 'number'
  );
}

/** A table from an array of records; keys missing from a record are missing cells. */
export function tableFromRecords(
  records: readonly Readonly<Record<string, unknown>>[],
  source: string,
): Table {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
  }
  const columns = names.map((name) =>
    columnFrom(name, records.length, (i) => records[i][name], source),
  );
  return { source, rowCount: records.length, columns };
}

/** A table from an object of equally long columns. */
export function tableFromColumns(
  columns: Readonly<Record<string, ArrayLike<unknown>>>,
  source: string,
): Table {
  const entries = Object.entries(columns);
  const rowCount = entries.length > 0 ? entries[0][1].length : 0;
  for (const [name, values] of entries) {
    if (values.length !== rowCount) {
      throw new InputError(
        `${source}: column '${name}' has ${values.length} values, expected ${rowCount} like column '${entries[0][0]}'.`,
      );
    }
  }
  return {
    source,
    rowCount,
    columns: entries.map(([name, values]) => columnFrom(name, rowCount, (i) => values[i], source)),
  };
}

function isMissing(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'number' && Number.isNaN(value)) ||
    (typeof value === 'string' && MISSING_TEXT.has(value.trim()))
  );
}

function asNumber(value: unknown): number | undefined {
  // ±Infinity is a number (ks_2samp accepts it, and an inf feature is itself a finding);
  // only text is held to the CSV rule of finite decimals.
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function columnFrom(
  name: string,
  rowCount: number,
  get: (i: number) => unknown,
  source: string,
): Column {
  let missing = 0;
  let numeric = true;
  for (let i = 0; i < rowCount; i++) {
    const v = get(i);
    if (isMissing(v)) missing++;
    else if (asNumber(v) === undefined) numeric = false;
  }
  if (numeric) {
    const values = new Float64Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const v = get(i);
      values[i] = isMissing(v) ? Number.NaN : (asNumber(v) as number);
    }
    return { kind: 'numeric', name, values, missing };
  }
  const codes = new Int32Array(rowCount);
  const categories: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < rowCount; i++) {
    const v = get(i);
    if (isMissing(v)) {
      codes[i] = -1;
      continue;
    }
    if (typeof v === 'object') {
      throw new InputError(
        `${source}: row ${i + 1}, column '${name}' holds ${JSON.stringify(v)}; expected a number, a string or a missing value.`,
      );
    }
    const label = String(v);
    let code = index.get(label);
    if (code === undefined) {
      code = categories.length;
      categories.push(label);
      index.set(label, code);
    }
    codes[i] = code;
  }
  return { kind: 'categorical', name, codes, categories, missing };
}
