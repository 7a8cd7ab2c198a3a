/**
 * What the HTML report shows about the model, summarised from the raw predictions and
 * actuals into a size that does not grow with the number of rows: a 1M-row window
 * becomes a 40 x 40 density grid, a 30-bin error histogram, or a confusion matrix of
 * at most {@link MAX_CLASSES} classes. Pure.
 */
import type { MetricsReport } from '../../detect/drift-report.ts';
import type { ModelOutputs } from '../../shared/model-outputs.ts';
import { NeumaierSum } from '../../stats/neumaier-sum.ts';

/** Cells per side of the predicted-vs-actual density grid. */
export const GRID_SIZE = 40;
/** Bins of the error histogram. */
export const ERROR_BINS = 30;
/** Classes shown one by one; the rest are summed into "(other classes)". */
export const MAX_CLASSES = 20;

export interface RegressionView {
  readonly task: 'regression';
  /** Scored pairs (both sides present). */
  readonly count: number;
  /**
   * Common range of actuals and predictions, the grid's extent on both axes (max is
   * min + 1 when every value is the same). Cells are counted as
   * `numpy.histogram2d(actuals, predictions, bins=GRID_SIZE, range=[[min, max]] * 2)`.
   */
  readonly min: number;
  readonly max: number;
  /** [actual cell centre, predicted cell centre, rows] for every non-empty cell. */
  readonly cells: readonly (readonly [number, number, number])[];
  /**
   * Error = predicted - actual: equal-width bins over the observed range, counted as
   * `numpy.histogram(errors, bins=ERROR_BINS)` (same edges; each bin holds
   * lower <= e < upper, the last also e = upper). One bin [e, e] when every error is e.
   */
  readonly errorBins: { readonly lower: number; readonly upper: number; readonly count: number }[];
  /** Mean error (bias): positive when the model over-predicts. */
  readonly meanError: number;
}

export interface ClassResult {
  readonly label: string;
  /** Rows whose actual class is this one. */
  readonly support: number;
  /** Rows predicted as this class. */
  readonly predicted: number;
  /** tp / predicted; 0 when the class was never predicted (scikit-learn's zero_division=0). */
  readonly precision: number;
  /** tp / support; 0 when the class never occurred (scikit-learn's zero_division=0). */
  readonly recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0, as in scikit-learn. */
  readonly f1: number;
}

export interface ClassificationView {
  readonly task: 'classification';
  readonly count: number;
  /** Class labels, most frequent first; the last is "(other classes)" when some were merged. */
  readonly labels: readonly string[];
  /** matrix[actual][predicted] = rows, in the order of `labels`. */
  readonly matrix: readonly (readonly number[])[];
  readonly classes: readonly ClassResult[];
  /** How many classes were merged into "(other classes)" (0 when none). */
  readonly mergedClasses: number;
}

/** The model-quality pictures of one check (prediction drift is in the DriftReport). */
export type ModelViews = RegressionView | ClassificationView;

export const OTHER_CLASSES = '(other classes)';

/**
 * Summarises the scored model outputs of a check for the HTML report; undefined when
 * the check scored no predictions. `task` is the one the check resolved
 * (report.metrics.task).
 */
export function buildModelViews(
  outputs: ModelOutputs | undefined,
  task: MetricsReport['task'],
): ModelViews | undefined {
  if (!outputs || task === 'none') return undefined;
  const { predictions, actuals } = pairsWithBothSides(outputs);
  if (predictions.length === 0) return undefined;
  return task === 'classification'
    ? classificationView(predictions, actuals, outputs.labels)
    : regressionView(predictions, actuals);
}

function pairsWithBothSides(outputs: ModelOutputs) {
  const keep: number[] = [];
  for (let i = 0; i < outputs.predictions.length; i++) {
    const p = outputs.predictions[i];
    const a = outputs.actuals[i];
    if (Number.isFinite(p) && Number.isFinite(a)) keep.push(i);
  }
  const predictions = new Float64Array(keep.length);
  const actuals = new Float64Array(keep.length);
  keep.forEach((row, j) => {
    predictions[j] = outputs.predictions[row];
    actuals[j] = outputs.actuals[row];
  });
  return { predictions, actuals };
}

/**
 * Density grid of (actual, predicted) and the histogram of predicted - actual, binned
 * exactly as NumPy bins them (see {@link equalWidthBinIndex}) so the counts match
 * `numpy.histogram2d` and `numpy.histogram`.
 */
export function regressionView(predictions: Float64Array, actuals: Float64Array): RegressionView {
  let min = Infinity;
  let max = -Infinity;
  let errorMin = Infinity;
  let errorMax = -Infinity;
  // Compensated, so the mean error agrees with the exactly rounded mean even when
  // large errors of both signs nearly cancel.
  const errorSum = new NeumaierSum();
  for (let i = 0; i < predictions.length; i++) {
    const p = predictions[i];
    const a = actuals[i];
    if (p < min) min = p;
    if (a < min) min = a;
    if (p > max) max = p;
    if (a > max) max = a;
    const e = p - a;
    if (e < errorMin) errorMin = e;
    if (e > errorMax) errorMax = e;
    errorSum.add(e);
  }
  if (!(max > min)) max = min + 1;
  const gridEdges = equalWidthEdges(min, max, GRID_SIZE);
  const counts = new Float64Array(GRID_SIZE * GRID_SIZE);
  for (let i = 0; i < predictions.length; i++) {
    const x = equalWidthBinIndex(actuals[i], gridEdges);
    const y = equalWidthBinIndex(predictions[i], gridEdges);
    counts[x * GRID_SIZE + y] += 1;
  }
  const cells: [number, number, number][] = [];
  const centre = (cell: number) => (gridEdges[cell] + gridEdges[cell + 1]) / 2;
  for (let x = 0; x < GRID_SIZE; x++) {
    for (let y = 0; y < GRID_SIZE; y++) {
      const count = counts[x * GRID_SIZE + y];
      if (count > 0) cells.push([centre(x), centre(y), count]);
    }
  }
  const errorBins =
    errorMax > errorMin
      ? errorHistogram(predictions, actuals, equalWidthEdges(errorMin, errorMax, ERROR_BINS))
      : [{ lower: errorMin, upper: errorMax, count: predictions.length }];
  return {
    task: 'regression',
    count: predictions.length,
    min,
    max,
    cells,
    errorBins,
    meanError: predictions.length > 0 ? errorSum.value / predictions.length : Number.NaN,
  };
}

function errorHistogram(predictions: Float64Array, actuals: Float64Array, edges: Float64Array) {
  const bins = Array.from({ length: edges.length - 1 }, (_, i) => ({
    lower: edges[i],
    upper: edges[i + 1],
    count: 0,
  }));
  for (let i = 0; i < predictions.length; i++) {
    bins[equalWidthBinIndex(predictions[i] - actuals[i], edges)].count += 1;
  }
  return bins;
}

/**
 * The `bins + 1` edges of `numpy.linspace(lower, upper, bins + 1)`: lower + i · step
 * with step = (upper - lower) / bins, and the last edge exactly `upper`.
 */
function equalWidthEdges(lower: number, upper: number, bins: number): Float64Array {
  const step = (upper - lower) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => i * step + lower);
  edges[bins] = upper;
  return edges;
}

/**
 * Bin of `value` (within [edges[0], edges.at(-1)]) as `numpy.histogram` finds it for
 * equal-width bins: a first guess from (value - lower) · bins / (upper - lower), then
 * moved by one where rounding put it on the wrong side of an edge, so bin i holds
 * edges[i] <= value < edges[i + 1] and the last bin also its upper edge. A plain
 * floor((value - lower) / width) disagrees with the edges for values on or next to them.
 */
function equalWidthBinIndex(value: number, edges: Float64Array): number {
  const bins = edges.length - 1;
  const lower = edges[0];
  const norm = bins / (edges[bins] - lower);
  let index = Math.min(bins - 1, Math.max(0, Math.trunc((value - lower) * norm)));
  if (value < edges[index]) index -= 1;
  else if (index !== bins - 1 && value >= edges[index + 1]) index += 1;
  return index;
}

/**
 * Confusion matrix and per-class precision, recall and F1, as scikit-learn's
 * `confusion_matrix` and `precision_recall_fscore_support(average=None, zero_division=0)`
 * define them: an undefined ratio (a class never predicted, or never actual) is 0, and F1
 * is 0 whenever precision and recall are both 0. The report lists `predicted` and
 * `support` beside them, so a 0 from a class that was never predicted stays visible.
 * Classes beyond {@link MAX_CLASSES} (by rows, actual + predicted) are merged.
 */
export function classificationView(
  predictions: Float64Array,
  actuals: Float64Array,
  labels?: readonly string[],
): ClassificationView {
  const nameOf = (code: number) => (labels ? (labels[code] ?? String(code)) : String(code));
  const frequency = new Map<number, number>();
  for (let i = 0; i < predictions.length; i++) {
    frequency.set(actuals[i], (frequency.get(actuals[i]) ?? 0) + 1);
    frequency.set(predictions[i], (frequency.get(predictions[i]) ?? 0) + 1);
  }
  const ordered = [...frequency.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([code]) => code);
  const merged = Math.max(0, ordered.length - MAX_CLASSES);
  const shown = merged > 0 ? ordered.slice(0, MAX_CLASSES - 1) : ordered;
  const indexOf = new Map(shown.map((code, i) => [code, i]));
  const size = shown.length + (merged > 0 ? 1 : 0);
  const other = shown.length;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < predictions.length; i++) {
    matrix[indexOf.get(actuals[i]) ?? other][indexOf.get(predictions[i]) ?? other] += 1;
  }
  const names = [...shown.map(nameOf), ...(merged > 0 ? [OTHER_CLASSES] : [])];
  const classes = names.map((label, k) => {
    const tp = matrix[k][k];
    const support = matrix[k].reduce((sum, n) => sum + n, 0);
    const predicted = matrix.reduce((sum, row) => sum + row[k], 0);
    const precision = predicted > 0 ? tp / predicted : 0;
    const recall = support > 0 ? tp / support : 0;
    // Same operations in the same order as scikit-learn 1.2: (1 + β²)·p·r / (β²·p + r).
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, support, predicted, precision, recall, f1 };
  });
  return {
    task: 'classification',
    count: predictions.length,
    labels: names,
    matrix,
    classes,
    mergedClasses: merged > 0 ? ordered.length - shown.length : 0,
  };
}
