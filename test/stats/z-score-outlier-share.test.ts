import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zScoreOutlierShare } from '../../src/stats/z-score-outlier-share.ts';
import { assertClose, readVectors } from './assert-close.ts';
import { deterministicSample, type SampleSpec } from './deterministic-sample.ts';

interface OutlierCase {
  referenceMean: number;
  referenceStd: number;
  recent: SampleSpec;
  threshold: number;
  count: number;
  observed: number;
  share: number;
}

for (const reference of readVectors<OutlierCase>('z-score-outlier-share')) {
  const { seed, length } = reference.recent;
  test(`zScoreOutlierShare matches numpy on ${length} values (seed ${seed}) at threshold ${reference.threshold}`, () => {
    const result = zScoreOutlierShare(
      reference.referenceMean,
      reference.referenceStd,
      deterministicSample(reference.recent),
      reference.threshold,
    );
    assert.equal(result.count, reference.count);
    assert.equal(result.observed, reference.observed);
    assertClose(result.share, reference.share, 'share');
  });
}

test('zScoreOutlierShare counts strictly beyond 3 sigma and skips NaN, the documented example', () => {
  assert.deepEqual(zScoreOutlierShare(0, 1, [0.5, -3.5, 4, NaN, 3]), {
    count: 2,
    share: 0.5,
    observed: 4,
  });
});

test('zScoreOutlierShare with std 0 flags every value different from the mean and nothing else', () => {
  assert.deepEqual(zScoreOutlierShare(5, 0, [5, 5, 5.000001, 4]), {
    count: 2,
    share: 0.5,
    observed: 4,
  });
  assert.deepEqual(zScoreOutlierShare(5, 0, [5, 5]), { count: 0, share: 0, observed: 2 });
});

test('zScoreOutlierShare of no recent values is a share of 0 out of 0', () => {
  assert.deepEqual(zScoreOutlierShare(0, 1, [NaN]), { count: 0, share: 0, observed: 0 });
});

test('zScoreOutlierShare rejects a negative std, a NaN mean and a negative threshold', () => {
  assert.throws(
    () => zScoreOutlierShare(0, -1, [1]),
    /referenceStd is -1, expected a finite number >= 0/,
  );
  assert.throws(() => zScoreOutlierShare(NaN, 1, [1]), /referenceMean is NaN/);
  assert.throws(() => zScoreOutlierShare(0, 1, [1], -2), /threshold is -2/);
});
