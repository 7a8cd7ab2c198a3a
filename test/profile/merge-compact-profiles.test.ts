import assert from 'node:assert/strict';
import { test } from 'node:test';

import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { mergeColumnProfiles } from '../../src/profile/merge-column-profiles.ts';
import type { NumericProfile } from '../../src/profile/column-profile.ts';
import { profileTable } from '../../src/profile/saved-profile.ts';
import { ksTestAgainstSketch } from '../../src/profile/ks-test-against-sketch.ts';
import { ksTestSorted } from '../../src/stats/ks-test.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

test('compact profiles of two parts merge into a sketch of the whole within the parts’ bound', () => {
  const random = seededRandom(7);
  const first = normalSample(random, 20_000);
  const second = normalSample(random, 12_000, 0.5);
  const part = (values: number[]) =>
    profileTable(tableFromColumns({ x: values }, 'part'), {
      toolVersion: 'test',
      mode: 'compact',
      maxRankError: 0.002,
    }).columns[0] as NumericProfile;
  const merged = mergeColumnProfiles(part(first), part(second)) as NumericProfile;
  assert.ok(merged.sketch, 'the merge keeps a sketch');
  assert.equal(merged.count, 32_000);
  assert.ok(merged.sketch.rankErrorBound <= 0.002, `bound ${merged.sketch.rankErrorBound}`);
  const whole = Float64Array.from([...first, ...second]).sort();
  const recent = Float64Array.from(normalSample(random, 4_000, 0.2)).sort();
  const exact = ksTestSorted(whole, recent, { method: 'asymp' }).statistic;
  const approximate = ksTestAgainstSketch(merged.sketch, recent).statistic;
  assert.ok(Math.abs(approximate - exact) <= merged.sketch.rankErrorBound);
  const mean = whole.reduce((s, x) => s + x, 0) / whole.length;
  assert.ok(Math.abs(merged.mean - mean) < 1e-12);
});
