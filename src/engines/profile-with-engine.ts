/**
 * Computes a reference profile inside a database: the engine aggregates, only the
 * profile comes back. Produces the same SavedProfile as profiling a loaded table, so a
 * check cannot tell where it came from (exact mode gives the same report as the files).
 */
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import { DEFAULT_RANK_ERROR, quantileSketchFromRanks } from '../profile/quantile-sketch.ts';
import type {
  ColumnSummary,
  NumericColumnSummary,
  ProfileMode,
  SavedProfile,
} from '../profile/saved-profile.ts';
import { exactDistinctLimit } from '../profile/saved-profile.ts';
import {
  categoryCountsSql,
  countsSql,
  distinctValuesSql,
  momentsSql,
  sketchSql,
} from './sql-dialects.ts';
import type { SqlSource } from './sql-dialects.ts';
import type { SqlEngine } from './sql-engine.ts';
import { toNumber } from './sql-engine.ts';

export interface EngineProfileOptions {
  /** How the source is named in the profile and in messages (a path, table or "query"). */
  readonly label: string;
  readonly mode?: ProfileMode;
  readonly maxRankError?: number;
  readonly toolVersion: string;
  /** Columns to leave out (never fetched). */
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
  const summaries: ColumnSummary[] = [];
  for (const [i, column] of columns.entries()) {
    const count = toNumber(countsRow[i + 1]);
    const missing = rowCount - count;
    if (column.kind === 'categorical') {
      const rows = await engine.query(categoryCountsSql(engine.dialect, source, column.name));
      summaries.push({
        kind: 'categorical',
        name: column.name,
        missing,
        categories: rows.map((row) => String(row[0])),
        counts: rows.map((row) => toNumber(row[1])),
      });
    } else if (mode === 'exact') {
      const rows = await engine.query(distinctValuesSql(engine.dialect, source, column.name));
      summaries.push(
        exactNumericSummary(
          column.name,
          missing,
          Float64Array.from(rows, (row) => toNumber(row[0])),
          Float64Array.from(rows, (row) => toNumber(row[1])),
        ),
      );
    } else {
      const step = Math.floor(2 * maxRankError * count) + 1;
      const limit = exactDistinctLimit(maxRankError);
      const rows =
        count > 0
          ? await engine.query(sketchSql(engine.dialect, source, column.name, step, limit))
          : [];
      const values = Float64Array.from(rows, (row) => toNumber(row[0]));
      const lessThan = Float64Array.from(rows, (row) => toNumber(row[1]));
      const atMost = Float64Array.from(rows, (row) => toNumber(row[2]));
      const sketch = quantileSketchFromRanks(values, lessThan, atMost, count);
      if (sketch.rankErrorBound === 0) {
        // Every distinct value came back: keep them, as profileTable does.
        const counts = atMost.map((le, j) => le - lessThan[j]);
        summaries.push(exactNumericSummary(column.name, missing, values, counts));
        continue;
      }
      const [moments] =
        count > 0
          ? await engine.query(momentsSql(engine.dialect, source, column.name))
          : [[null, null]];
      summaries.push({
        kind: 'numeric',
        name: column.name,
        missing,
        count,
        mean: toNumber(moments[0]),
        standardDeviation: toNumber(moments[1]),
        sketch,
      });
    }
  }
  return {
    mode,
    ...(mode === 'compact' ? { maxRankError } : {}),
    toolVersion: options.toolVersion,
    source: { name: options.label, contentHash: null, rowCount },
    columns: summaries,
  };
}

/**
 * A numeric column kept exactly. The moments come from the same two-pass compensated
 * sums as a check over the data, on the same ascending values, so they are bit-identical.
 */
function exactNumericSummary(
  name: string,
  missing: number,
  values: Float64Array,
  counts: Float64Array,
): NumericColumnSummary {
  let count = 0;
  for (const c of counts) count += c;
  const sorted = new Float64Array(count);
  let at = 0;
  for (let j = 0; j < values.length; j++) {
    sorted.fill(values[j], at, at + counts[j]);
    at += counts[j];
  }
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  return {
    kind: 'numeric',
    name,
    missing,
    count,
    mean,
    standardDeviation,
    distinct: { values, counts },
  };
}
