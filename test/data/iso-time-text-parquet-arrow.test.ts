import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDateFromDays, isoTimeOfDay, isoTimestamp } from '../../src/data/iso-time-text.ts';

test('isoDateFromDays gives the documented example and dates before 1970', () => {
  assert.equal(isoDateFromDays(19753), '2024-01-31');
  assert.equal(isoDateFromDays(-1), '1969-12-31');
  assert.equal(isoDateFromDays(0), '1970-01-01');
});

test('isoTimestamp keeps the unit precision, trims zeros and marks instants with Z', () => {
  assert.equal(isoTimestamp(1706696430123456n, 6, true), '2024-01-31T10:20:30.123456Z');
  assert.equal(isoTimestamp(-500n, 3, false), '1969-12-31T23:59:59.5');
  assert.equal(isoTimestamp(1706696430000000000n, 9, false), '2024-01-31T10:20:30');
  assert.equal(isoTimestamp(1706696430000000001n, 9, false), '2024-01-31T10:20:30.000000001');
  assert.equal(isoTimestamp(1706696430, 0, true), '2024-01-31T10:20:30Z');
});

test('isoTimeOfDay gives the time of day alone', () => {
  assert.equal(isoTimeOfDay(37230500, 3), '10:20:30.5');
  assert.equal(isoTimeOfDay(0n, 6), '00:00:00');
});
