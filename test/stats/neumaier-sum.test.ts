import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NeumaierSum } from '../../src/stats/neumaier-sum.ts';

test('NeumaierSum recovers small terms lost next to huge ones, the documented example', () => {
  const sum = new NeumaierSum();
  for (const x of [1, 1e100, 1, -1e100]) sum.add(x);
  assert.equal(sum.value, 2);
});

test('NeumaierSum of a million tenths is 100000, as math.fsum', () => {
  const sum = new NeumaierSum();
  let plain = 0;
  for (let i = 0; i < 1_000_000; i++) {
    sum.add(0.1);
    plain += 0.1;
  }
  assert.equal(sum.value, 100000);
  assert.notEqual(plain, sum.value);
});

test('NeumaierSum starts at 0', () => {
  assert.equal(new NeumaierSum().value, 0);
});
