import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatCost,
  formatCount,
  formatPValue,
  formatPointChange,
  formatTimestamp,
  formatValue,
  noWrap,
} from '../../src/report/format.ts';

test('formatPValue never prints 0 or a denormal: below 1e-300 it says so', () => {
  assert.equal(formatPValue(0), '< 1e-300');
  assert.equal(formatPValue(3.01e-322), '< 1e-300');
  assert.equal(formatPValue(1e-300), '1.00e-300');
  assert.equal(formatPValue(2.38e-6), '2.38e-6');
  assert.equal(formatPValue(0.0521), '0.0521');
  assert.equal(formatPValue(1), '1');
  assert.equal(formatPValue(Number.NaN), 'n/a');
});

test('formatCost reads as money, never in exponent form', () => {
  assert.equal(formatCost(6.925e-4), '0.00069');
  assert.equal(formatCost(2), '2.00');
  assert.equal(formatCost(1234.5), '1,234.50');
  assert.equal(formatCost(0), '0');
  assert.equal(formatCost(null), 'n/a');
});

test('formatCount and formatValue use thousands separators', () => {
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatValue(52134.567), '52,130');
  assert.equal(formatValue(0.000692), '0.000692');
  assert.equal(formatValue(42), '42');
  assert.equal(formatValue(-1.5e-7), '-1.50e-7');
  assert.equal(formatValue(Number.POSITIVE_INFINITY), '∞');
});

test('formatPointChange gives a rate change in percentage points, not a relative percent', () => {
  // An error rate from 5% to 13% rose 8 points (the relative change would be 160%).
  assert.equal(formatPointChange(0.05, 0.13), '+8.0 pp');
  assert.equal(formatPointChange(0.95, 0.87), '−8.0 pp');
  assert.equal(formatPointChange(0.2, 0.55), '+35 pp');
  assert.equal(formatPointChange(0.5, 0.5), '±0.0 pp');
});

test('formatTimestamp is a short UTC time that cannot wrap', () => {
  const shown = formatTimestamp('2026-05-01T06:00:59.123Z');
  assert.equal(shown.replace(/\u2011/g, '-').replace(/\u00a0/g, ' '), '2026-05-01 06:00 UTC');
  assert.doesNotMatch(shown, /[ -]/);
  assert.equal(noWrap('a-b c'), 'a\u2011b\u00a0c');
});
