import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  ERROR_BINS,
  GRID_SIZE,
  MAX_CLASSES,
  OTHER_CLASSES,
  buildModelViews,
  classificationView,
  regressionView,
} from '../../src/report/html/model-views.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';
import { assertClose } from '../stats/assert-close.ts';

/** Every number of the views against scikit-learn / NumPy, to floating-point precision. */
const RELATIVE_TOLERANCE = 1e-12;

interface ClassificationVector {
  name: string;
  predictions: (number | null)[];
  actuals: (number | null)[];
  labels: string[] | null;
  expected: {
    count: number;
    labels: string[];
    mergedClasses: number;
    matrix: number[][];
    support: number[];
    predicted: number[];
    precision: number[];
    recall: number[];
    f1: number[];
    accuracy: number;
  };
}

interface RegressionVector {
  name: string;
  predictions: (number | null)[];
  actuals: (number | null)[];
  expected: {
    count: number;
    min: number;
    max: number;
    errorEdges: number[];
    errorCounts: number[];
    cells: [number, number, number][];
    meanError: number;
  };
}

/** Written by scripts/vectors/classification_metrics.py. */
const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/vectors/classification-metrics.json', import.meta.url), 'utf8'),
) as {
  constants: Record<string, number | string>;
  classification: ClassificationVector[];
  regression: RegressionVector[];
};

/** assertClose, and an expected 0 (zero_division=0) must be the number 0, not null. */
function assertRatio(actual: number, expected: number, label: string): void {
  assert.equal(typeof actual, 'number', `${label}: got ${String(actual)}, expected a number`);
  assertClose(actual, expected, label, RELATIVE_TOLERANCE);
}

/** JSON has no NaN: the generator writes a missing value as null. */
const withNaN = (values: (number | null)[]) =>
  Float64Array.from(values, (v) => (v === null ? Number.NaN : v));

test('the vector generator used the same constants as the views', () => {
  assert.deepEqual(vectors.constants, { MAX_CLASSES, OTHER_CLASSES, ERROR_BINS, GRID_SIZE });
});

describe('classification views match sklearn.metrics (zero_division=0)', () => {
  for (const vector of vectors.classification) {
    test(`confusion matrix, precision, recall and F1: ${vector.name}`, () => {
      const views = buildModelViews(
        {
          predictions: withNaN(vector.predictions),
          actuals: withNaN(vector.actuals),
          ...(vector.labels ? { labels: vector.labels } : {}),
        },
        'classification',
      );
      assert.equal(views?.task, 'classification');
      if (views?.task !== 'classification') return;
      const expected = vector.expected;
      assert.equal(views.count, expected.count);
      assert.deepEqual(views.labels, expected.labels);
      assert.equal(views.mergedClasses, expected.mergedClasses);
      assert.deepEqual(views.matrix, expected.matrix);
      assert.deepEqual(
        views.classes.map((c) => c.label),
        expected.labels,
      );
      views.classes.forEach((c, k) => {
        const label = `class ${c.label}`;
        assert.equal(c.support, expected.support[k], `${label} support`);
        assert.equal(c.predicted, expected.predicted[k], `${label} predicted`);
        assertRatio(c.precision, expected.precision[k], `${label} precision`);
        assertRatio(c.recall, expected.recall[k], `${label} recall`);
        assertRatio(c.f1, expected.f1[k], `${label} F1`);
      });
      const diagonal = views.matrix.reduce((sum, row, k) => sum + row[k], 0);
      assertClose(diagonal / views.count, expected.accuracy, 'accuracy', RELATIVE_TOLERANCE);
    });
  }
});

describe('regression views match numpy.histogram and numpy.histogram2d', () => {
  for (const vector of vectors.regression) {
    test(`error histogram, density grid and mean error: ${vector.name}`, () => {
      const views = buildModelViews(
        { predictions: withNaN(vector.predictions), actuals: withNaN(vector.actuals) },
        'regression',
      );
      assert.equal(views?.task, 'regression');
      if (views?.task !== 'regression') return;
      const expected = vector.expected;
      assert.equal(views.count, expected.count);
      assert.equal(views.min, expected.min);
      assert.equal(views.max, expected.max);
      assert.deepEqual(
        views.errorBins.map((b) => b.count),
        expected.errorCounts,
      );
      // Bin edges are numpy.linspace's, bit for bit, so the counts can agree.
      assert.deepEqual(
        [...views.errorBins.map((b) => b.lower), views.errorBins.at(-1)!.upper],
        expected.errorEdges,
      );
      assert.deepEqual(
        views.cells.map(([, , count]) => count),
        expected.cells.map(([, , count]) => count),
      );
      views.cells.forEach(([x, y], i) => {
        assertClose(x, expected.cells[i][0], `cell ${i} actual centre`, RELATIVE_TOLERANCE);
        assertClose(y, expected.cells[i][1], `cell ${i} predicted centre`, RELATIVE_TOLERANCE);
      });
      assertClose(views.meanError, expected.meanError, 'mean error', RELATIVE_TOLERANCE);
    });
  }
});

describe('classificationView', () => {
  test('counts the confusion matrix with actual rows and predicted columns, most frequent class first', () => {
    const actuals = Float64Array.from([0, 0, 1, 1, 2]);
    const predictions = Float64Array.from([0, 1, 1, 1, 0]);
    const view = classificationView(predictions, actuals, ['cat', 'dog', 'fox']);
    // dog occurs 5 times (2 actual + 3 predicted), cat 4, fox 1.
    assert.deepEqual(view.labels, ['dog', 'cat', 'fox']);
    assert.deepEqual(view.matrix, [
      [2, 0, 0],
      [1, 1, 0],
      [0, 1, 0],
    ]);
    assert.equal(view.count, 5);
    assert.equal(view.mergedClasses, 0);
  });

  test('precision, recall and F1 follow their definitions, an undefined ratio is 0 as in scikit-learn', () => {
    const actuals = Float64Array.from([0, 0, 1, 1, 2]);
    const predictions = Float64Array.from([0, 1, 1, 1, 0]);
    const byLabel = new Map(
      classificationView(predictions, actuals).classes.map((c) => [c.label, c]),
    );
    const cat = byLabel.get('0')!;
    assert.deepEqual([cat.support, cat.predicted, cat.precision, cat.recall], [2, 2, 0.5, 0.5]);
    assert.equal(cat.f1, 0.5);
    const dog = byLabel.get('1')!;
    assert.equal(dog.precision, 2 / 3);
    assert.equal(dog.recall, 1);
    assert.ok(Math.abs(dog.f1! - 0.8) < 1e-15);
    const fox = byLabel.get('2')!;
    assert.deepEqual(
      [fox.support, fox.predicted, fox.precision, fox.recall, fox.f1],
      [1, 0, 0, 0, 0],
    );
  });

  test(`classes beyond ${MAX_CLASSES} are merged into one row and the totals are kept`, () => {
    const classes = MAX_CLASSES + 5;
    const actuals: number[] = [];
    const predictions: number[] = [];
    for (let k = 0; k < classes; k++) {
      // Class k occurs classes - k times, so the order is known.
      for (let i = 0; i < classes - k; i++) {
        actuals.push(k);
        predictions.push(i === 0 ? (k + 1) % classes : k);
      }
    }
    const view = classificationView(Float64Array.from(predictions), Float64Array.from(actuals));
    assert.equal(view.labels.length, MAX_CLASSES);
    assert.equal(view.labels.at(-1), OTHER_CLASSES);
    assert.equal(view.mergedClasses, classes - (MAX_CLASSES - 1));
    const total = view.matrix.flat().reduce((sum, n) => sum + n, 0);
    assert.equal(total, actuals.length);
    assert.equal(
      view.classes.reduce((sum, c) => sum + c.support, 0),
      actuals.length,
    );
  });
});

describe('regressionView', () => {
  test('the density grid and the error histogram each count every pair once', () => {
    const random = seededRandom(7);
    const actuals = Float64Array.from(normalSample(random, 5000, 100, 15));
    const predictions = actuals.map((a, i) => a + (i % 3) - 1 + 0.5);
    const view = regressionView(predictions, actuals);
    assert.equal(view.count, 5000);
    assert.equal(
      view.cells.reduce((sum, cell) => sum + cell[2], 0),
      5000,
    );
    assert.ok(view.cells.length <= GRID_SIZE * GRID_SIZE);
    assert.equal(view.errorBins.length, ERROR_BINS);
    assert.equal(
      view.errorBins.reduce((sum, bin) => sum + bin.count, 0),
      5000,
    );
    // predicted - actual is -0.5, 0.5 or 1.5 up to the rounding of a + d - a.
    assert.ok(Math.abs(view.errorBins[0].lower + 0.5) < 1e-9, `${view.errorBins[0].lower}`);
    assert.ok(Math.abs(view.errorBins.at(-1)!.upper - 1.5) < 1e-9);
    // Errors are -0.5, 0.5 and 1.5 in turn.
    assert.ok(Math.abs(view.meanError - (1667 * -0.5 + 1667 * 0.5 + 1666 * 1.5) / 5000) < 1e-9);
    for (const [x, y] of view.cells) {
      assert.ok(x >= view.min && x <= view.max && y >= view.min && y <= view.max);
    }
  });

  test('a perfect model puts every cell on the diagonal and every error in one bin', () => {
    const actuals = Float64Array.from({ length: 100 }, (_, i) => i);
    const view = regressionView(actuals.slice(), actuals);
    assert.ok(view.cells.every(([x, y]) => x === y));
    assert.deepEqual(view.errorBins, [{ lower: 0, upper: 0, count: 100 }]);
    assert.equal(view.meanError, 0);
  });
});

describe('buildModelViews', () => {
  test('a regressor gets the regression views, a classifier the classification views', () => {
    const actuals = Float64Array.from([1, 2, 3, 4]);
    const predictions = Float64Array.from([1.5, 2, 2.5, 4]);
    assert.equal(buildModelViews({ predictions, actuals }, 'regression')?.task, 'regression');
    const classes = buildModelViews(
      {
        predictions: Float64Array.from([0, 1, 1, 0]),
        actuals: Float64Array.from([0, 1, 0, 0]),
        labels: ['no', 'yes'],
      },
      'classification',
    );
    assert.equal(classes?.task, 'classification');
    assert.deepEqual(classes?.task === 'classification' ? classes.labels : [], ['no', 'yes']);
  });

  test('pairs with a missing side are left out, and nothing to score gives no views', () => {
    const views = buildModelViews(
      {
        predictions: Float64Array.from([1, Number.NaN, 3]),
        actuals: Float64Array.from([1, 2, Number.NaN]),
      },
      'regression',
    );
    assert.equal(views?.count, 1);
    assert.equal(
      buildModelViews(
        { predictions: Float64Array.from([Number.NaN]), actuals: Float64Array.from([1]) },
        'regression',
      ),
      undefined,
    );
    assert.equal(buildModelViews(undefined, 'none'), undefined);
  });
});
