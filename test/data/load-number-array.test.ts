import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadNumberArray } from '../../src/data/load-number-array.ts';

const fixture = (name: string) => `test/fixtures/data/${name}`;

test('loadNumberArray returns the documented example values', async () => {
  assert.deepEqual(
    await loadNumberArray('test/fixtures/data/values.json'),
    new Float64Array([1, 2.5, NaN]),
  );
});

test('loadNumberArray reads .npy by extension', async () => {
  assert.deepEqual(
    await loadNumberArray(fixture('int32-le.npy')),
    new Float64Array([1, -2, 2147483647]),
  );
});

test('loadNumberArray reads a one-column CSV without a header', async () => {
  assert.deepEqual(
    await loadNumberArray(fixture('values.csv')),
    new Float64Array([1.5, -2, NaN, 400]),
  );
});

test('loadNumberArray reads a one-column CSV with a header', async () => {
  assert.deepEqual(await loadNumberArray(fixture('values-header.csv')), new Float64Array([1.5, 2]));
});

test('loadNumberArray reads a named column of a wider CSV, and .csv.gz', async () => {
  assert.deepEqual(
    await loadNumberArray(fixture('outputs.csv'), { column: 'prediction' }),
    new Float64Array([0.5, 0.25]),
  );
  assert.deepEqual(
    await loadNumberArray(fixture('quoted.csv.gz'), { column: 'score' }),
    new Float64Array([0.5, 1.25, -3]),
  );
});

test('loadNumberArray asks for a column name when the CSV has several', async () => {
  await assert.rejects(
    loadNumberArray(fixture('outputs.csv')),
    /outputs\.csv: the CSV has 3 columns \("id", "prediction", "actual"\); name the one to read\./,
  );
  await assert.rejects(
    loadNumberArray(fixture('outputs.csv'), { column: 'nope' }),
    /numeric option names column "nope"/,
  );
});

test('loadNumberArray rejects a text column and a non-number line', async () => {
  await assert.rejects(
    loadNumberArray(fixture('quoted.csv'), { column: 'comment' }),
    /"comment": "plain" is not a number/,
  );
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const dir = await mkdtemp('/tmp/number-array-');
  try {
    await writeFile(`${dir}/bad.csv`, '1\n2\nthree\n');
    await assert.rejects(
      loadNumberArray(`${dir}/bad.csv`),
      /bad\.csv: line 3 is "three", expected one number per line/,
    );
    await writeFile(`${dir}/bad.json`, '[1, "2"]');
    await assert.rejects(
      loadNumberArray(`${dir}/bad.json`),
      /bad\.json: item 1 is "2", expected a number or null/,
    );
    await writeFile(`${dir}/obj.json`, '{"a": 1}');
    await assert.rejects(
      loadNumberArray(`${dir}/obj.json`),
      /obj\.json: the JSON is a object, expected an array/,
    );
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('loadNumberArray rejects an unknown extension and a missing file', async () => {
  await assert.rejects(
    loadNumberArray(fixture('values.txt')),
    /values\.txt: cannot tell the format from the file name; expected one of \.npy, \.csv, \.csv\.gz, \.json, \.parquet, \.arrow, \.feather\./,
  );
  await assert.rejects(loadNumberArray(fixture('none.npy')), /none\.npy: file not found/);
});

test('a headerless predictions CSV whose first value is nan keeps every row', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nan-first-'));
  const file = join(dir, 'predictions.csv');
  await writeFile(file, 'nan\n1.5\nNA\n2\n');
  const values = await loadNumberArray(file);
  assert.equal(values.length, 4);
  assert.ok(Number.isNaN(values[0]) && Number.isNaN(values[2]));
  assert.deepEqual([values[1], values[3]], [1.5, 2]);
});
