/**
 * The SQL that computes a reference profile where the data lives, in each supported
 * dialect. Only plain aggregation and window functions, so distributed engines run it
 * in parallel; what comes back is small (counts, a sketch's few hundred rows, category
 * counts), except in exact mode, which fetches every distinct value of a numeric column.
 *
 * The queries, per side:
 * 1. {@link countsSql}: rows, and per column the non-missing count.
 * 2. per numeric column, exact mode: {@link distinctValuesSql}, every distinct value and
 *    its count, ascending; compact mode: {@link sketchSql}, the rows of the quantile
 *    sketch (quantile-sketch.ts: the minimum, the maximum, and each distinct value whose
 *    rank range holds a multiple of `step`, found with a running SUM window) and
 *    {@link momentsSql}, the mean and the population standard deviation (two passes).
 * 3. per categorical column: {@link categoryCountsSql}.
 *
 * Where the dialects differ (docs/engines.md has the table):
 * - missing: NULL, and for floating columns NaN (`isnan` in DuckDB and Databricks,
 *   `IS_NAN` in BigQuery, equality with 'NaN' in PostgreSQL and Snowflake, where
 *   NaN = NaN is true);
 * - floats: `DOUBLE` / `DOUBLE PRECISION` / `FLOAT64`;
 * - text: `VARCHAR` / `TEXT` / `STRING`; identifiers quoted with `"` or backticks
 *   (Snowflake folds unquoted names to upper case, and quoted names are case-sensitive:
 *   give names as they are stored);
 * - an empty string is a category value in a warehouse, while the CSV reader reads an
 *   empty cell as missing.
 * Category order: by count, then label (first appearance has no meaning in a
 * warehouse); the check's statistics do not depend on it beyond the order of chart bars.
 */

export const SQL_DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'databricks'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** What a side's data is: a table (name as the engine spells it) or a query. */
export type SqlSource =
  | { readonly kind: 'table'; readonly table: string }
  | { readonly kind: 'query'; readonly query: string }
  /** DuckDB only: a relation expression such as `read_parquet('data/*.parquet')`. */
  | { readonly kind: 'relation'; readonly relation: string };

interface DialectRules {
  readonly quote: (name: string) => string;
  readonly double: string;
  readonly text: string;
  readonly isNaN: (expr: string) => string;
}

const DOUBLE_QUOTED = (name: string) => `"${name.replaceAll('"', '""')}"`;
const BACKTICKED = (name: string) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;

const RULES: Record<SqlDialect, DialectRules> = {
  duckdb: {
    quote: DOUBLE_QUOTED,
    double: 'DOUBLE',
    text: 'VARCHAR',
    isNaN: (e) => `isnan(${e})`,
  },
  postgres: {
    quote: DOUBLE_QUOTED,
    double: 'DOUBLE PRECISION',
    text: 'TEXT',
    isNaN: (e) => `${e} = 'NaN'::DOUBLE PRECISION`,
  },
  bigquery: {
    quote: BACKTICKED,
    double: 'FLOAT64',
    text: 'STRING',
    isNaN: (e) => `IS_NAN(${e})`,
  },
  snowflake: {
    quote: DOUBLE_QUOTED,
    double: 'DOUBLE',
    text: 'VARCHAR',
    isNaN: (e) => `${e} = 'NaN'::DOUBLE`,
  },
  databricks: {
    quote: BACKTICKED,
    double: 'DOUBLE',
    text: 'STRING',
    isNaN: (e) => `isnan(${e})`,
  },
};

/** A table name: dotted parts of letters, digits, `_`, `-`, `$` (BigQuery projects have `-`). */
const TABLE_NAME = /^[A-Za-z_][\w$-]*(\.[A-Za-z_][\w$-]*)*$/;

/** The FROM clause item for a source. */
export function fromClause(dialect: SqlDialect, source: SqlSource): string {
  if (source.kind === 'relation') {
    if (dialect !== 'duckdb') {
      throw new Error(`fromClause: a file relation is DuckDB only; got dialect ${dialect}.`);
    }
    return `${source.relation} AS src`;
  }
  if (source.kind === 'query') return `(${source.query.trim().replace(/;\s*$/, '')}) AS src`;
  if (!TABLE_NAME.test(source.table)) {
    throw new Error(
      `table '${source.table}' is not a plain table name; expected dotted names of letters, digits, '_', '-' or '$' (use a query for anything else).`,
    );
  }
  return source.table
    .split('.')
    .map((part) => RULES[dialect].quote(part))
    .join('.')
    .concat(' AS src');
}

/** A numeric column as a double; NULL for missing (NULL or NaN). */
function numericValue(rules: DialectRules, column: string): string {
  const cast = `CAST(${rules.quote(column)} AS ${rules.double})`;
  return `CASE WHEN ${rules.isNaN(cast)} THEN NULL ELSE ${cast} END`;
}

export interface ColumnKind {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
}

/**
 * One row: `row_count`, then `c0`, `c1`, ... the non-missing count of each column in
 * order (aliases by position, since column names may be anything).
 */
export function countsSql(
  dialect: SqlDialect,
  source: SqlSource,
  columns: readonly ColumnKind[],
): string {
  const rules = RULES[dialect];
  const counts = columns.map(
    (column, i) =>
      `COUNT(${column.kind === 'numeric' ? numericValue(rules, column.name) : rules.quote(column.name)}) AS c${i}`,
  );
  return `SELECT COUNT(*) AS row_count${counts.map((c) => `, ${c}`).join('')} FROM ${fromClause(dialect, source)}`;
}

/** Rows `(v, c)`: every distinct non-missing value of a numeric column and its count, ascending. */
export function distinctValuesSql(
  dialect: SqlDialect,
  source: SqlSource,
  column: string,
  options: { readonly countAsDouble?: boolean } = {},
): string {
  const rules = RULES[dialect];
  // As a double the count streams with the values (SqlEngine.streamDoubles); exact up
  // to 2^53 rows.
  const count = options.countAsDouble ? `CAST(COUNT(*) AS ${rules.double})` : 'COUNT(*)';
  return [
    `WITH base AS (SELECT ${numericValue(rules, column)} AS v FROM ${fromClause(dialect, source)})`,
    `SELECT v, ${count} AS c FROM base WHERE v IS NOT NULL GROUP BY v ORDER BY v`,
  ].join('\n');
}

/**
 * Rows `(v, lt, le, nd)` of the quantile sketch: `lt` values below `v`, `le` at or below;
 * `nd` is the column's number of distinct values.
 * `step` is `floor(2 ε n) + 1` for the column's non-missing count n (quantile-sketch.ts
 * selects the same rows in memory); with at most `exactDistinctLimit` distinct values,
 * every one is returned and the column is kept exactly.
 */
export function sketchSql(
  dialect: SqlDialect,
  source: SqlSource,
  column: string,
  step: number,
  exactDistinctLimit: number,
): string {
  if (!(Number.isInteger(step) && step >= 1)) {
    throw new Error(`sketchSql: step ${step} is not a positive integer.`);
  }
  const rules = RULES[dialect];
  const d = rules.double;
  return [
    `WITH base AS (SELECT ${numericValue(rules, column)} AS v FROM ${fromClause(dialect, source)}),`,
    'distinct_values AS (SELECT v, COUNT(*) AS c FROM base WHERE v IS NOT NULL GROUP BY v),',
    'ranked AS (SELECT v, c,',
    '  SUM(c) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS le,',
    '  SUM(c) OVER () AS n, COUNT(*) OVER () AS nd FROM distinct_values)',
    'SELECT v, le - c AS lt, le, nd FROM ranked',
    `WHERE nd <= ${exactDistinctLimit} OR le = c OR le = n OR FLOOR(CAST(le - c AS ${d}) / ${step}) < FLOOR(CAST(le AS ${d}) / ${step})`,
    'ORDER BY v',
  ].join('\n');
}

/**
 * One row `(mean, std, integer_valued)`: mean and population standard deviation of a
 * numeric column (two passes), and 1 when every value is a finite whole number.
 */
export function momentsSql(dialect: SqlDialect, source: SqlSource, column: string): string {
  const rules = RULES[dialect];
  return [
    `WITH base AS (SELECT ${numericValue(rules, column)} AS v FROM ${fromClause(dialect, source)}),`,
    'm AS (SELECT AVG(v) AS mean FROM base)',
    'SELECT m.mean AS mean, SQRT(AVG((v - m.mean) * (v - m.mean))) AS std,',
    '  MIN(CASE WHEN v = FLOOR(v) AND v < 1e308 AND v > -1e308 THEN 1 ELSE 0 END) AS integer_valued',
    'FROM base CROSS JOIN m WHERE v IS NOT NULL GROUP BY m.mean',
  ].join('\n');
}

/** Rows `(v, c)`: each category (as text) and its count, most frequent first, then by label. */
export function categoryCountsSql(dialect: SqlDialect, source: SqlSource, column: string): string {
  const rules = RULES[dialect];
  return [
    `WITH base AS (SELECT CAST(${rules.quote(column)} AS ${rules.text}) AS v FROM ${fromClause(dialect, source)})`,
    'SELECT v, COUNT(*) AS c FROM base WHERE v IS NOT NULL GROUP BY v ORDER BY c DESC, v',
  ].join('\n');
}

/**
 * Columns `c0`, `c1`, ... : each numeric column as a double, missing (NULL or NaN) as
 * NaN and never NULL, so a streaming client reads the values without a validity mask.
 * For `SqlEngine.streamDoubles` (sql-engine.ts): a scan, no operator that holds rows.
 */
export function numericColumnsSql(
  dialect: SqlDialect,
  source: SqlSource,
  columns: readonly string[],
): string {
  const rules = RULES[dialect];
  const nan = `CAST('NaN' AS ${rules.double})`;
  const select = columns.map(
    (column, i) => `COALESCE(CAST(${rules.quote(column)} AS ${rules.double}), ${nan}) AS c${i}`,
  );
  return `SELECT ${select.join(', ')} FROM ${fromClause(dialect, source)}`;
}
