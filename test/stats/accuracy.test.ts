import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracy } from '../../src/stats/accuracy.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface AccuracyCase {
  name: string;
  actual: (number | string)[];
  predicted: (number | string)[];
  accuracy: number;
}

for (const reference of readVectors<AccuracyCase>('accuracy')) {
  test(`accuracy matches sklearn accuracy_score: ${reference.name}`, () => {
    assertClose(accuracy(reference.actual, reference.predicted), reference.accuracy, 'accuracy');
  });
}

test('accuracy gives the documented example', () => {
  assert.equal(accuracy(['cat', 'dog', 'dog', 'bird'], ['cat', 'dog', 'cat', 'bird']), 0.75);
});

test('accuracy compares labels strictly, so 1 and "1" differ', () => {
  assert.equal(accuracy<number | string>([1, 2], ['1', 2]), 0.5);
});

test('accuracy rejects mismatched lengths naming both', () => {
  assert.throws(
    () => accuracy([1, 2, 3], [1]),
    /accuracy: actual has 3 values and predicted has 1/,
  );
});
