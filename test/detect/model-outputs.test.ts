import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveModelOutputs, resolvePredictionSides } from '../../src/shared/model-outputs.ts';
import { InputError } from '../../src/shared/input-error.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';

const recent = tableFromColumns({ x: [1, 2, 3], pred: ['a', 'b', 'a'] }, 'recent.csv');
const array = (values: number[], source: string) =>
  ({ kind: 'array', values: Float64Array.from(values), source }) as const;

test('predictions without actuals are not refused: nothing is scored, prediction drift gets them', () => {
  const predictions = array([0.1, 0.2, 0.3], 'p.npy');
  assert.equal(resolveModelOutputs(recent, predictions, { kind: 'none' }), undefined);
  const sides = resolvePredictionSides(recent, predictions, array([0.1, 0.4], 'ref.npy'));
  assert.deepEqual(sides, {
    recent: { values: Float64Array.from([0.1, 0.2, 0.3]), source: 'p.npy' },
    reference: { values: Float64Array.from([0.1, 0.4]), source: 'ref.npy' },
  });
});

test('a prediction column keeps its labels for class shares', () => {
  const sides = resolvePredictionSides(
    recent,
    { kind: 'column', column: 'pred' },
    { kind: 'none' },
  );
  assert.deepEqual(sides?.recent.labels, ['a', 'b']);
  assert.equal(sides?.recent.source, "recent.csv column 'pred'");
  assert.equal(sides?.reference, undefined);
});

test('predictions of the wrong length are still an InputError naming both counts', () => {
  assert.throws(
    () => resolveModelOutputs(recent, array([1, 2], 'p.npy'), { kind: 'none' }),
    (error: Error) =>
      error instanceof InputError &&
      /p\.npy has 2 predictions but recent\.csv has 3 rows/.test(error.message),
  );
});

test('actuals without predictions, or reference predictions without recent ones, are refused', () => {
  assert.throws(
    () => resolveModelOutputs(recent, { kind: 'none' }, array([1, 2, 3], 'a.npy')),
    /Recent actuals were given without recent predictions/,
  );
  assert.throws(
    () => resolvePredictionSides(recent, { kind: 'none' }, array([1], 'ref.npy')),
    /Reference predictions were given without recent predictions/,
  );
});
