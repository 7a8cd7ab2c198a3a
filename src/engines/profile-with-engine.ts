/**
 * Computes a reference profile inside a database: the engine aggregates, only the
 * profile comes back. It is the same SavedProfile as profiling a loaded table, so a
 * check cannot tell where it came from: in exact mode the report equals the one
 * against the files. Two things an engine does not see: row order (a column's `order`
 * is `none`) and, for categories, first appearance (they come most frequent first).
 */
import { labelsAsNumbers } from '../data/csv-column-type.ts';
import { detectNumberFormat, parseFormattedNumber } from '../data/formatted-numbers.ts';
import { isMissingCellText } from '../data/missing-cell.ts';
import type {
  CategoricalProfile,
  ColumnProfile,
  NumericProfile,
} from '../profile/column-profile.ts';
import {
  DEFAULT_RANK_ERROR,
  quantileSketchFromRanks,
  sortedFromRuns,
} from '../profile/quantile-sketch.ts';
import type { ProfileMode, SavedProfile } from '../profile/saved-profile.ts';
import { compactNumericProfile, exactDistinctLimit } from '../profile/saved-profile.ts';
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import { ChunkedNumericSummary } from './chunked-numeric-summary.ts';
import {
  categoryCountsSql,
  countsSql,
  distinctValuesSql,
  momentsSql,
  numericColumnsSql,
  sketchSql,
} from './sql-dialects.ts';
import type { ColumnKind, SqlSource } from './sql-dialects.ts';
import type { SqlEngine } from './sql-engine.ts';
import { toNumber } from './sql-engine.ts';

export interface EngineProfileOptions {
  /** How the source is named in the profile and in messages (a path, table or "query"). */
  readonly label: string;
  readonly mode?: ProfileMode;
  /** Compact mode's requested rank error ε, in (0, 0.5]; default 0.001. */
  readonly maxRankError?: number;
  readonly toolVersion: string;
  /** Columns to leave out (never read). */
  readonly excludeColumns?: readonly string[];
}

export async function profileWithEngine(
  engine: SqlEngine,
  source: SqlSource,
  options: EngineProfileOptions,
): Promise<SavedProfile> {
  const mode = options.mode ?? 'exact';
  const maxRankError = options.maxRankError ?? DEFAULT_RANK_ERROR;
  const excluded = new Set(options.excludeColumns ?? []);
  const columns = (await engine.describe(source)).filter((c) => !excluded.has(c.name));
  const [countsRow] = await engine.query(countsSql(engine.dialect, source, columns));
  const rowCount = toNumber(countsRow[0]);
  const streamed =
    mode === 'compact' && engine.streamDoubles
      ? await streamNumericColumns(engine, source, columns, rowCount, countsRow, maxRankError)
      : new Map<string, NumericProfile>();
  const profiles: ColumnProfile[] = [];
  for (const [i, column] of columns.entries()) {
    const streamedProfile = streamed.get(column.name);
    if (streamedProfile) {
      profiles.push(streamedProfile);
      continue;
    }
    const count = toNumber(countsRow[i + 1]);
    const base = { name: column.name, rowCount, missing: rowCount - count };
    if (column.kind === 'categorical') {
      const rows = await engine.query(categoryCountsSql(engine.dialect, source, column.name));
      const categorical: CategoricalProfile = {
        kind: 'categorical',
        ...base,
        count,
        categories: rows.map((row) => String(row[0])),
        counts: Float64Array.from(rows, (row) => toNumber(row[1])),
      };
      const numbers = formattedNumbersProfile(categorical);
      profiles.push(
        numbers === undefined
          ? categorical
          : mode === 'compact'
            ? compactNumericProfile(numbers, maxRankError)
            : numbers,
      );
      continue;
    }
    if (mode === 'exact' || count === 0) {
      const { values, counts } = await distinctValues(engine, source, column.name);
      profiles.push(exactNumericProfile(base, values, counts));
      continue;
    }
    const step = Math.floor(2 * maxRankError * count) + 1;
    const limit = exactDistinctLimit(maxRankError);
    const rows = await engine.query(sketchSql(engine.dialect, source, column.name, step, limit));
    const values = Float64Array.from(rows, (row) => toNumber(row[0]));
    const lessThan = Float64Array.from(rows, (row) => toNumber(row[1]));
    const atMost = Float64Array.from(rows, (row) => toNumber(row[2]));
    const distinct = toNumber(rows[0][3]);
    if (distinct <= limit) {
      // Every distinct value came back: keep them exactly, as profileTable does.
      const counts = atMost.map((le, j) => le - lessThan[j]);
      profiles.push(exactNumericProfile(base, values, counts));
      continue;
    }
    const [moments] = await engine.query(momentsSql(engine.dialect, source, column.name));
    profiles.push({
      kind: 'numeric',
      ...base,
      count,
      sorted: new Float64Array(0),
      sketch: quantileSketchFromRanks(values, lessThan, atMost, count),
      mean: toNumber(moments[0]),
      standardDeviation: toNumber(moments[1]),
      distinct,
      integerValued: toNumber(moments[2]) === 1,
      order: 'none',
    });
  }
  return {
    mode,
    ...(mode === 'compact' ? { maxRankError } : {}),
    toolVersion: options.toolVersion,
    source: { name: options.label, contentHash: null, rowCount },
    columns: profiles,
  };
}

/** Smallest chunk worth a sort and a merge (about 1/ε values at the default ε, twice). */
const MIN_CHUNK_VALUES = 2048;

/**
 * Compact profiles of every numeric column from one streamed scan, built client-side in
 * memory bounded by the engine's `clientBufferBytes` (chunked-numeric-summary.ts), so the
 * engine runs no operator that holds the column (the sketch SQL's GROUP BY over every
 * distinct value and its window do, and went 2-3x over DuckDB's memory_limit).
 *
 * The distinct count of a column streamed in several chunks is an upper bound (the sum
 * of the chunks'), as for merged profiles: an exact one needs every value at once, and
 * DuckDB's `COUNT(DISTINCT)` went past the limit too (88 MiB above the starting RSS
 * under a 32 MiB memory_limit, and out of memory under 16 MiB), while its
 * `approx_count_distinct` was 18% off on 4 million distinct doubles. It only feeds the
 * identifier and time-column guesses (detect/column-roles.ts).
 */
async function streamNumericColumns(
  engine: SqlEngine,
  source: SqlSource,
  columns: readonly ColumnKind[],
  rowCount: number,
  countsRow: readonly unknown[],
  maxRankError: number,
): Promise<Map<string, NumericProfile>> {
  const numeric = columns.flatMap((column, i) =>
    column.kind === 'numeric' ? [{ name: column.name, count: toNumber(countsRow[i + 1]) }] : [],
  );
  const profiles = new Map<string, NumericProfile>();
  if (numeric.length === 0 || !engine.streamDoubles) return profiles;
  const budget = engine.clientBufferBytes ?? Infinity;
  const chunkValues = Math.max(
    MIN_CHUNK_VALUES,
    Math.min(Math.floor(budget / 8 / numeric.length), Math.max(...numeric.map((c) => c.count), 1)),
  );
  const limit = exactDistinctLimit(maxRankError);
  const summaries = numeric.map(() => new ChunkedNumericSummary(maxRankError, chunkValues, limit));
  const sql = numericColumnsSql(
    engine.dialect,
    source,
    numeric.map((c) => c.name),
  );
  await engine.streamDoubles(sql, (chunk) => {
    for (let j = 0; j < summaries.length; j++) summaries[j].add(chunk[j]);
  });
  for (const [j, { name, count }] of numeric.entries()) {
    const parts = summaries[j].finish();
    if (parts.count !== count) {
      throw new Error(
        `Column '${name}': the engine counted ${count} values but streamed ${parts.count}; the source changed while it was profiled?`,
      );
    }
    const base = { name, rowCount, missing: rowCount - count };
    if (parts.exact || !parts.sketch) {
      const exact = parts.exact ?? { values: new Float64Array(0), counts: new Float64Array(0) };
      profiles.set(name, exactNumericProfile(base, exact.values, exact.counts));
      continue;
    }
    profiles.set(name, {
      kind: 'numeric',
      ...base,
      count,
      sorted: new Float64Array(0),
      sketch: parts.sketch,
      mean: parts.mean,
      standardDeviation: parts.standardDeviation,
      distinct: parts.distinct,
      integerValued: parts.integerValued,
      order: 'none',
    });
  }
  return profiles;
}

/**
 * Every distinct value of a numeric column with its count, ascending. Streamed into
 * typed arrays where the engine can (DuckDB): a row array per distinct value took
 * 34 s and 1.4 GB for the benchmark's 21 columns of a million distinct doubles.
 */
async function distinctValues(
  engine: SqlEngine,
  source: SqlSource,
  column: string,
): Promise<{ values: Float64Array; counts: Float64Array }> {
  if (!engine.streamDoubles) {
    const rows = await engine.query(distinctValuesSql(engine.dialect, source, column));
    return {
      values: Float64Array.from(rows, (row) => toNumber(row[0])),
      counts: Float64Array.from(rows, (row) => toNumber(row[1])),
    };
  }
  let values = new Float64Array(1024);
  let counts = new Float64Array(1024);
  let length = 0;
  const sql = distinctValuesSql(engine.dialect, source, column, { countAsDouble: true });
  await engine.streamDoubles(
    sql,
    ([chunkValues, chunkCounts]) => {
      if (length + chunkValues.length > values.length) {
        const capacity = Math.max(2 * values.length, length + chunkValues.length);
        const grow = (from: Float64Array) => {
          const to = new Float64Array(capacity);
          to.set(from.subarray(0, length));
          return to;
        };
        values = grow(values);
        counts = grow(counts);
      }
      // Copied: the chunk's arrays may be views of the engine's memory.
      values.set(chunkValues, length);
      counts.set(chunkCounts, length);
      length += chunkValues.length;
    },
    { bounded: false },
  );
  return { values: values.slice(0, length), counts: counts.slice(0, length) };
}

/**
 * A numeric column kept exactly: its distinct values expanded by their counts into the
 * sorted values, and the moments from the same two-pass compensated sums as a check
 * over the data, on the same ascending values, so they are bit-identical.
 */
/**
 * A text column whose labels are numbers written for people (`$1,234.56`, `12.5%`) as
 * the numeric profile the CSV reader makes of it (data/formatted-numbers.ts), so a CSV
 * profiled by DuckDB, whose sniffer reads such a column as text, is checked as the file
 * is: pandas' missing markers are missing, other labels that are no number its invalid
 * cells (examples most frequent first).
 */
function formattedNumbersProfile(p: CategoricalProfile): NumericProfile | undefined {
  const format = detectNumberFormat(p.categories);
  if (format === undefined) return undefined;
  // pandas' missing markers (`n/a`, `NULL`...) are missing, as the CSV reader has them.
  const rowsOf = p.counts.map((rows, i) => (isMissingCellText(p.categories[i]) ? 0 : rows));
  const markers = p.count - rowsOf.reduce((sum, rows) => sum + rows, 0);
  const read = labelsAsNumbers(p.categories, rowsOf, (label) =>
    parseFormattedNumber(label, format),
  );
  if (read === null) return undefined;
  const parsed = read.numberOf;
  // Distinct values ascending (-0 before +0, as sorting keeps them), labels that write
  // the same number merged.
  const order = parsed
    .map((_, i) => i)
    .filter((i) => parsed[i] === parsed[i])
    .sort((a, b) => byValueNegativeZeroFirst(parsed[a], parsed[b]));
  const values: number[] = [];
  const counts: number[] = [];
  for (const i of order) {
    if (values.length > 0 && Object.is(values[values.length - 1], parsed[i])) {
      counts[counts.length - 1] += p.counts[i];
    } else {
      values.push(parsed[i]);
      counts.push(p.counts[i]);
    }
  }
  const profile = exactNumericProfile(
    { name: p.name, rowCount: p.rowCount, missing: p.missing + markers },
    Float64Array.from(values),
    Float64Array.from(counts),
  );
  return read.invalid === undefined ? profile : { ...profile, invalid: read.invalid };
}

function byValueNegativeZeroFirst(x: number, y: number): number {
  return x - y || (Object.is(x, y) ? 0 : Object.is(x, -0) ? -1 : 1);
}

function exactNumericProfile(
  base: { name: string; rowCount: number; missing: number },
  values: Float64Array,
  counts: Float64Array,
): NumericProfile {
  const sorted = sortedFromRuns(values, counts);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  return {
    kind: 'numeric',
    ...base,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct: values.length,
    integerValued: values.every((v) => Number.isInteger(v)),
    order: 'none',
  };
}
