import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import {
  loadBaselineMetrics,
  parseBaselineMetrics,
} from '../../src/data/parse-baseline-metrics.ts';

test('parseBaselineMetrics returns the documented example metrics', () => {
  assert.deepEqual(parseBaselineMetrics('{"r2": 0.87, "rmse": 4.2}'), { r2: 0.87, rmse: 4.2 });
});

test('parseBaselineMetrics accepts every metric at its bounds, and a negative R2', () => {
  assert.deepEqual(parseBaselineMetrics('{"r2": -3, "rmse": 0, "mae": 0, "accuracy": 1}'), {
    r2: -3,
    rmse: 0,
    mae: 0,
    accuracy: 1,
  });
});

test('parseBaselineMetrics names an unknown key and lists the allowed ones', () => {
  assert.throws(
    () => parseBaselineMetrics('{"rsme": 4.2}', 'metrics.json'),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        'metrics.json: unknown metric "rsme"; expected only r2, rmse, mae, accuracy.',
  );
});

test('parseBaselineMetrics rejects values out of range or not numbers', () => {
  assert.throws(
    () => parseBaselineMetrics('{"rmse": -1}'),
    /"rmse" is -1; expected a finite number >= 0/,
  );
  assert.throws(
    () => parseBaselineMetrics('{"mae": "2"}'),
    /"mae" is "2"; expected a finite number >= 0/,
  );
  assert.throws(
    () => parseBaselineMetrics('{"accuracy": 1.01}'),
    /"accuracy" is 1.01; expected a number between 0 and 1/,
  );
  assert.throws(
    () => parseBaselineMetrics('{"r2": 1.5}'),
    /"r2" is 1.5; expected a finite number at most 1/,
  );
  assert.throws(
    () => parseBaselineMetrics('{"rmse": 1e999}'),
    /"rmse" is out of range \(not a finite number/,
  );
});

test('an inline baseline {"r2": 1e400} says out of range and an inline [0.9] says expected a JSON object, not a file lookup', async () => {
  await assert.rejects(
    loadBaselineMetrics('{"r2": 1e400}'),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        'baseline metrics: "r2" is out of range (not a finite number: it is beyond ±1.8e308, the largest double); expected a finite number at most 1.',
  );
  await assert.rejects(
    loadBaselineMetrics(' [0.9] '),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        'baseline metrics: [0.9] is not a JSON object; expected a JSON object such as {"r2": 0.87, "rmse": 4.2}.',
  );
});

test('parseBaselineMetrics rejects invalid JSON and non-objects', () => {
  assert.throws(() => parseBaselineMetrics('{r2: 1}'), /baseline metrics: not valid JSON/);
  assert.throws(() => parseBaselineMetrics('[0.5]'), /\[0\.5\] is not a JSON object/);
});

test('loadBaselineMetrics reads inline JSON and JSON files', async () => {
  assert.deepEqual(await loadBaselineMetrics('{"accuracy": 0.93}'), { accuracy: 0.93 });
  assert.deepEqual(await loadBaselineMetrics(' test/fixtures/data/baseline.json'), {
    r2: 0.87,
    rmse: 4.2,
  });
  await assert.rejects(loadBaselineMetrics('missing.json'), /missing\.json: file not found/);
});
