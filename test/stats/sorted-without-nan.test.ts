import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedWithoutNaN } from '../../src/stats/sorted-without-nan.ts';
import { seededRandom } from '../helpers/random.ts';

function sameBits(actual: Float64Array, expected: Float64Array) {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i]))
      assert.fail(`index ${i}: ${actual[i]} !== ${expected[i]}`);
  }
}

test('sortedWithoutNaN matches the documented example', () => {
  sameBits(sortedWithoutNaN(Float64Array.of(3, NaN, -1, 2)), Float64Array.of(-1, 2, 3));
});

test('sortedWithoutNaN equals the native sort on large arrays of mixed signs, magnitudes, zeros and infinities', () => {
  const random = seededRandom(42);
  const n = 50000;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = random();
    values[i] =
      r < 0.05
        ? NaN
        : r < 0.08
          ? 0
          : r < 0.1
            ? -0
            : r < 0.11
              ? random() < 0.5
                ? -Infinity
                : Infinity
              : (random() - 0.5) * 10 ** Math.floor(random() * 600 - 300);
  }
  const copy = Float64Array.from(values);
  const expected = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
  sameBits(sortedWithoutNaN(values), expected);
  sameBits(values, copy);
});

test('sortedWithoutNaN sorts heavy ties and denormals like the native sort', () => {
  const random = seededRandom(7);
  const values = Float64Array.from(
    { length: 20000 },
    () => [5e-324, -5e-324, 1, 2, 3][Math.floor(random() * 5)],
  );
  sameBits(sortedWithoutNaN(values), Float64Array.from(values).sort());
});

test('sortedWithoutNaN returns an empty array for all-NaN input', () => {
  assert.equal(sortedWithoutNaN(Float64Array.of(NaN, NaN)).length, 0);
});

test('sortedWithoutNaN orders values that share their high 32 bits by the low bits, in short and long runs of both signs', () => {
  // Spread values make the sample judge runs short (the 2-pass sort by the high word);
  // 1 + k·2^-40 share sign, exponent and 20 mantissa bits, so each cluster is one run
  // of equal high words that only the low word orders: 300 values (past insertion)
  // and 30 (insertion), positive and negative, shuffled in.
  const random = seededRandom(5);
  const values: number[] = [];
  for (let i = 0; i < 50000; i++) values.push((random() - 0.5) * 1e6);
  for (const [size, sign] of [
    [300, 1],
    [300, -1],
    [30, 1],
    [30, -1],
  ]) {
    for (let k = 0; k < size; k++) values.push(sign * (7 + Math.floor(random() * 1e6) * 2 ** -40));
  }
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  const input = Float64Array.from(values);
  sameBits(sortedWithoutNaN(input), Float64Array.from(input).sort());
});
