import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { loadCsv } from '../../src/data/load-csv.ts';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { analyzeDriftAgainstProfile } from '../../src/detect/analyze-drift-against-profile.ts';
import { duckDbFileSource, openDuckDb, parseMemorySize } from '../../src/engines/duckdb.ts';
import { profileWithEngine } from '../../src/engines/profile-with-engine.ts';
import type { SqlEngine } from '../../src/engines/sql-engine.ts';
import { profileTable } from '../../src/profile/saved-profile.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { seededRandom } from '../helpers/random.ts';

const reference = await loadCsv('examples/data/reference.csv');
const recent = await loadCsv('examples/data/recent.csv');
const expected = renderJson(analyzeDrift({ reference, recent }));
const dir = mkdtempSync(join(tmpdir(), 'drift-sentinel-duckdb-'));
let engine: SqlEngine;

before(async () => {
  engine = await openDuckDb({ memoryLimit: '256MB', threads: 2 });
  const csv = "read_csv('examples/data/reference.csv', header = true, sample_size = -1)";
  await engine.query(
    `COPY (SELECT * FROM ${csv}) TO '${join(dir, 'reference.parquet')}' (FORMAT parquet, COMPRESSION zstd)`,
  );
  mkdirSync(join(dir, 'parts'));
  await engine.query(
    `CREATE TABLE numbered AS SELECT *, row_number() OVER () AS row_number FROM ${csv}`,
  );
  for (let part = 0; part < 8; part++) {
    await engine.query(
      `COPY (SELECT * EXCLUDE (row_number) FROM numbered WHERE row_number % 8 = ${part}) TO '${join(dir, 'parts', `part-${part}.parquet`)}' (FORMAT parquet, COMPRESSION snappy)`,
    );
  }
});

after(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function reportAgainst(path: string): Promise<string> {
  const profile = await profileWithEngine(engine, duckDbFileSource(path), {
    label: path,
    toolVersion: 'test',
  });
  return renderJson(analyzeDriftAgainstProfile({ reference: profile, recent }));
}

test('a DuckDB profile of the example reference CSV gives the same JSON report as the file', async () => {
  assert.equal(await reportAgainst('examples/data/reference.csv'), expected);
});

test('a DuckDB profile of the same data as one Parquet file, a directory of 8 parts and a glob gives the same report', async () => {
  assert.equal(await reportAgainst(join(dir, 'reference.parquet')), expected);
  assert.equal(await reportAgainst(join(dir, 'parts')), expected);
  assert.equal(await reportAgainst(join(dir, 'parts', 'part-*.parquet')), expected);
});

test('a CSV of numbers written for people ($1,234.56, 12.5%) profiled by DuckDB is checked as the file is', async () => {
  // DuckDB's sniffer reads these columns as text; the CSV reader reads them as numbers.
  const random = seededRandom(8);
  const write = (path: string, rows: number, scale: number) => {
    const lines = ['price,discount,n'];
    for (let i = 0; i < rows; i++) {
      const price = (50 + random() * 1000) * scale;
      const text = price.toLocaleString('en-US', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      lines.push(`"$${text}",${(random() * 30).toFixed(1)}%,${i % 7}`);
    }
    lines.push('"call us",n/a,3');
    writeFileSync(path, lines.join('\n') + '\n');
  };
  const referencePath = join(dir, 'prices-reference.csv');
  write(referencePath, 1500, 1);
  const recentPrices = join(dir, 'prices-recent.csv');
  write(recentPrices, 500, 2);
  const fromFile = await loadCsv(referencePath);
  const recentTable = await loadCsv(recentPrices);
  const profile = await profileWithEngine(engine, duckDbFileSource(referencePath), {
    label: referencePath,
    toolVersion: 'test',
  });
  const price = profile.columns.find((c) => c.name === 'price');
  assert.equal(price?.kind, 'numeric');
  assert.deepEqual(price?.kind === 'numeric' && price.invalid, { count: 1, examples: ['call us'] });
  const fromEngine = analyzeDriftAgainstProfile({ reference: profile, recent: recentTable });
  const fromData = analyzeDrift({ reference: fromFile, recent: recentTable });
  assert.equal(renderJson(fromEngine), renderJson(fromData));
  assert.equal(fromData.features.find((f) => f.name === 'price')?.drifted, true);
});

test('the DuckDB compact profile holds the same sketches as the in-memory compact profile', async () => {
  const options = { mode: 'compact', maxRankError: 0.005, toolVersion: 'test' } as const;
  const fromEngine = await profileWithEngine(engine, duckDbFileSource(join(dir, 'parts')), {
    label: 'parts',
    ...options,
  });
  const inMemory = profileTable(reference, options);
  assert.equal(fromEngine.source.rowCount, inMemory.source.rowCount);
  for (const [i, column] of inMemory.columns.entries()) {
    const other = fromEngine.columns[i];
    assert.equal(other.name, column.name);
    if (column.kind === 'numeric' && other.kind === 'numeric') {
      assert.deepEqual(other.sketch, column.sketch, `${column.name} sketch`);
      assert.deepEqual(other.sorted, column.sorted, `${column.name} sorted values`);
      assert.equal(other.distinct, column.distinct, `${column.name} distinct count`);
    }
  }
});

test('a compact DuckDB profile streamed in many chunks checks within the sketch bound of the exact check', async () => {
  // 40,000 rows, four numeric columns with ties and missing values, one categorical; the
  // recent window shifts two of them. Chunk buffers of 2 x 2048 values per column force
  // about 20 chunks per column.
  const columns = [
    'round(random() * 10, 2) AS a',
    'CASE WHEN random() < 0.02 THEN NULL ELSE round(sqrt(-2 * ln(random())) * cos(2 * pi() * random()), 3) END AS b',
    'CAST(floor(random() * 500) AS INTEGER) AS c',
    "CASE WHEN random() < 0.01 THEN 'NaN'::DOUBLE ELSE random() * random() END AS d",
    "(['x', 'y', 'z'])[1 + CAST(floor(random() * 3) AS INTEGER)] AS kind",
  ];
  const shifted = columns.map((c) =>
    c.replace('round(random() * 10, 2)', 'round(random() * 10.4, 2)'),
  );
  await engine.query('SELECT setseed(0.25)');
  await engine.query(`CREATE TABLE streamed AS SELECT ${columns.join(', ')} FROM range(40000)`);
  await engine.query(
    `CREATE TABLE streamed_recent AS SELECT ${shifted.join(', ')} FROM range(3000)`,
  );
  const referenceCsv = join(dir, 'streamed.csv');
  const recentCsv = join(dir, 'streamed-recent.csv');
  await engine.query(`COPY streamed TO '${join(dir, 'streamed.parquet')}' (FORMAT parquet)`);
  await engine.query(`COPY streamed TO '${referenceCsv}' (HEADER, NULLSTR 'NA')`);
  await engine.query(`COPY streamed_recent TO '${recentCsv}' (HEADER, NULLSTR 'NA')`);
  const epsilon = 0.002;
  const chunked: SqlEngine = { ...engine, clientBufferBytes: 4 * 2 * 2048 * 8 };
  const profile = await profileWithEngine(
    chunked,
    duckDbFileSource(join(dir, 'streamed.parquet')),
    {
      label: 'streamed',
      mode: 'compact',
      maxRankError: epsilon,
      toolVersion: 'test',
    },
  );
  const exactReference = await loadCsv(referenceCsv);
  const recentWindow = await loadCsv(recentCsv);
  const exact = analyzeDrift({ reference: exactReference, recent: recentWindow });
  const approximate = analyzeDriftAgainstProfile({ reference: profile, recent: recentWindow });
  let sketched = 0;
  for (const feature of exact.features) {
    const other = approximate.features.find((f) => f.name === feature.name)!;
    const column = profile.columns.find((c) => c.name === feature.name)!;
    assert.equal(other.referenceCount, feature.referenceCount, feature.name);
    assert.equal(other.referenceMissing, feature.referenceMissing, feature.name);
    if (column.kind === 'numeric' && column.sketch) {
      sketched++;
      const bound = column.sketch.rankErrorBound;
      assert.ok(bound <= epsilon, `${feature.name}: bound ${bound}`);
      assert.deepEqual(other.approximate, { rankErrorBound: bound });
      assert.ok(
        Math.abs(other.statistic - feature.statistic) <= bound,
        `${feature.name}: sketch D ${other.statistic}, exact D ${feature.statistic}, bound ${bound}`,
      );
      assert.ok(Math.abs(other.referenceMean! - feature.referenceMean!) <= 1e-9);
      assert.ok(Math.abs(other.referenceStd! - feature.referenceStd!) <= 1e-9);
    } else {
      // Kept exactly (few distinct values, or a category): the same test as the data's, to
      // rounding (an engine lists categories most frequent first, the file in order seen).
      assert.ok(
        Math.abs(other.statistic - feature.statistic) <= 1e-12 * feature.statistic,
        `${feature.name}: ${other.statistic} vs ${feature.statistic}`,
      );
      assert.equal(other.approximate, undefined, feature.name);
    }
  }
  assert.equal(sketched, 3, 'a, b and d are sketched; c (500 whole numbers) is kept exactly');
});

test('a nested Parquet column is refused naming the column and its type', async () => {
  const nested = join(dir, 'nested.parquet');
  await engine.query(`COPY (SELECT 1.5 AS x, [1, 2] AS tags) TO '${nested}' (FORMAT parquet)`);
  await assert.rejects(
    profileWithEngine(engine, duckDbFileSource(nested), { label: nested, toolVersion: 'test' }),
    /column 'tags' has the nested type INTEGER\[\]; expected numbers, text, booleans or dates/,
  );
});

test('engine-memory-limit sizes read KB, MB, GB as powers of 1000 and KiB, MiB, GiB as powers of 1024', () => {
  assert.equal(parseMemorySize('64MiB'), 64 * 2 ** 20);
  assert.equal(parseMemorySize('1.5GB'), 1.5e9);
  assert.equal(parseMemorySize('512 kb'), 512_000);
  assert.throws(
    () => parseMemorySize('64 megs'),
    /engine-memory-limit '64 megs' is not a size; expected a number and a unit, e.g. 512MB or 2GiB/,
  );
});

test('a memory limit gives DuckDB half as its memory_limit and the chunk buffers an eighth', async () => {
  const limited = await openDuckDb({ memoryLimit: '64MiB', threads: 1 });
  try {
    const [[memoryLimit]] = await limited.query("SELECT current_setting('memory_limit')");
    assert.equal(memoryLimit, '32.0 MiB');
    assert.equal(limited.clientBufferBytes, 8 * 2 ** 20);
  } finally {
    await limited.close();
  }
});
