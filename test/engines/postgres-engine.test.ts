import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';

import { loadCsv } from '../../src/data/load-csv.ts';
import type { Table } from '../../src/shared/table.ts';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { analyzeDriftAgainstProfile } from '../../src/detect/analyze-drift-against-profile.ts';
import { detectColumnRole } from '../../src/detect/column-roles.ts';
import { openPostgres } from '../../src/engines/postgres.ts';
import { profileWithEngine } from '../../src/engines/profile-with-engine.ts';
import type { SqlEngine } from '../../src/engines/sql-engine.ts';
import { profileTable } from '../../src/profile/saved-profile.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { startPostgres } from '../helpers/postgres.ts';
import type { PostgresServer } from '../helpers/postgres.ts';

const reference = await loadCsv('examples/data/reference.csv');
const recent = await loadCsv('examples/data/recent.csv');
let server: PostgresServer;
let engine: SqlEngine;

/** Creates `name` with the table's columns (numeric: double precision, else text) and rows. */
async function createTable(client: pg.Client, name: string, table: Table): Promise<void> {
  const columns = table.columns.map(
    (c) => `"${c.name}" ${c.kind === 'numeric' ? 'DOUBLE PRECISION' : 'TEXT'}`,
  );
  await client.query(`CREATE TABLE ${name} (${columns.join(', ')})`);
  const cell = (row: number) =>
    table.columns.map((c) => {
      if (c.kind === 'numeric') return Number.isNaN(c.values[row]) ? null : c.values[row];
      return c.codes[row] < 0 ? null : c.categories[c.codes[row]];
    });
  const width = table.columns.length;
  for (let start = 0; start < table.rowCount; start += 500) {
    const rows = Array.from({ length: Math.min(500, table.rowCount - start) }, (_, i) => start + i);
    const placeholders = rows.map(
      (_, r) => `(${table.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`,
    );
    await client.query(
      `INSERT INTO ${name} VALUES ${placeholders.join(', ')}`,
      rows.flatMap((row) => cell(row)),
    );
  }
}

before(async () => {
  server = await startPostgres();
  const client = new pg.Client({ connectionString: server.connectionString });
  await client.connect();
  await createTable(client, 'reference', reference);
  await client.end();
  engine = await openPostgres({
    urlVariable: 'TEST_PG_URL',
    env: { TEST_PG_URL: server.connectionString },
  });
});

after(async () => {
  await engine?.close();
  await server?.stop();
});

test('the PostgreSQL engine profile of the example reference gives the same JSON report as the file', async () => {
  const profile = await profileWithEngine(
    engine,
    { kind: 'table', table: 'reference' },
    { label: 'reference', toolVersion: 'test' },
  );
  assert.equal(profile.source.rowCount, 2000);
  const fromFile = renderJson(analyzeDrift({ reference, recent }));
  const fromEngine = renderJson(analyzeDriftAgainstProfile({ reference: profile, recent }));
  assert.equal(fromEngine, fromFile);
});

test('the PostgreSQL compact profile holds the same sketches as the in-memory compact profile', async () => {
  const options = { mode: 'compact', maxRankError: 0.01, toolVersion: 'test' } as const;
  const fromEngine = await profileWithEngine(
    engine,
    { kind: 'query', query: 'SELECT * FROM reference;' },
    { label: 'query', ...options },
  );
  const inMemory = profileTable(reference, options);
  for (const [i, column] of inMemory.columns.entries()) {
    const other = fromEngine.columns[i];
    assert.equal(other.name, column.name);
    if (column.kind === 'numeric' && other.kind === 'numeric') {
      assert.deepEqual(other.sketch, column.sketch, `${column.name} sketch`);
      assert.deepEqual(other.sorted, column.sorted, `${column.name} sorted values`);
      assert.equal(other.distinct, column.distinct, `${column.name} distinct count`);
      assert.ok(Math.abs(other.mean - column.mean) <= 1e-12 * Math.abs(column.mean));
    } else {
      assert.deepEqual(
        new Set(other.kind === 'categorical' ? other.categories : []),
        new Set(column.kind === 'categorical' ? column.categories : []),
      );
    }
  }
});

test('a timestamptz column as PostgreSQL writes it (2024-03-01 00:00:00+00) is a time column, not a feature', async () => {
  // 20 batches of 50 rows: repeated times that, read as categories, would make every
  // recent batch a new category and the column a HIGH alarm.
  const profile = await profileWithEngine(
    engine,
    {
      kind: 'query',
      query:
        "SELECT TIMESTAMPTZ '2024-03-01 00:00:00+00' + (i / 50) * INTERVAL '1 hour' AS batch_time, i * 0.5 AS x FROM generate_series(0, 999) AS s(i)",
    },
    { label: 'batches', toolVersion: 'test' },
  );
  const column = profile.columns.find((c) => c.name === 'batch_time');
  assert.ok(column?.kind === 'categorical' && column.categories.length === 20);
  assert.match(column.categories[0], /^2024-0[23]-\d\d \d\d:00:00[+-]\d\d$/);
  const role = detectColumnRole(column, column, { identifierColumns: [], detectRoles: true });
  assert.equal(role?.role, 'time');
  assert.equal(role?.reason, 'time: ISO-8601 date or datetime values');
});

test('a connection failure names the variable and the error, never the connection string', async () => {
  const secret = 'postgres://drift:hunter2@127.0.0.1:1/postgres';
  await assert.rejects(
    openPostgres({ urlVariable: 'MY_DB', env: { MY_DB: secret } }),
    (error: Error) =>
      /Cannot connect to PostgreSQL \(connection string from MY_DB\): .*ECONNREFUSED/.test(
        error.message,
      ) && !error.message.includes('hunter2'),
  );
});

test('a missing table is an input error naming the table', async () => {
  await assert.rejects(
    profileWithEngine(
      engine,
      { kind: 'table', table: 'no_such_table' },
      { label: 'x', toolVersion: 'test' },
    ),
    /PostgreSQL cannot read table no_such_table: relation "no_such_table" does not exist/,
  );
});
