import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cramersV } from '../../src/stats/cramers-v.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface CramerCase {
  name: string;
  table: number[][];
  v: number;
}

test('cramersV matches scipy.stats.contingency.association(method="cramer") on every table', () => {
  const cases = readVectors<CramerCase>('cramers-v');
  assert.ok(cases.length > 15);
  for (const { name, table, v } of cases) assertClose(cramersV(table), v, name);
});

test('cramersV of [[10, 20], [30, 25]] is 0.2030905986149808, the documented example', () => {
  assert.equal(
    cramersV([
      [10, 20],
      [30, 25],
    ]),
    0.2030905986149808,
  );
});

test('cramersV is 1 for complete association and 0 for identical rows', () => {
  assert.equal(
    cramersV([
      [10, 0, 0],
      [0, 7, 3],
    ]),
    1,
  );
  assert.equal(
    cramersV([
      [2, 4, 6],
      [1, 2, 3],
    ]),
    0,
  );
});

test('cramersV ignores a category neither sample has', () => {
  assert.equal(
    cramersV([
      [10, 0, 20],
      [30, 0, 25],
    ]),
    cramersV([
      [10, 20],
      [30, 25],
    ]),
  );
});

test('cramersV is 0 when fewer than two categories remain', () => {
  assert.equal(
    cramersV([
      [5, 0],
      [7, 0],
    ]),
    0,
  );
});
