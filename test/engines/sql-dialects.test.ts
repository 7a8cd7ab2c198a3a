import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openDuckDb } from '../../src/engines/duckdb.ts';
import {
  categoryCountsSql,
  countsSql,
  distinctValuesSql,
  fromClause,
  momentsSql,
  SQL_DIALECTS,
  sketchSql,
} from '../../src/engines/sql-dialects.ts';
import type { SqlDialect, SqlSource } from '../../src/engines/sql-dialects.ts';
import type { SqlEngine } from '../../src/engines/sql-engine.ts';

let duckdb: SqlEngine;
const source: SqlSource = { kind: 'table', table: 'readings' };
const columns = [
  { name: 'Sensor Value', kind: 'numeric' },
  { name: 'site', kind: 'categorical' },
] as const;

before(async () => {
  duckdb = await openDuckDb({ threads: 1 });
  await duckdb.query('CREATE TABLE readings ("Sensor Value" DOUBLE, site VARCHAR)');
  await duckdb.query(
    `INSERT INTO readings SELECT CASE WHEN i % 17 = 0 THEN NULL WHEN i % 23 = 0 THEN 'NaN'::DOUBLE ELSE round(sin(i) * 100, 1) END, CASE WHEN i % 11 = 0 THEN NULL ELSE 'site-' || (i % 7) END FROM range(5000) t(i)`,
  );
});

after(async () => {
  await duckdb?.close();
});

/**
 * The only tokens in which the dialects differ from DuckDB's SQL: identifier quotes,
 * the float type name and the NaN test. Everything else (CTEs, window frames, FLOOR,
 * CAST, GROUP BY, ORDER BY) runs as generated.
 */
function asDuckDb(dialect: SqlDialect, sql: string): string {
  if (dialect !== 'bigquery' && dialect !== 'databricks') return sql;
  return sql
    .replace(/`((?:[^`\\]|\\.)*)`/g, (_, name: string) => `"${name.replaceAll('"', '""')}"`)
    .replaceAll('FLOAT64', 'DOUBLE')
    .replaceAll('IS_NAN(', 'isnan(');
}

const queries = {
  counts: (d: SqlDialect) => countsSql(d, source, columns),
  distinct: (d: SqlDialect) => distinctValuesSql(d, source, 'Sensor Value'),
  sketch: (d: SqlDialect) => sketchSql(d, source, 'Sensor Value', 97, 100),
  moments: (d: SqlDialect) => momentsSql(d, source, 'Sensor Value'),
  categories: (d: SqlDialect) => categoryCountsSql(d, source, 'site'),
};

for (const dialect of SQL_DIALECTS.filter((d) => d !== 'duckdb')) {
  test(`the ${dialect} profiling queries give DuckDB's results when run on DuckDB`, async () => {
    for (const [name, sql] of Object.entries(queries)) {
      const expected = await duckdb.query(sql('duckdb'));
      const got = await duckdb.query(asDuckDb(dialect, sql(dialect)));
      assert.deepEqual(got, expected, `${dialect} ${name}`);
    }
  });
}

test('missing numeric cells are NULL and NaN in every dialect: counts exclude both', async () => {
  const [row] = await duckdb.query(queries.counts('duckdb'));
  // 5000 rows; 295 multiples of 17; multiples of 23 not of 17: 218 - 13 = 205.
  assert.deepEqual(row.map(Number), [5000, 5000 - 295 - 205, 5000 - 455]);
});

test('the sketch query keeps the minimum, the maximum and fewer than step values between kept ones', async () => {
  const rows = (await duckdb.query(sketchSql('duckdb', source, 'Sensor Value', 97, 100))).map((r) =>
    r.map(Number),
  );
  assert.ok(rows.length > 2 && rows.length < 200, `${rows.length} rows`);
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i][1] - rows[i - 1][2] < 97, `gap before row ${i}`);
  }
  assert.equal(rows[0][1], 0);
  assert.equal(rows[rows.length - 1][2], 4500);
});

test('identifiers are quoted per dialect and a table name that is not plain is refused', () => {
  assert.equal(
    fromClause('bigquery', { kind: 'table', table: 'my-project.sales.orders' }),
    '`my-project`.`sales`.`orders` AS src',
  );
  assert.equal(
    fromClause('snowflake', { kind: 'table', table: 'DB.PUBLIC.ORDERS' }),
    '"DB"."PUBLIC"."ORDERS" AS src',
  );
  assert.match(
    countsSql('databricks', source, columns),
    /COUNT\(CASE WHEN isnan\(CAST\(`Sensor Value` AS DOUBLE\)\)/,
  );
  assert.match(countsSql('postgres', source, columns), /= 'NaN'::DOUBLE PRECISION/);
  assert.throws(
    () => fromClause('postgres', { kind: 'table', table: 'orders; DROP TABLE x' }),
    /table 'orders; DROP TABLE x' is not a plain table name; expected dotted names/,
  );
  assert.equal(
    fromClause('postgres', { kind: 'query', query: 'SELECT 1;\n' }),
    '(SELECT 1) AS src',
  );
});
