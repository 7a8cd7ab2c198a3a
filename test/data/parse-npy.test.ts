import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import { parseNpy } from '../../src/data/parse-npy.ts';

const read = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url));
const expected: Record<string, (number | null)[]> = JSON.parse(
  read('npy-expected.json').toString(),
);

test('parseNpy returns the documented example values', () => {
  assert.deepEqual(
    parseNpy(read('float64-le.npy'), 'float64-le.npy'),
    new Float64Array([1.5, -2.25, 3, NaN, 1e300]),
  );
});

for (const [name, values] of Object.entries(expected)) {
  test(`parseNpy reads ${name} exactly as numpy wrote it`, () => {
    const actual = parseNpy(read(name), name);
    assert.deepEqual(
      [...actual].map((v) => (Number.isNaN(v) ? null : v)),
      values,
    );
  });
}

test('parseNpy rejects a file without the NumPy magic', () => {
  assert.throws(
    () => parseNpy(read('bad-magic.npy'), 'bad-magic.npy'),
    (error: Error) =>
      error instanceof InputError && /bad-magic\.npy: not a \.npy file/.test(error.message),
  );
});

test('parseNpy rejects a header it cannot read, quoting it', () => {
  assert.throws(
    () => parseNpy(read('corrupt-header.npy'), 'h.npy'),
    /h\.npy: the \.npy header .*'shape': \[3,\].* cannot be read/,
  );
});

test('parseNpy names an unsupported dtype and lists the supported ones', () => {
  assert.throws(
    () => parseNpy(read('complex.npy'), 'c.npy'),
    /c\.npy: dtype '<c16' is not supported; expected one of <f8, >f8, <f4, >f4, <i8, >i8, <i4, >i4, <i2, >i2, \|u1, \|b1\./,
  );
});

test('parseNpy rejects a matrix', () => {
  assert.throws(
    () => parseNpy(read('matrix.npy'), 'm.npy'),
    /m\.npy: array shape \(2, 3\) is not a vector/,
  );
});

test('parseNpy rejects data shorter than the shape says', () => {
  assert.throws(
    () => parseNpy(read('truncated.npy'), 't.npy'),
    /t\.npy: the data holds 20 bytes, expected 24 for shape \(3\) of '<f8'/,
  );
});

test('parseNpy rejects an unknown format version and a cut-off header', () => {
  const bytes = Buffer.from(read('float64-le.npy'));
  bytes[6] = 4;
  assert.throws(() => parseNpy(bytes, 'v.npy'), /format version 4\.0 is not supported/);
  assert.throws(
    () => parseNpy(read('float64-le.npy').subarray(0, 40), 'cut.npy'),
    /header is truncated/,
  );
});
