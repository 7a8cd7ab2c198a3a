import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantileSorted } from 'simple-statistics';
import {
  formatEdge,
  niceStep,
  overlayHistogram,
  sortedSide,
} from '../../src/detect/overlay-histogram.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

function side(values: readonly number[]) {
  const sorted = Float64Array.from(values).sort();
  return sortedSide(sorted, (p) => quantileSorted(sorted as unknown as number[], p));
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

test('overlayHistogram spans both samples, so a 3 SD shift is not piled into an edge bin', () => {
  const random = seededRandom(7);
  const reference = normalSample(random, 5000, 0, 1);
  const recent = normalSample(random, 5000, 3, 1);
  const h = overlayHistogram(side(reference), side(recent));
  // Before: bins over the reference's 1st-99th percentile put 87% of recent values in
  // the last bin. Now the edge bins hold little of either sample, and the recent
  // sample peaks in the bin around its own mean.
  for (const shares of [h.reference, h.recent]) {
    assert.ok(shares[0] + shares.at(-1)! < 0.05, `edge bins hold ${shares[0] + shares.at(-1)!}`);
  }
  const peak = h.recent.indexOf(Math.max(...h.recent));
  assert.match(h.labels[peak], /^(2\.5|3)–|–3(\.5)?$/);
  assert.ok(Math.abs(sum(h.reference) - 1) < 1e-12);
  assert.ok(Math.abs(sum(h.recent) - 1) < 1e-12);
  assert.equal(h.edges![0] <= -2, true);
  assert.equal(h.edges!.at(-1)! >= 5, true);
});

test('overlayHistogram puts values outside the range in overflow bins labelled < a and > b', () => {
  const reference = Array.from({ length: 1000 }, (_, i) => i / 10);
  const recent = [
    ...reference.slice(0, 990),
    5000,
    6000,
    7000,
    8000,
    9000,
    1e4,
    2e4,
    3e4,
    4e4,
    5e4,
  ];
  const h = overlayHistogram(side([-500, ...reference]), side(recent));
  assert.match(h.labels[0], /^< /);
  assert.match(h.labels.at(-1)!, /^> /);
  assert.equal(h.reference[0], 1 / 1001);
  assert.equal(h.recent[0], 0);
  // The one top outlier per cent of recent values lies above the recent 99th percentile.
  assert.ok(h.recent.at(-1)! > 0);
  assert.ok(Math.abs(sum(h.recent) - 1) < 1e-12);
});

test('overlayHistogram bins have round edges and no overflow bin when nothing overflows', () => {
  const reference = Array.from({ length: 100 }, (_, i) => i + 0.5);
  const recent = Array.from({ length: 100 }, (_, i) => 100.5 + i);
  const h = overlayHistogram(side(reference), side(recent));
  assert.deepEqual(h.edges, [0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
  assert.equal(h.labels[0], '0–20');
  assert.equal(h.labels.length, 10);
  const close = (xs: readonly number[], ys: readonly number[]) =>
    xs.forEach((x, i) => assert.ok(Math.abs(x - ys[i]) < 1e-12, `${x} vs ${ys[i]}`));
  close(h.reference, [0.2, 0.2, 0.2, 0.2, 0.2, 0, 0, 0, 0, 0]);
  close(h.recent, [0, 0, 0, 0, 0, 0.2, 0.2, 0.2, 0.2, 0.2]);
});

test('overlayHistogram of a constant column is one bin holding everything', () => {
  const h = overlayHistogram(side([3, 3, 3]), side([3, 3]));
  assert.deepEqual(h.reference, [1]);
  assert.deepEqual(h.recent, [1]);
  assert.deepEqual(h.labels, ['3']);
});

test('niceStep rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
  assert.equal(niceStep(0.13), 0.2);
  assert.equal(niceStep(2.2), 2.5);
  assert.equal(niceStep(3), 5);
  assert.equal(niceStep(700), 1000);
  assert.equal(niceStep(20), 20);
});

test('formatEdge keeps the digits that tell neighbouring edges apart', () => {
  assert.equal(formatEdge(45000, 5000), '45k');
  assert.equal(formatEdge(52500, 2500), '52.5k');
  assert.equal(formatEdge(1_200_000, 100_000), '1.2M');
  assert.equal(formatEdge(1234.5, 0.5), '1234.5');
  assert.equal(formatEdge(12345, 5), '12345');
  assert.equal(formatEdge(0.25, 0.05), '0.25');
  assert.equal(formatEdge(0.00002, 0.00001), '2e-5');
  assert.equal(formatEdge(-0.3, 0.1), '-0.3');
});
