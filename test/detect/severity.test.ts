import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  confidenceOf,
  dataDriftStrength,
  dominantDriftType,
  gradeDrift,
  severityForScore,
  strengthForRatio,
} from '../../src/detect/severity.ts';
import type { SignalMeasurement } from '../../src/detect/severity.ts';
import { resolveDetectionConfig } from '../../src/detect/detection-config.ts';
import type { SignalName } from '../../src/detect/drift-report.ts';

const config = resolveDetectionConfig();

function relative(name: SignalName, value: number | null, threshold: number): SignalMeasurement {
  return { name, available: value !== null, value, threshold, detail: `${name} ${value}` };
}

function dataDrift(drifted: number, tested: number, maxEffect: number): SignalMeasurement {
  return {
    name: 'data_drift',
    available: true,
    value: drifted / tested,
    threshold: 0.05,
    detail: `${drifted} of ${tested} features drifted`,
    dataDrift: { drifted, share: drifted / tested, maxEffect, minEffect: 0.1 },
  };
}

const quiet = (): SignalMeasurement[] => [
  dataDrift(0, 10, 0),
  relative('concept_drift', 0.02, 0.15),
  relative('performance_drop', 0.01, 0.05),
  relative('rmse_increase', 0.03, 0.1),
  relative('outliers', 0.004, 0.05),
];

test('severityForScore maps point totals to the documented levels', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 9].map(severityForScore), [
    'NONE',
    'LOW',
    'MEDIUM',
    'MEDIUM',
    'HIGH',
    'HIGH',
    'CRITICAL',
    'CRITICAL',
  ]);
});

test('strengthForRatio needs to be strictly past the threshold to fire', () => {
  assert.equal(strengthForRatio(1), 'none');
  assert.equal(strengthForRatio(1.01), 'mild');
  assert.equal(strengthForRatio(2), 'strong');
  assert.equal(strengthForRatio(4), 'very_strong');
});

test('no signal past its threshold grades NONE, not triggered, drift type none', () => {
  const grade = gradeDrift(quiet(), { recentRows: 5000, config });
  assert.equal(grade.severity, 'NONE');
  assert.equal(grade.triggered, false);
  assert.equal(grade.driftType, 'none');
  assert.match(grade.reason, /^No drift detected/);
});

test('a single mild RMSE increase is LOW: monitor', () => {
  const m = quiet();
  m[3] = relative('rmse_increase', 0.12, 0.1);
  const grade = gradeDrift(m, { recentRows: 5000, config });
  assert.equal(grade.severity, 'LOW');
  assert.match(grade.reason, /monitor\.$/);
});

test('mild concept drift alone is MEDIUM because model-quality signals carry a priority point', () => {
  const m = quiet();
  m[1] = relative('concept_drift', 0.2, 0.15);
  const grade = gradeDrift(m, { recentRows: 5000, config });
  assert.equal(grade.score, 2);
  assert.equal(grade.severity, 'MEDIUM');
  assert.equal(grade.driftType, 'concept_drift');
});

test('strong concept drift with strong RMSE increase is HIGH and triggers at the default retrainOn', () => {
  const m = quiet();
  m[1] = relative('concept_drift', 0.35, 0.15);
  m[3] = relative('rmse_increase', 0.25, 0.1);
  const grade = gradeDrift(m, { recentRows: 5000, config });
  assert.equal(grade.score, 5);
  assert.equal(grade.severity, 'HIGH');
  assert.equal(grade.triggered, true);
  assert.equal(grade.driftType, 'concept_drift');
});

test('very strong data drift plus strong error increase is CRITICAL with data_drift dominant', () => {
  const m = quiet();
  m[0] = dataDrift(6, 10, 0.5);
  m[1] = relative('concept_drift', 0.31, 0.15);
  const grade = gradeDrift(m, { recentRows: 5000, config });
  assert.equal(grade.score, 4 + 3);
  assert.equal(grade.severity, 'CRITICAL');
  assert.equal(grade.driftType, 'data_drift');
  assert.match(grade.reason, /retrain now\.$/);
});

test('an RMSE increase without data drift is reported as concept drift', () => {
  const m = quiet();
  m[3] = relative('rmse_increase', 0.5, 0.1);
  const grade = gradeDrift(m, { recentRows: 5000, config });
  assert.equal(grade.driftType, 'concept_drift');
});

test('dominantDriftType prefers the drift type with most points', () => {
  const m = quiet();
  m[0] = dataDrift(1, 10, 0.12);
  m[4] = relative('outliers', 0.5, 0.05);
  const grade = gradeDrift(m, { recentRows: 5000, config });
  assert.equal(dominantDriftType(grade.signals), 'outlier_increase');
});

test('retrainOn LOW triggers on a single mild signal', () => {
  const m = quiet();
  m[4] = relative('outliers', 0.06, 0.05);
  const grade = gradeDrift(m, {
    recentRows: 5000,
    config: resolveDetectionConfig({ retrainOn: 'LOW' }),
  });
  assert.equal(grade.severity, 'LOW');
  assert.equal(grade.triggered, true);
});

test('confidence grows with sample size and with signal margin, within 0-100', () => {
  const m = quiet();
  m[1] = relative('concept_drift', 0.2, 0.15);
  const small = gradeDrift(m, { recentRows: 100, config }).confidence;
  const large = gradeDrift(m, { recentRows: 100000, config }).confidence;
  assert.ok(small < large, `${small} < ${large}`);
  m[1] = relative('concept_drift', 0.9, 0.15);
  const strong = gradeDrift(m, { recentRows: 100000, config }).confidence;
  assert.ok(large < strong && strong <= 100, `${large} < ${strong} <= 100`);
});

test('confidence is lower when fewer signals can be measured', () => {
  const full = confidenceOf(gradeDrift(quiet(), { recentRows: 5000, config }).signals, 5000, 100);
  const partial = quiet().map((m) =>
    m.name === 'data_drift' ? m : { ...m, available: false, value: null },
  );
  const reduced = confidenceOf(
    gradeDrift(partial, { recentRows: 5000, config }).signals,
    5000,
    100,
  );
  assert.ok(reduced < full, `${reduced} < ${full}`);
});

test('when no signal could be measured the reason says so instead of "No drift detected"', () => {
  const unmeasured: SignalMeasurement[] = [
    {
      name: 'data_drift',
      available: false,
      value: null,
      threshold: 0.05,
      detail: 'no feature could be tested',
    },
    relative('concept_drift', null, 0.15),
    relative('performance_drop', null, 0.05),
    relative('rmse_increase', null, 0.1),
    relative('outliers', null, 0.05),
  ];
  const grade = gradeDrift(unmeasured, { recentRows: 5000, config });
  assert.equal(grade.severity, 'NONE');
  assert.doesNotMatch(grade.reason, /No drift detected/);
  assert.match(grade.reason, /^Nothing could be checked: no feature could be tested/);
});

test('the README worked example: a 0.3 SD shift of age is LOW; with income 40% missing it is HIGH, not triggered', async () => {
  const { analyzeDrift } = await import('../../src/detect/analyze-drift.ts');
  const { tableFromColumns } = await import('../../src/data/table-from-values.ts');
  const { normalSample, seededRandom } = await import('../helpers/random.ts');
  const random = seededRandom(7);
  const withMissing = (v: number[], perHundred: number) =>
    v.map((x, i) => (i % 100 < perHundred ? null : x));
  const reference = tableFromColumns(
    {
      age: normalSample(random, 5000, 40, 12),
      income: withMissing(normalSample(random, 5000, 50, 10), 1),
    },
    'reference.csv',
  );
  const age = normalSample(random, 2000, 43.6, 12);
  const income = normalSample(random, 2000, 50, 10);
  const shifted = analyzeDrift({
    reference,
    recent: tableFromColumns({ age, income: withMissing(income, 1) }, 'recent.csv'),
  });
  assert.equal(shifted.score, 1);
  assert.equal(shifted.severity, 'LOW');
  assert.equal(shifted.reason, '1 of 2 features drifted (largest: age, KS D = 0.14); monitor.');
  const broken = analyzeDrift({
    reference,
    recent: tableFromColumns({ age, income: withMissing(income, 40) }, 'recent.csv'),
  });
  assert.equal(broken.score, 5);
  assert.equal(broken.severity, 'HIGH');
  assert.equal(broken.driftType, 'data_quality');
  assert.equal(broken.triggered, false);
  assert.equal(
    broken.reason,
    'Missing values in income: 40% of the recent rows (reference 1.0%) and 1 of 2 features drifted (largest: age, KS D = 0.14); fix the data before retraining.',
  );
});

test('data drift is graded on the largest effect, one step up from 3 drifted features, never on their share', () => {
  assert.equal(dataDriftStrength(0, 0, 0.1), 'none');
  assert.equal(dataDriftStrength(1, 0.12, 0.1), 'mild');
  assert.equal(
    dataDriftStrength(2, 0.12, 0.1),
    'mild',
    'two encodings of one variable do not add up',
  );
  assert.equal(dataDriftStrength(3, 0.12, 0.1), 'strong');
  assert.equal(dataDriftStrength(1, 0.2, 0.1), 'strong');
  assert.equal(dataDriftStrength(1, 0.4, 0.1), 'very_strong');
  assert.equal(dataDriftStrength(5, 0.25, 0.1), 'very_strong');
  assert.equal(dataDriftStrength(1, 0.15, 0), 'mild', 'a zero floor grades against 0.1');
});

test('a data-quality signal raises the severity but does not trigger retraining; model signals still do', () => {
  const quality: SignalMeasurement = {
    name: 'data_quality',
    available: true,
    value: 0.5,
    threshold: 0,
    detail: 'column tenure, a feature of the reference, is missing from the recent data',
    strength: 'very_strong',
  };
  const context = { recentRows: 5000, config };
  const alone = gradeDrift([...quiet(), quality], context);
  assert.equal(alone.severity, 'HIGH');
  assert.equal(alone.triggered, false);
  assert.equal(alone.driftType, 'data_quality');
  assert.match(alone.reason, /; fix the data before retraining\.$/);
  const withConcept = [...quiet(), quality];
  withConcept[1] = relative('concept_drift', 0.6, 0.15);
  const both = gradeDrift(withConcept, context);
  assert.equal(both.severity, 'CRITICAL');
  assert.equal(both.triggered, true, 'very strong concept drift (5 points) is HIGH on its own');
});
