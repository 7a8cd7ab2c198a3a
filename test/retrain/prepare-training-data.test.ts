import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import {
  formatCsvField,
  planTrainingData,
  prepareTrainingData,
} from '../../src/retrain/prepare-training-data.ts';

const reference = tableFromColumns(
  { sqft: [1000, 1500], city: ['Oslo', 'Lima, PE'], price: [200, 310.5] },
  'reference.csv',
);
const recent = tableFromColumns(
  { city: ['Oslo', 'Rome "east"'], sqft: [1200, null], extra: [1, 2] },
  'recent.csv',
);

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(tmpdir(), 'prepare-')), name);
}

test('formatCsvField returns the documented example literally', () => {
  assert.equal(formatCsvField('Old Town, "east"'), '"Old Town, ""east"""');
  assert.equal(formatCsvField('plain'), 'plain');
  assert.equal(formatCsvField('two\nlines'), '"two\nlines"');
});

test('prepareTrainingData writes reference then recent rows in the reference column order, actuals under the target name', async () => {
  const file = tempFile('training.csv');
  const prepared = await prepareTrainingData(file, {
    reference,
    recent,
    recentActuals: { values: new Float64Array([250, Number.NaN]), source: 'actuals.npy' },
  });
  assert.equal(prepared.targetColumn, 'price');
  assert.deepEqual(prepared.columns, ['sqft', 'city', 'price']);
  assert.equal(
    fs.readFileSync(file, 'utf8'),
    'sqft,city,price\n1000,Oslo,200\n1500,"Lima, PE",310.5\n1200,Oslo,250\n,"Rome ""east""",\n',
  );
  assert.deepEqual(prepared.warnings, [
    'recent.csv columns not in reference.csv are left out: extra.',
  ]);
});

test('the written training data reads back through the CSV loader with the same values', async () => {
  const file = tempFile('roundtrip.csv');
  await prepareTrainingData(file, {
    reference,
    recent,
    recentActuals: { values: new Float64Array([250, 0.1 + 0.2]), source: 'actuals.npy' },
  });
  const table = await loadCsv(file);
  const price = table.columns.find((c) => c.name === 'price');
  assert.equal(price?.kind, 'numeric');
  assert.deepEqual(Array.from(price.kind === 'numeric' ? price.values : []), [
    200,
    310.5,
    250,
    0.1 + 0.2,
  ]);
  const city = table.columns.find((c) => c.name === 'city');
  assert.deepEqual(city?.kind === 'categorical' ? city.categories : [], [
    'Oslo',
    'Lima, PE',
    'Rome "east"',
  ]);
});

test('a reference column missing from the recent data is written as missing and listed as a warning', () => {
  const plan = planTrainingData({ reference, recent, targetColumn: 'price' });
  assert.equal(plan.columns[2].recent, undefined);
  assert.ok(
    plan.warnings.includes(
      "recent.csv has no column 'price'; its recent rows are written as missing.",
    ),
  );
});

test('the target defaults to the column target when the reference does not identify one', () => {
  const wide = tableFromColumns({ a: [1], b: [2] }, 'ref.csv');
  const narrow = tableFromColumns({ c: [3] }, 'new.csv');
  const plan = planTrainingData({
    reference: wide,
    recent: narrow,
    recentActuals: { values: new Float64Array([9]), source: 'y.json' },
  });
  assert.equal(plan.targetColumn, 'target');
  assert.deepEqual(
    plan.columns.map((c) => c.name),
    ['a', 'b', 'target'],
  );
});

test('a numeric reference column holding text in the recent data is an InputError naming the column', () => {
  const textual = tableFromColumns({ sqft: ['big', '1200'], city: ['Oslo', 'Oslo'] }, 'recent.csv');
  assert.throws(
    () => planTrainingData({ reference, recent: textual }),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        `recent.csv: column 'sqft' holds text such as "big", but it is numeric in reference.csv. Expected numbers, as in the reference data.`,
  );
});

test('actuals of the wrong length and an unknown target column are InputErrors', () => {
  assert.throws(
    () =>
      planTrainingData({
        reference,
        recent,
        recentActuals: { values: new Float64Array(3), source: 'y.npy' },
      }),
    /y\.npy: 3 actual values, expected one per row of recent\.csv \(2\)/,
  );
  assert.throws(
    () => planTrainingData({ reference, recent, targetColumn: 'cost' }),
    /reference\.csv: no column 'cost'/,
  );
});
