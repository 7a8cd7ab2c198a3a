/**
 * The reference-vs-recent histogram of a numeric feature, drawn by every report. Pure.
 *
 * Bins must show a large shift as it is: they span the 1st to 99th percentiles of
 * BOTH samples (not only the reference's, which piled a 3 SD shift into one edge bin
 * and drew a wider distribution as a U), have "nice" edges (1, 2, 2.5 or 5 times a
 * power of ten) so their labels read as round numbers, and whatever lies outside
 * goes into explicit overflow bins labelled `< a` and `> b` instead of being added
 * silently to the edge bins.
 */
import type { Distribution } from './drift-report.ts';

/** One side of the comparison, as shares of its non-missing values. */
export interface HistogramSide {
  /** The value at quantile p (0..1). */
  quantile(p: number): number;
  /** Share of values strictly below x. */
  shareBelow(x: number): number;
  /** Share of values at or below x. */
  shareAtMost(x: number): number;
}

/** Inner bins aimed at; nice edges give between this and 2.5 times fewer. */
export const TARGET_BINS = 10;

/** Lowest and highest quantile each side contributes to the range of the inner bins. */
const RANGE_QUANTILES = [0.01, 0.99] as const;

/**
 * The histogram of `reference` and `recent` on shared bins.
 *
 * @example
 * // reference 0..99 and recent 100..199: ten bins of 20 span both, nothing overflows
 * overlayHistogram(sortedSide(ref, q), sortedSide(rec, q)).labels[0]; // => '0–20'
 */
export function overlayHistogram(
  reference: HistogramSide,
  recent: HistogramSide,
  targetBins: number = TARGET_BINS,
): Distribution {
  const lo = Math.min(reference.quantile(RANGE_QUANTILES[0]), recent.quantile(RANGE_QUANTILES[0]));
  const hi = Math.max(reference.quantile(RANGE_QUANTILES[1]), recent.quantile(RANGE_QUANTILES[1]));
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    // One value (or an infinite range): a single bin holding everything.
    return { labels: [formatEdge(lo)], reference: [1], recent: [1], edges: [lo, lo] };
  }
  const step = niceStep((hi - lo) / targetBins);
  const start = Math.floor(lo / step) * step;
  const count = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
  const edges = Array.from({ length: count + 1 }, (_, i) => roundToStep(start + i * step, step));
  const labels: string[] = [];
  const ref: number[] = [];
  const rec: number[] = [];
  const below = [reference.shareBelow(edges[0]), recent.shareBelow(edges[0])];
  if (below[0] > 0 || below[1] > 0) {
    labels.push(`< ${formatEdge(edges[0], step)}`);
    ref.push(below[0]);
    rec.push(below[1]);
  }
  // The first inner bin is closed on both sides [e0, e1]; the others are (e_i, e_i+1].
  let prev = below;
  for (let i = 0; i < count; i++) {
    const upTo = [reference.shareAtMost(edges[i + 1]), recent.shareAtMost(edges[i + 1])];
    labels.push(`${formatEdge(edges[i], step)}–${formatEdge(edges[i + 1], step)}`);
    ref.push(upTo[0] - prev[0]);
    rec.push(upTo[1] - prev[1]);
    prev = upTo;
  }
  if (prev[0] < 1 || prev[1] < 1) {
    labels.push(`> ${formatEdge(edges[count], step)}`);
    ref.push(1 - prev[0]);
    rec.push(1 - prev[1]);
  }
  return {
    labels,
    reference: ref.map(clampShare),
    recent: rec.map(clampShare),
    edges,
  };
}

/** A side read from sorted values, by binary search. */
export function sortedSide(
  sorted: Float64Array,
  quantileSorted: (p: number) => number,
): HistogramSide {
  const n = sorted.length;
  return {
    quantile: quantileSorted,
    shareBelow: (x) => lowerBound(sorted, x) / n,
    shareAtMost: (x) => upperBound(sorted, x) / n,
  };
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/** `start + i * step` accumulates float error (0.1 * 3 = 0.30000000000000004). */
function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/** Differences of shares can be -1e-17: a share is never negative. */
function clampShare(share: number): number {
  return Math.min(1, Math.max(0, share));
}

/**
 * A bin edge, short enough for an axis label: `45k`, `1.2M`, `0.25`, `1e-5`. With the
 * bin width `step`, it keeps the digits that tell neighbouring edges apart
 * (`1,234.5` with step 0.5 stays `1234.5`, not `1.23k`).
 *
 * @example
 * formatEdge(45000, 5000); // => '45k'
 */
export function formatEdge(value: number, step?: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const needed =
    step === undefined ? 3 : Math.floor(Math.log10(abs)) - Math.floor(Math.log10(step)) + 2;
  const digits = Math.min(15, Math.max(3, needed));
  if (abs < 1e-3 || abs >= 1e15)
    return Number(value.toPrecision(digits)).toExponential().replace(/e\+?/, 'e');
  if (abs >= 1e4 && digits <= 4)
    return new Intl.NumberFormat('en-US', {
      notation: 'compact',
      maximumSignificantDigits: digits,
    })
      .format(value)
      .replace('K', 'k');
  return Number(value.toPrecision(digits)).toString();
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
