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
}

/** A count or a value from a driver: BIGINT comes back as bigint (DuckDB) or text (pg). */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}
