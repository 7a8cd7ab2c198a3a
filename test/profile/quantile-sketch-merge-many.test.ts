import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  countAtMostBounds,
  estimatedCdf,
  mergeManyQuantileSketches,
  mergeQuantileSketches,
  pruneQuantileSketch,
  quantileSketchFromSorted,
} from '../../src/profile/quantile-sketch.ts';
import type { QuantileSketch } from '../../src/profile/quantile-sketch.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

/** Normal values rounded to 2 decimals (many ties), sorted. */
function sample(seed: number, n: number, mean = 0): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from(normalSample(random, n, mean), (x) => Math.round(x * 100) / 100).sort();
}

function concatSorted(parts: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all.sort();
}

/** Largest |F̂(x) - F(x)| over every data value and the midpoints between distinct values. */
function worstCdfError(sketch: QuantileSketch, sorted: Float64Array): number {
  const n = sorted.length;
  let worst = Math.abs(estimatedCdf(sketch, sorted[0] - 1));
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && sorted[i + 1] === sorted[i]) continue;
    worst = Math.max(worst, Math.abs(estimatedCdf(sketch, sorted[i]) - (i + 1) / n));
    if (i + 1 < n) {
      const between = (sorted[i] + sorted[i + 1]) / 2;
      worst = Math.max(worst, Math.abs(estimatedCdf(sketch, between) - (i + 1) / n));
    }
  }
  return worst;
}

const parts = [sample(1, 3000), sample(2, 5000, 0.3), sample(3, 1000, -0.5), sample(4, 4000, 0.1)];

test('merging many sketches in one sweep gives the same bounds as merging them pairwise without pruning', () => {
  const sketches = parts.map((p) => quantileSketchFromSorted(p, 0.01));
  // A target below every bound: the pairwise merge's prune leaves the merged sketch as is.
  const pairwise = sketches.reduce((a, b) => mergeQuantileSketches(a, b, Number.MIN_VALUE));
  const swept = mergeManyQuantileSketches(sketches);
  assert.ok(swept.values.length > sketches[0].values.length);
  assert.deepEqual(swept, pairwise);
});

test('a merged sketch brackets the exact count at or below every kept value, within its bound of the exact CDF', () => {
  const sketches = parts.map((p) => quantileSketchFromSorted(p, 0.005));
  const merged = mergeManyQuantileSketches(sketches);
  const all = concatSorted(parts);
  assert.equal(merged.count, all.length);
  let j = 0;
  for (let i = 0; i < merged.values.length; i++) {
    while (j < all.length && all[j] <= merged.values[i]) j++;
    const { low, high } = countAtMostBounds(merged, merged.values[i]);
    assert.ok(low <= j && j <= high, `value ${merged.values[i]}: ${j} not in [${low}, ${high}]`);
  }
  const weighted = sketches.reduce((sum, s) => sum + s.rankErrorBound * s.count, 0) / all.length;
  assert.ok(merged.rankErrorBound <= weighted + 1e-15, `${merged.rankErrorBound} > ${weighted}`);
  assert.ok(worstCdfError(merged, all) <= merged.rankErrorBound);
});

test('sketches at half the rank error, merged and pruned once at the rank error, stay within it and shrink back', () => {
  const epsilon = 0.01;
  const merged = mergeManyQuantileSketches(
    parts.map((p) => quantileSketchFromSorted(p, epsilon / 2)),
  );
  assert.ok(merged.rankErrorBound <= epsilon / 2);
  const pruned = pruneQuantileSketch(merged, epsilon);
  const all = concatSorted(parts);
  assert.ok(pruned.rankErrorBound <= epsilon, `bound ${pruned.rankErrorBound}`);
  assert.ok(worstCdfError(pruned, all) <= pruned.rankErrorBound);
  // Back to about the size of one sketch at ε, not the sum of the parts'.
  const direct = quantileSketchFromSorted(all, epsilon);
  assert.ok(
    pruned.values.length <= 2 * direct.values.length,
    `${pruned.values.length} kept values, ${direct.values.length} in one sketch`,
  );
});

test('merging no sketch, or only empty ones, gives an empty sketch; merging one gives it back', () => {
  const empty = quantileSketchFromSorted(new Float64Array(0));
  const none = mergeManyQuantileSketches([]);
  assert.equal(none.count, 0);
  assert.equal(none.values.length, 0);
  assert.equal(mergeManyQuantileSketches([empty, empty]).count, 0);
  const one = quantileSketchFromSorted(parts[0], 0.01);
  assert.deepEqual(mergeManyQuantileSketches([empty, one]), one);
});
