import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileColumn } from '../../src/profile/profile-column.ts';
import { mergeColumnProfiles } from '../../src/profile/merge-column-profiles.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

function profileOf(values: Record<string, (number | string)[]>) {
  return profileColumn(tableFromColumns(values, 'part').columns[0]);
}

test('merging the profiles of two parts gives exactly the profile of the whole', () => {
  const random = seededRandom(11);
  const whole = normalSample(random, 3000, 5, 2).map((v, i) => (i % 97 === 0 ? Number.NaN : v));
  whole[10] = -0;
  whole[2500] = 0;
  const merged = mergeColumnProfiles(
    profileOf({ x: whole.slice(0, 1234) }),
    profileOf({ x: whole.slice(1234) }),
  );
  assert.deepEqual(merged, profileOf({ x: whole }));
});

test('merging keeps the row order of a counter split in two and loses it when parts overlap', () => {
  const counter = Array.from({ length: 100 }, (_, i) => i);
  const inOrder = mergeColumnProfiles(
    profileOf({ id: counter.slice(0, 40) }),
    profileOf({ id: counter.slice(40) }),
  );
  assert.equal(inOrder.kind === 'numeric' && inOrder.order, 'increasing');
  const overlapping = mergeColumnProfiles(
    profileOf({ id: counter.slice(40) }),
    profileOf({ id: counter.slice(0, 40) }),
  );
  assert.equal(overlapping.kind === 'numeric' && overlapping.order, 'none');
});

test('merging categorical parts sums the counts and keeps labels in first-appearance order', () => {
  const whole = ['b', 'a', 'b', 'c', 'a', 'd', 'b'];
  const merged = mergeColumnProfiles(
    profileOf({ k: whole.slice(0, 3) }),
    profileOf({ k: whole.slice(3) }),
  );
  assert.deepEqual(merged, profileOf({ k: whole }));
});

test('merging the profiles of two different columns is refused, naming both', () => {
  assert.throws(
    () => mergeColumnProfiles(profileOf({ a: [1] }), profileOf({ b: ['x'] })),
    /numeric column 'a' with that of categorical column 'b'/,
  );
});
