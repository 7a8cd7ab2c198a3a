import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileColumn, valueOrder } from '../../src/profile/profile-column.ts';
import type { CategoricalProfile, NumericProfile } from '../../src/profile/column-profile.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { meanAndStandardDeviation } from '../../src/stats/mean-and-standard-deviation.ts';

test('a numeric profile holds the sorted values, counts, moments and distinct values', () => {
  const table = tableFromColumns({ x: [3, Number.NaN, 1, 2, 2] }, 'part');
  const profile = profileColumn(table.columns[0]) as NumericProfile;
  assert.equal(profile.kind, 'numeric');
  assert.deepEqual([...profile.sorted], [1, 2, 2, 3]);
  assert.equal(profile.rowCount, 5);
  assert.equal(profile.missing, 1);
  assert.equal(profile.count, 4);
  assert.equal(profile.distinct, 3);
  assert.equal(profile.integerValued, true);
  assert.equal(profile.order, 'none');
  const expected = meanAndStandardDeviation(new Float64Array([1, 2, 2, 3]));
  assert.equal(profile.mean, expected.mean);
  assert.equal(profile.standardDeviation, expected.standardDeviation);
});

test('valueOrder tells a row counter from a descending series and from shuffled values', () => {
  assert.equal(valueOrder(Float64Array.of(1, 2, Number.NaN, 2, 5)), 'increasing');
  assert.equal(valueOrder(Float64Array.of(9, 7, 7, 1)), 'decreasing');
  assert.equal(valueOrder(Float64Array.of(1, 3, 2)), 'none');
});

test('a profile of a column with a fractional value is not integer-valued', () => {
  const profile = profileColumn(tableFromColumns({ x: [1, 2.5] }, 't').columns[0]);
  assert.equal((profile as NumericProfile).integerValued, false);
});

test('a categorical profile counts each label once, in order of first appearance', () => {
  const table = tableFromColumns({ city: ['Oslo', 'Lima', '', 'Oslo', 'Pune'] }, 't');
  const profile = profileColumn(table.columns[0]) as CategoricalProfile;
  assert.equal(profile.kind, 'categorical');
  assert.deepEqual(profile.categories, ['Oslo', 'Lima', 'Pune']);
  assert.deepEqual([...profile.counts], [2, 1, 1]);
  assert.equal(profile.count, 4);
  assert.equal(profile.missing, table.columns[0].missing);
});
