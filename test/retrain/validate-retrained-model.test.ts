import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateRetrainedModel } from '../../src/retrain/validate-retrained-model.ts';

const TOLERANCE = 1e-9;

test('validateRetrainedModel returns the documented example literally', () => {
  assert.deepEqual(
    validateRetrainedModel({ r2: 0.5, rmse: 4 }, { r2: 0.75, rmse: 3 }, { maxRegression: 0 }),
    {
      improvementR2Percent: 50,
      improvementRmsePercent: 25,
      improvementMaePercent: null,
      improvementAccuracyPercent: null,
      promote: true,
      reason: 'Promoted: R² +50%, RMSE +25%; no metric regressed by more than 0%.',
    },
  );
});

test('validateRetrainedModel rejects a model whose R² and RMSE regress by more than max-regression', () => {
  // R²: 100 × (0.78 − 0.8) / 0.8 = −2.5; RMSE: 100 × (10 − 10.5) / 10 = −5.
  const result = validateRetrainedModel(
    { r2: 0.8, rmse: 10 },
    { r2: 0.78, rmse: 10.5 },
    { maxRegression: 0.02 },
  );
  assert.ok(Math.abs((result.improvementR2Percent as number) - -2.5) < TOLERANCE);
  assert.ok(Math.abs((result.improvementRmsePercent as number) - -5) < TOLERANCE);
  assert.equal(result.promote, false);
  assert.match(
    result.reason,
    /^Rejected: R² 0\.8 → 0\.78, RMSE 10 → 10\.5 regressed by more than max-regression 2%/,
  );
});

test('validateRetrainedModel rejects when only one shared metric regresses too far', () => {
  // R² improves (+10%), RMSE regresses by 100 × (2.5 − 2) / 2 = 25%.
  const result = validateRetrainedModel(
    { r2: 0.5, rmse: 2 },
    { r2: 0.55, rmse: 2.5 },
    { maxRegression: 0.1 },
  );
  assert.equal(result.promote, false);
  assert.ok(Math.abs((result.improvementR2Percent as number) - 10) < TOLERANCE);
  assert.equal(result.improvementRmsePercent, -25);
});

test('validateRetrainedModel accepts a regression of exactly max-regression despite binary rounding', () => {
  // (0.9 − 0.882) / 0.9 is 0.020000000000000018 in floating point.
  const result = validateRetrainedModel({ r2: 0.9 }, { r2: 0.882 }, { maxRegression: 0.02 });
  assert.equal(result.promote, true);
  assert.ok(Math.abs((result.improvementR2Percent as number) - -2) < TOLERANCE);
});

test('validateRetrainedModel divides R² change by the absolute old value when the old R² is negative', () => {
  // 100 × (0.25 − (−0.5)) / |−0.5| = 150.
  const result = validateRetrainedModel({ r2: -0.5 }, { r2: 0.25 }, { maxRegression: 0 });
  assert.equal(result.improvementR2Percent, 150);
  assert.equal(result.promote, true);
});

test('validateRetrainedModel computes MAE and accuracy improvements with the same signs', () => {
  // accuracy: 100 × (0.88 − 0.8) / 0.8 = 10; MAE: 100 × (2 − 1.5) / 2 = 25.
  const result = validateRetrainedModel(
    { accuracy: 0.8, mae: 2 },
    { accuracy: 0.88, mae: 1.5 },
    { maxRegression: 0 },
  );
  assert.ok(Math.abs((result.improvementAccuracyPercent as number) - 10) < TOLERANCE);
  assert.equal(result.improvementMaePercent, 25);
  assert.equal(result.improvementR2Percent, null);
});

test('validateRetrainedModel has no relative change from an old value of 0 and rejects any worsening', () => {
  const result = validateRetrainedModel({ rmse: 0 }, { rmse: 0.1 }, { maxRegression: 0.5 });
  assert.equal(result.improvementRmsePercent, null);
  assert.equal(result.promote, false);
});

test('validateRetrainedModel promotes without comparison when the models share no metric', () => {
  const result = validateRetrainedModel({}, { r2: 0.4 }, { maxRegression: 0 });
  assert.equal(result.promote, true);
  assert.match(result.reason, /^Promoted without comparison/);
});

test('validateRetrainedModel refuses a negative max-regression', () => {
  assert.throws(
    () => validateRetrainedModel({}, {}, { maxRegression: -0.1 }),
    /Invalid maxRegression: -0\.1/,
  );
});
