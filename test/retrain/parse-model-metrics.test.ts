import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import { parseModelMetrics } from '../../src/retrain/parse-model-metrics.ts';

test('parseModelMetrics returns the documented example literally', () => {
  assert.deepEqual(parseModelMetrics('{"r2": 0.91, "rmse": 0.31, "epochs": 12}', 'metrics.json'), {
    metrics: { r2: 0.91, rmse: 0.31 },
    recorded: { r2: 0.91, rmse: 0.31, epochs: 12 },
  });
});

test('parseModelMetrics names the file when the JSON is invalid', () => {
  assert.throws(
    () => parseModelMetrics('{"r2": 0.9', 'out/metrics.json'),
    (error: Error) =>
      error instanceof InputError && /^out\/metrics\.json: .*not valid JSON/.test(error.message),
  );
});

test('parseModelMetrics refuses a file without any model metric, listing the keys it found', () => {
  assert.throws(
    () => parseModelMetrics('{"rsme": 0.3}', 'm.json'),
    /no model metric in \["rsme"\]; expected at least one of r2, rmse, mae, accuracy/,
  );
});

test('parseModelMetrics range-checks the known metrics', () => {
  assert.throws(
    () => parseModelMetrics('{"rmse": -1}', 'm.json'),
    /"rmse" is -1; expected a finite number >= 0/,
  );
});
