import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { ksTest } from '../../src/stats/ks-test.ts';
import { InputError } from '../../src/shared/input-error.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

function unchangedFeatures(seed: number, features: number, rows: number) {
  const random = seededRandom(seed);
  const columns: Record<string, number[]> = {};
  for (let f = 0; f < features; f++) columns[`f${f}`] = normalSample(random, rows);
  return tableFromColumns(columns, `sample-${seed}`);
}

test('identical reference and recent data give NONE with every feature undrifted', () => {
  const table = unchangedFeatures(1, 5, 400);
  const report = analyzeDrift({ reference: table, recent: table });
  assert.equal(report.severity, 'NONE');
  assert.equal(report.featuresDrifted, 0);
  for (const f of report.features) {
    assert.equal(f.statistic, 0);
    assert.equal(f.pValue, 1);
  }
});

test('50 unchanged features do not alarm once p-values are corrected (the raw rule would)', () => {
  let rawAlarms = 0;
  let correctedAlarms = 0;
  for (let trial = 0; trial < 40; trial++) {
    const reference = unchangedFeatures(100 + trial, 50, 300);
    const recent = unchangedFeatures(500 + trial, 50, 300);
    const report = analyzeDrift({ reference, recent });
    if (report.features.some((f) => f.pValue < 0.05)) rawAlarms++;
    if (report.featuresDrifted > 0) correctedAlarms++;
  }
  // Uncorrected, ~1 - 0.96^50 = 87% of runs alarm (the exact KS test is slightly
  // conservative); Benjamini-Hochberg keeps the family-wise rate under the complete
  // null at 5%, i.e. about 2 of 40 runs (200 runs measured: 5.0%).
  assert.ok(rawAlarms >= 28, `raw rule alarmed in ${rawAlarms} of 40 runs`);
  assert.ok(correctedAlarms <= 6, `corrected rule alarmed in ${correctedAlarms} of 40 runs`);
});

test('a shifted feature is drifted, with the KS statistic and p-value of ksTest', () => {
  const random = seededRandom(7);
  const refValues = normalSample(random, 1000);
  const recValues = normalSample(random, 500, 0.6);
  const reference = tableFromColumns({ x: refValues, y: normalSample(random, 1000) }, 'ref');
  const recent = tableFromColumns({ x: recValues, y: normalSample(random, 500) }, 'rec');
  const report = analyzeDrift({ reference, recent });
  const x = report.features.find((f) => f.name === 'x');
  assert.ok(x);
  const expected = ksTest(refValues, recValues);
  assert.equal(x.statistic, expected.statistic);
  assert.equal(x.pValue, expected.pValue);
  assert.equal(x.drifted, true);
  assert.equal(report.features[0].name, 'x', 'features are sorted by effect size');
  assert.equal(report.driftType, 'data_drift');
});

test('a tiny but significant shift in a million-row sample is not drift: the effect size is too small', () => {
  const random = seededRandom(11);
  const reference = tableFromColumns({ x: normalSample(random, 200000) }, 'ref');
  const recent = tableFromColumns({ x: normalSample(random, 200000, 0.03) }, 'rec');
  const report = analyzeDrift({ reference, recent });
  const [x] = report.features;
  assert.ok(x.pValue < 1e-6, `p = ${x.pValue}`);
  assert.ok(x.effectSize < 0.1);
  assert.equal(x.drifted, false);
});

test('fewer recent rows than minSamplesForRetraining is insufficient data and never triggers', () => {
  const random = seededRandom(3);
  const reference = tableFromColumns({ x: normalSample(random, 500) }, 'ref');
  const recent = tableFromColumns({ x: normalSample(random, 40, 5) }, 'rec');
  const report = analyzeDrift({ reference, recent }, { retrainOn: 'LOW' });
  assert.equal(report.status, 'insufficient_data');
  assert.equal(report.triggered, false);
  assert.match(report.reason, /40 recent rows, at least 100/);
});

test('schema changes are findings, not errors, and changed-type columns are not tested', () => {
  const reference = tableFromColumns({ a: [1, 2, 3], gone: [1, 1, 1], kind: [1, 2, 3] }, 'ref');
  const recent = tableFromColumns({ a: [1, 2, 3], fresh: [4, 5, 6], kind: ['x', 'y', 'z'] }, 'rec');
  const report = analyzeDrift({ reference, recent }, { minSamplesForRetraining: 1 });
  assert.deepEqual(report.schemaChanges.added, ['fresh']);
  assert.deepEqual(report.schemaChanges.removed, ['gone']);
  assert.deepEqual(report.schemaChanges.typeChanged, [
    { name: 'kind', reference: 'numeric', recent: 'categorical' },
  ]);
  assert.deepEqual(
    report.features.map((f) => f.name),
    ['a'],
  );
});

test('a categorical feature reports new and vanished categories by name', () => {
  const reference = tableFromColumns(
    { city: [...Array(300).fill('Oslo'), ...Array(200).fill('Lima'), ...Array(10).fill('Pune')] },
    'ref',
  );
  const recent = tableFromColumns(
    { city: [...Array(100).fill('Oslo'), ...Array(100).fill('Lima'), ...Array(100).fill('Kyiv')] },
    'rec',
  );
  const report = analyzeDrift({ reference, recent });
  const [city] = report.features;
  assert.equal(city.test, 'chi2');
  assert.deepEqual(city.newCategories, ['Kyiv']);
  assert.deepEqual(city.vanishedCategories, ['Pune']);
  // Pune expects 10 · 300 / 810 = 3.7 < 5 recent cells: too rare for chi-square, it is
  // pooled, and being alone in the pool it joins the smallest kept category (Kyiv).
  // TVD on the pooled table = 0.5 * (|300/510 - 1/3| + |200/510 - 1/3| + |10/510 - 1/3|)
  const tvd =
    0.5 * (Math.abs(300 / 510 - 1 / 3) + Math.abs(200 / 510 - 1 / 3) + (1 / 3 - 10 / 510));
  assert.equal(city.pooledCategories, 1);
  assert.ok(Math.abs(city.effectSize - tvd) < 1e-12);
  assert.equal(city.drifted, true);
});

test('model errors well above baseline fire concept drift and RMSE signals', () => {
  const random = seededRandom(5);
  const n = 400;
  const actuals = normalSample(random, n, 10, 2);
  const noise = normalSample(random, n, 0, 1);
  const predictions = actuals.map((a, i) => a + noise[i]);
  const table = tableFromColumns({ x: normalSample(random, n) }, 't');
  const report = analyzeDrift({
    reference: table,
    recent: table,
    modelOutputs: {
      predictions: Float64Array.from(predictions),
      actuals: Float64Array.from(actuals),
    },
    baseline: { rmse: 0.5, mae: 0.4, r2: 0.95 },
  });
  const concept = report.signals.find((s) => s.name === 'concept_drift');
  const rmse = report.signals.find((s) => s.name === 'rmse_increase');
  assert.equal(report.metrics.task, 'regression');
  assert.equal(concept?.fired, true);
  assert.equal(rmse?.fired, true);
  assert.equal(report.driftType, 'concept_drift');
  assert.ok(report.severity === 'HIGH' || report.severity === 'CRITICAL', report.severity);
  assert.equal(report.triggered, true);
});

test('prediction and target columns are never tested as features', () => {
  const random = seededRandom(9);
  const reference = tableFromColumns(
    { x: normalSample(random, 200), y: normalSample(random, 200) },
    'ref',
  );
  const recent = tableFromColumns(
    { x: normalSample(random, 200), y: normalSample(random, 200, 5) },
    'rec',
  );
  const report = analyzeDrift({ reference, recent, targetColumn: 'y' });
  assert.deepEqual(
    report.features.map((f) => f.name),
    ['x'],
  );
});

test('finite values near the float64 limit are checked, not a crash of the outlier check', () => {
  const reference = tableFromColumns({ x: [1e308, 1.5e308, 1e308, 1.2e308] }, 'reference');
  const recent = tableFromColumns({ x: [1e308, -1.7e308, 1.1e308, 1.3e308] }, 'recent');
  const report = analyzeDrift({ reference, recent }, { minSamplesForRetraining: 1 });
  assert.equal(report.featuresTested, 1);
  // Reference mean 1.175e308, std about 2e307: -1.7e308 is the one outlier of four.
  assert.equal(report.features[0].outlierShare, 0.25);
});

test('a numeric column holding Infinity stays numeric and is tested like scipy ks_2samp', () => {
  const reference = tableFromColumns({ x: [1, 2, 3, 4] }, 'reference');
  const recent = tableFromColumns({ x: [1, 2, Infinity, -Infinity] }, 'recent');
  const report = analyzeDrift({ reference, recent }, { minSamplesForRetraining: 1 });
  assert.deepEqual(report.schemaChanges.typeChanged, []);
  const [feature] = report.features;
  assert.equal(feature.type, 'numeric');
  assert.deepEqual(
    [feature.statistic, feature.pValue],
    [
      ksTest([1, 2, 3, 4], [1, 2, Infinity, -Infinity]).statistic,
      ksTest([1, 2, 3, 4], [1, 2, Infinity, -Infinity]).pValue,
    ],
  );
  assert.equal(feature.outlierShare, 0.5);
});

test('an infinite value in the reference does not crash the check; that column skips the z-score', () => {
  const reference = tableFromColumns({ x: [1, 2, Infinity, 4] }, 'reference');
  const recent = tableFromColumns({ x: [1, 2, 3, 4] }, 'recent');
  const report = analyzeDrift({ reference, recent }, { minSamplesForRetraining: 1 });
  assert.equal(report.features[0].outlierShare, undefined);
  assert.equal(report.outlierShare, null);
});

test('an infinite prediction is bad input that names its recent row, as scikit-learn rejects it', () => {
  const table = tableFromColumns({ x: [1, 2, 3] }, 'recent');
  assert.throws(
    () =>
      analyzeDrift({
        reference: table,
        recent: table,
        modelOutputs: {
          predictions: Float64Array.of(Number.NaN, 1, Infinity),
          actuals: Float64Array.of(1, 2, 3),
        },
        baseline: { r2: 0.8 },
      }),
    (error: Error) =>
      error instanceof InputError && /row 3/.test(error.message) && /Infinity/.test(error.message),
  );
});

test('model signals say no prediction pair was complete instead of blaming the baseline', () => {
  const table = tableFromColumns({ x: [1, 2, 3] }, 'recent');
  const report = analyzeDrift({
    reference: table,
    recent: table,
    modelOutputs: {
      predictions: Float64Array.of(NaN, NaN, NaN),
      actuals: Float64Array.of(1, 2, 3),
    },
    baseline: { r2: 0.8, rmse: 1 },
  });
  const concept = report.signals.find((s) => s.name === 'concept_drift');
  assert.doesNotMatch(concept?.detail ?? '', /no baseline/);
  assert.match(concept?.detail ?? '', /no prediction with its actual value/);
});

test('R² of a single scored prediction is undefined, so the R² signal is not measured (no "NaN%")', () => {
  const table = tableFromColumns({ x: [1, 2] }, 'recent');
  const report = analyzeDrift({
    reference: table,
    recent: table,
    modelOutputs: { predictions: Float64Array.of(1, NaN), actuals: Float64Array.of(1, 2) },
    baseline: { r2: 0.8 },
  });
  const drop = report.signals.find((s) => s.name === 'performance_drop');
  assert.equal(drop?.available, false);
  assert.doesNotMatch(report.reason, /NaN/);
  assert.doesNotMatch(drop?.detail ?? '', /NaN/);
  assert.match(drop?.detail ?? '', /fewer than two predictions/);
});

test('a feature whose asymptotic KS p-value is undefined (one value per sample) is skipped, not a crash', () => {
  const reference = tableFromColumns({ x: [1, NaN], y: [1, 2] }, 'reference');
  const recent = tableFromColumns({ x: [NaN, 2], y: [3, 4] }, 'recent');
  const report = analyzeDrift({ reference, recent }, { ksMethod: 'asymp' });
  const x = report.features.find((f) => f.name === 'x');
  assert.match(x?.skipped ?? '', /one value/);
  assert.equal(report.featuresTested, 1);
});
