import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTask, scoreModel } from '../../src/detect/score-model.ts';
import { InputError } from '../../src/shared/input-error.ts';

const outputs = {
  predictions: Float64Array.of(1, 2, Number.NaN, 4),
  actuals: Float64Array.of(1, 3, 5, 4),
};

test('scoreModel scores a regressor on the pairs where both sides are present', () => {
  const report = scoreModel(outputs, { rmse: 1 }, { task: 'auto' });
  assert.equal(report.task, 'regression');
  assert.equal(report.count, 3);
  assert.equal(report.current.mae, 1 / 3);
  assert.equal(report.current.rmse, Math.sqrt(1 / 3));
});

test('a baseline with only accuracy makes the model a classifier', () => {
  assert.equal(resolveTask(outputs, { accuracy: 0.9 }, { task: 'auto' }), 'classification');
  const report = scoreModel(outputs, { accuracy: 0.9 }, { task: 'auto' });
  assert.equal(report.current.accuracy, 2 / 3);
});

test('no predictions give the task none and no metrics', () => {
  assert.deepEqual(scoreModel(undefined, {}, { task: 'auto' }), {
    task: 'none',
    current: {},
    baseline: {},
    count: 0,
  });
});

test('an infinite prediction is an input error naming its recent row', () => {
  const bad = { predictions: Float64Array.of(1, Infinity), actuals: Float64Array.of(1, 2) };
  assert.throws(
    () => scoreModel(bad, {}, { task: 'regression' }),
    (error: Error) =>
      error instanceof InputError && /predictions: row 2 is Infinity/.test(error.message),
  );
});
