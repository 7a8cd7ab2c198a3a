import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  chooseFloatArrayEncoding,
  decodeFloatArray,
  encodeFloatArray,
} from '../../src/engines/float-array-codec.ts';
import { seededRandom } from '../helpers/random.ts';

/** Encodes and decodes `values`, asserting every bit came back; returns the encoding and size. */
function roundTrip(values: Float64Array) {
  const encoding = chooseFloatArrayEncoding(values);
  const bytes = encodeFloatArray(values, encoding);
  const back = decodeFloatArray(bytes, values.length, encoding, 'test array');
  assert.equal(back.length, values.length);
  for (let i = 0; i < values.length; i++) {
    assert.ok(Object.is(back[i], values[i]), `value ${i}: ${back[i]} for ${values[i]}`);
  }
  return { encoding, bytes: bytes.length };
}

test('decimals parsed from text are stored as whole numbers at their smallest scale', () => {
  const random = seededRandom(3);
  const sorted = Float64Array.from({ length: 10_000 }, () =>
    Number((random() * 40 - 20).toFixed(6)),
  );
  sorted.sort();
  const { encoding, bytes } = roundTrip(sorted);
  assert.deepEqual(encoding, { kind: 'decimal', scale: 6 });
  // Sorted differences of ~4e-3 (4,000 at scale 6) take about two bytes each, not eight.
  assert.ok(bytes < 2.5 * sorted.length, `${bytes} bytes`);
  assert.deepEqual(roundTrip(Float64Array.of(1, 1, 2, 7, 1)).encoding, {
    kind: 'decimal',
    scale: 0,
  });
  assert.deepEqual(roundTrip(Float64Array.of(-0.5, 0.25, 3)).encoding, {
    kind: 'decimal',
    scale: 2,
  });
  assert.deepEqual(roundTrip(Float64Array.of(0.1, 0.2, 0.3)).encoding, {
    kind: 'decimal',
    scale: 1,
  });
  // Largest whole numbers kept as decimals, both signs: differences of 2^52 - 2.
  assert.deepEqual(roundTrip(Float64Array.of(-(2 ** 51) + 1, 2 ** 51 - 1)).encoding, {
    kind: 'decimal',
    scale: 0,
  });
});

test('values no decimal scale reproduces bit for bit are stored as XOR byte planes', () => {
  const cases: Array<[string, number[]]> = [
    ['full precision', [0.1 + 0.2, Math.PI, Math.E]],
    ['negative zero', [-0, 0, 1]],
    ['infinities', [-Infinity, 1, Infinity]],
    ['subnormals', [5e-324, 1e-310]],
    ['beyond 2^51', [2 ** 51, 2 ** 60, 1e300]],
    ['float32 widened', [Math.fround(0.1), Math.fround(1.7)]],
  ];
  for (const [label, values] of cases) {
    const { encoding, bytes } = roundTrip(Float64Array.from(values));
    assert.deepEqual(encoding, { kind: 'xor' }, label);
    assert.equal(bytes, 8 * values.length, label);
  }
  const random = seededRandom(11);
  const noise = Float64Array.from({ length: 5_000 }, () => random() * 1e-3 - 5);
  assert.deepEqual(roundTrip(noise.sort()).encoding, { kind: 'xor' });
});

test('an empty array and one value round-trip', () => {
  assert.equal(roundTrip(new Float64Array(0)).bytes, 0);
  assert.deepEqual(roundTrip(Float64Array.of(42.5)).encoding, { kind: 'decimal', scale: 1 });
});

test('damaged bytes and unknown encodings are errors naming the array and what was expected', () => {
  const values = Float64Array.of(1.5, 2.25, 300);
  const encoding = chooseFloatArrayEncoding(values);
  const bytes = encodeFloatArray(values, encoding);
  assert.throws(
    () => decodeFloatArray(bytes.subarray(0, bytes.length - 1), 3, encoding, "column 'x' values"),
    /^Error: column 'x' values: the bytes end at value 3 of 3; the array is damaged\.$/,
  );
  assert.throws(
    () => decodeFloatArray(bytes, 2, encoding, "column 'x' values"),
    /column 'x' values: \d+ bytes left after 2 values; the array is damaged\./,
  );
  assert.throws(
    () => decodeFloatArray(new Uint8Array(23), 3, { kind: 'xor' }, "column 'y' counts"),
    /column 'y' counts: 23 bytes cannot hold 3 values; the array is damaged\./,
  );
  assert.throws(
    () => decodeFloatArray(new Uint8Array(25), 3, { kind: 'xor' }, "column 'y' counts"),
    /column 'y' counts: 25 bytes for 3 values; expected 24\./,
  );
  // A hostile length is refused before anything is allocated.
  assert.throws(
    () => decodeFloatArray(bytes, 1e15, encoding, 'values'),
    /values: \d+ bytes cannot hold 1000000000000000 values/,
  );
  assert.throws(
    () => decodeFloatArray(bytes, 3, { kind: 'decimal', scale: 16 }, 'sketch'),
    /sketch: unknown array encoding \{"kind":"decimal","scale":16\}; expected \{"kind":"xor"\} or \{"kind":"decimal","scale":0\.\.15\}\./,
  );
});
