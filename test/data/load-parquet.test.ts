import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadCsv } from '../../src/data/load-csv.ts';
import { loadParquet } from '../../src/data/load-parquet.ts';
import { loadTable, readTableHeader } from '../../src/data/load-table.ts';
import { InputError } from '../../src/shared/input-error.ts';
import type { CategoricalColumn, NumericColumn, Table } from '../../src/shared/table.ts';

const fixtures = 'test/fixtures/data/parquet';
let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-parquet-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function numeric(table: Table, name: string): NumericColumn {
  const column = table.columns.find((c) => c.name === name);
  assert.equal(column?.kind, 'numeric', `${name} should be numeric`);
  return column as NumericColumn;
}
function labels(table: Table, name: string): (string | null)[] {
  const column = table.columns.find((c) => c.name === name) as CategoricalColumn;
  assert.equal(column?.kind, 'categorical', `${name} should be categorical`);
  return Array.from(column.codes, (code) => (code < 0 ? null : column.categories[code]));
}

/** The values written by MIXED_SQL in scripts/fixtures/parquet-arrow.ts. */
function assertMixedTable(table: Table): void {
  assert.equal(table.rowCount, 6);
  assert.deepEqual(Array.from(numeric(table, 'id').values), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(Array.from(numeric(table, 'score').values), [1.5, NaN, -2.25, 3, 1e10, 0.1]);
  assert.equal(numeric(table, 'score').missing, 1);
  assert.deepEqual(Array.from(numeric(table, 'price').values), [9.99, 0.5, NaN, 100, 12.34, -7]);
  assert.deepEqual(Array.from(numeric(table, 'small').values), [7, -3, NaN, 0, 2147483647, 1]);
  assert.deepEqual(Array.from(numeric(table, 'ratio').values), [0.25, 1.5, NaN, -0.5, 3, 2]);
  assert.deepEqual(labels(table, 'city'), ['Oslo', 'Lima', null, 'Oslo', 'Pune', 'Lima']);
  const city = table.columns.find((c) => c.name === 'city') as CategoricalColumn;
  assert.deepEqual(city.categories, ['Oslo', 'Lima', 'Pune'], 'first-appearance order');
  assert.deepEqual(labels(table, 'member'), ['true', 'false', 'true', null, 'false', 'true']);
  assert.deepEqual(labels(table, 'signup'), [
    '2024-01-31',
    '2024-02-01',
    null,
    '1969-12-31',
    '2024-03-01',
    '2024-03-02',
  ]);
  assert.deepEqual(labels(table, 'seen_at'), [
    '2024-01-31T10:20:30.123456',
    '2024-02-01T00:00:00',
    null,
    '1969-12-31T23:59:59.5',
    '2024-03-01T12:00:00',
    '2024-03-02T12:00:00',
  ]);
  assert.deepEqual(labels(table, 'seen_utc').slice(0, 2), [
    '2024-01-31T10:20:30Z',
    '2024-02-01T00:00:00Z',
  ]);
}

for (const codec of ['snappy', 'zstd', 'gzip', 'brotli', 'lz4', 'uncompressed']) {
  test(`loadTable reads a ${codec} Parquet file with every flat type, nulls as missing`, async () => {
    assertMixedTable(await loadTable(join(fixtures, `mixed-${codec}.parquet`)));
  });
}

test('a Parquet file reads as the same table as its CSV copy, category order included', async () => {
  for (const side of ['reference', 'recent']) {
    const fromCsv = await loadCsv(join(fixtures, `${side}.csv`), { source: side });
    const fromParquet = await loadTable(join(fixtures, `${side}.parquet`), { source: side });
    assert.deepEqual(fromParquet, fromCsv);
  }
});

test('a Parquet format 2 file (data page v2, byte-stream-split and delta encodings) reads as its CSV copy', async () => {
  const fromCsv = await loadCsv(join(fixtures, 'recent.csv'), { source: 'recent' });
  const fromParquet = await loadTable(join(fixtures, 'recent-v2.parquet'), { source: 'recent' });
  assert.deepEqual(fromParquet, fromCsv);
});

test('a directory of Parquet parts reads as one table in part order', async () => {
  const whole = await loadTable(join(fixtures, 'reference.parquet'), { source: 'x' });
  const parts = await loadTable(join(fixtures, 'reference-parts'), { source: 'x' });
  assert.equal(parts.rowCount, 300);
  assert.deepEqual(parts, whole);
});

test('a glob of Parquet files reads as one table, and the header comes from the first part', async () => {
  const pattern = join(fixtures, 'reference-parts', 'part-*.parquet');
  const parts = await loadTable(pattern, { source: 'x' });
  assert.deepEqual(parts, await loadTable(join(fixtures, 'reference.parquet'), { source: 'x' }));
  assert.deepEqual(
    await readTableHeader(pattern),
    await readTableHeader(join(fixtures, 'reference.csv')),
  );
});

test('a part whose columns differ is an InputError naming that file and the column', async () => {
  const mixedDir = join(dir, 'mixed-parts');
  await mkdir(mixedDir);
  await copyFile(join(fixtures, 'reference-parts', 'part-0.parquet'), join(mixedDir, 'a.parquet'));
  await copyFile(join(fixtures, 'mixed-zstd.parquet'), join(mixedDir, 'b.parquet'));
  await assert.rejects(loadTable(mixedDir), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /b\.parquet: has 10 columns .*expected 7/);
    assert.match(error.message, /a\.parquet/);
    return true;
  });
  const retyped = join(dir, 'retyped');
  await mkdir(retyped);
  await copyFile(join(fixtures, 'mixed-zstd.parquet'), join(retyped, 'part-1.parquet'));
  await copyFile(join(fixtures, 'mixed-snappy.parquet'), join(retyped, 'part-2.parquet'));
  assert.equal((await loadTable(retyped)).rowCount, 12, 'same schema, other codec: fine');
});

test('a nested column is an InputError naming the column and its type', async () => {
  await assert.rejects(loadTable(join(fixtures, 'nested.parquet')), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /nested\.parquet: column "tags" is a nested LIST column/);
    return true;
  });
});

test('an LZO-compressed column is an InputError naming the codec, the column and the codecs read', async () => {
  await assert.rejects(loadTable(join(fixtures, 'mixed-lzo.parquet')), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /mixed-lzo\.parquet: column "score" is compressed with LZO/);
    assert.match(error.message, /SNAPPY, GZIP, ZSTD, BROTLI, LZ4, LZ4_RAW/);
    return true;
  });
});

test('a directory without Parquet files and a glob without matches are InputErrors', async () => {
  const empty = join(dir, 'empty');
  await mkdir(join(empty, 'year=2024'), { recursive: true });
  await assert.rejects(loadTable(empty), /holds no \.parquet file.*give a glob/);
  await assert.rejects(loadTable(join(dir, 'nothing-*.parquet')), /the pattern matches no file/);
});

test('a truncated Parquet file is an InputError naming the file', async () => {
  const { readFile, writeFile } = await import('node:fs/promises');
  const bytes = await readFile(join(fixtures, 'mixed-snappy.parquet'));
  const truncated = join(dir, 'truncated.parquet');
  await writeFile(truncated, bytes.subarray(0, bytes.length - 20));
  await assert.rejects(loadTable(truncated), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /truncated\.parquet: cannot read this Parquet file/);
    return true;
  });
});

test('categorical, numeric and naValues options apply to Parquet columns', async () => {
  const path = join(fixtures, 'mixed-snappy.parquet');
  const table = await loadParquet(path, { categorical: ['small'], naValues: ['Pune'] });
  assert.deepEqual(labels(table, 'small'), ['7', '-3', null, '0', '2147483647', '1']);
  assert.deepEqual(labels(table, 'city'), ['Oslo', 'Lima', null, 'Oslo', null, 'Lima']);
  await assert.rejects(loadParquet(path, { numeric: ['city'] }), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /row 1, column "city" holds "Oslo"; expected a number/);
    return true;
  });
  await assert.rejects(
    loadParquet(path, { categorical: ['nope'] }),
    /names column "nope", which is not in the file/,
  );
  await assert.rejects(
    loadParquet(path, { numeric: ['member'] }),
    /has type BOOLEAN; expected a column of numbers/,
  );
});

test('model outputs read from a Parquet or Arrow file: a named column, or an error naming the columns', async () => {
  const { loadNumberArray } = await import('../../src/data/load-number-array.ts');
  const fromCsv = await loadNumberArray(join(fixtures, 'recent.csv'), { column: 'prediction' });
  assert.equal(fromCsv.length, 200);
  for (const file of ['recent.parquet', 'recent.arrows']) {
    const values = await loadNumberArray(join(fixtures, file), { column: 'prediction' });
    assert.deepEqual(Array.from(values), Array.from(fromCsv), file);
  }
  await assert.rejects(
    loadNumberArray(join(fixtures, 'recent.parquet')),
    /recent\.parquet: the file has 9 columns \("age", .*expected exactly one column of numbers/,
  );
  await assert.rejects(
    loadNumberArray(join(fixtures, 'mixed.arrow'), { column: 'city' }),
    /column "city" holds "Oslo"/,
  );
});
