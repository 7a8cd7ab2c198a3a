import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  isMissingCellBytes,
  isMissingCellText,
  MISSING_CELL_TEXTS,
} from '../../src/data/missing-cell.ts';
import {
  parseDecimal,
  parseDecimalCommaCell,
  parseInfinity,
} from '../../src/data/parse-decimal.ts';

const parse = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return parseDecimal(bytes, 0, bytes.length);
};

test('parseDecimal returns the documented example value', () => {
  assert.equal(parseDecimal(new TextEncoder().encode('-1.5e2'), 0, 6), -150);
});

test('parseDecimal agrees bit for bit with Number() on the shortest text of any double', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const text = String(x);
      assert.ok(Object.is(parse(text), Number(text)), text);
    }),
    { numRuns: 2000 },
  );
});

test('parseDecimal agrees with Number() on fixed-point texts with up to 15 digits', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (m, k) => {
      const text = (m / 10 ** k).toFixed(k);
      assert.ok(Object.is(parse(text), Number(text)), text);
    }),
  );
});

test('parseDecimal returns NaN for texts that are not decimal numbers', () => {
  for (const text of ['', '-', '.', 'e5', '1e', '1.2.3', '0x10', ' 1', 'Infinity', '1,5', 'NaN']) {
    assert.ok(Number.isNaN(parse(text)), text);
  }
});

test('isMissingCellBytes matches exactly the missing spellings', () => {
  for (const text of [...MISSING_CELL_TEXTS, 'na', 'nan', 'Null', 'none', 'NAN', 'x', 'NoneX']) {
    const bytes = new TextEncoder().encode(text);
    assert.equal(isMissingCellBytes(bytes, 0, bytes.length), isMissingCellText(text), text);
    assert.equal(
      isMissingCellText(text),
      (MISSING_CELL_TEXTS as readonly string[]).includes(text),
      text,
    );
  }
});

test('parseInfinity reads the spellings pandas reads as infinite, and nothing else', () => {
  const parse = (text: string) => parseInfinity(new TextEncoder().encode(text), 0, text.length);
  assert.equal(parse('-inf'), -Infinity);
  for (const text of ['inf', 'INF', '+inf', 'Infinity', 'infinity', '+Infinity']) {
    assert.equal(parse(text), Infinity, text);
  }
  assert.equal(parse('-Infinity'), -Infinity);
  for (const text of ['', 'in', 'infinit', 'infinityy', 'nan', '--inf', ' inf']) {
    assert.ok(Number.isNaN(parse(text)), text);
  }
});

test('parseDecimalCommaCell returns the documented example literally', () => {
  assert.equal(parseDecimalCommaCell(new TextEncoder().encode('1.234,5')), 1234.5);
});

test('parseDecimalCommaCell reads decimal commas with optional dot groups, and nothing else', () => {
  const read = (text: string) => parseDecimalCommaCell(Buffer.from(text, 'utf8'));
  assert.equal(read('-91,98'), -91.98);
  assert.equal(read(' 0,1 '), 0.1);
  assert.equal(read('+1.234.567,89'), 1234567.89);
  for (const text of ['1,2,3', '1.23,4', ',5', '5,', '1.5', '12', 'a,b', '1,5e3', '']) {
    assert.ok(Number.isNaN(read(text)), text);
  }
});
