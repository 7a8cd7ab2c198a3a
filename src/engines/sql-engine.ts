/**
 * What the profiling code needs from a database: run a query, describe a source's
 * columns, close. DuckDB (duckdb.ts) and PostgreSQL (postgres.ts) implement it; a
 * client for another warehouse would too, with the same generated SQL in its dialect.
 */
import type { ColumnKind, SqlDialect, SqlSource } from './sql-dialects.ts';

export interface SqlEngine {
  readonly dialect: SqlDialect;
  /** Runs `sql` and returns its rows as arrays in select-list order. */
  query(sql: string): Promise<unknown[][]>;
  /** The source's columns, in order, as numeric or categorical. */
  describe(source: SqlSource): Promise<ColumnKind[]>;
  close(): Promise<void>;
  /**
   * Streams a query whose columns are all doubles, chunk by chunk, each column of a chunk
   * as its own array (the query maps missing to NaN: sql-dialects.ts numericColumnsSql),
   * valid only during the `onChunk` call (it may be a view of the engine's memory).
   * Engines with it (DuckDB) get compact profiles built client-side in bounded memory
   * (chunked-numeric-summary.ts); warehouses without it run the sketch SQL instead,
   * with their own memory.
   */
  streamDoubles?(
    sql: string,
    onChunk: (columns: readonly Float64Array[]) => void,
    options?: StreamOptions,
  ): Promise<void>;
  /** Bytes the client-side chunk buffers of a streamed profile may hold in all. */
  readonly clientBufferBytes?: number;
}

export interface StreamOptions {
  /**
   * Whether the caller keeps only bounded buffers (a compact profile): then the engine
   * frees fetched chunks' native memory often, by full collections that cost time in
   * proportion to the heap. A caller that keeps everything it fetched (an exact
   * profile's distinct values) gains nothing from them: 26 s of the benchmark's 48 s
   * exact profile went to those collections.
   */
  readonly bounded?: boolean;
}

/** A count or a value from a driver: BIGINT comes back as bigint (DuckDB) or text (pg). */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}
