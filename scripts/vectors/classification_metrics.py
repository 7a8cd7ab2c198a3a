#!/usr/bin/python3
"""Reference vectors for the model-quality views of the HTML report
(src/report/html/model-views.ts), from scikit-learn and NumPy.

Run with Debian's interpreter (apt-get install -y python3-sklearn python3-numpy):

    /usr/bin/python3 scripts/vectors/classification_metrics.py

It writes test/fixtures/vectors/classification-metrics.json; test/report/html-model-views.test.ts
reads only the JSON. Inputs are seeded, so a rerun gives the same file. JSON has no NaN: a
missing prediction or actual is written as null (the view leaves such pairs out, as
buildModelViews does, and so does this script before calling the references).

Classifier cases: the view orders classes by rows (actual + predicted) descending, then by
code, and merges classes beyond MAX_CLASSES into "(other classes)". That ordering and
merging are the view's own choices, reproduced here; the numbers then come from
sklearn.metrics.confusion_matrix, precision_recall_fscore_support(average=None,
zero_division=0) and accuracy_score, called with the view's class names as text labels.
zero_division=0 is what the view does: a class never predicted has precision 0, a class
never actual recall 0. The report shows no macro or weighted averages, so none are written.

Regressor cases: numpy.histogram(errors, bins=ERROR_BINS) for the error histogram,
numpy.histogram2d(actuals, predictions, bins=GRID_SIZE, range=[[lo, hi]] * 2) for the
density grid (hi = lo + 1 when every value is equal, as the view does), and the exactly
rounded mean error math.fsum(errors) / n.
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import sklearn
import sklearn.metrics

OUT = os.path.join(
    os.path.dirname(__file__), "..", "..", "test", "fixtures", "vectors", "classification-metrics.json"
)
VERSIONS = {"python": sys.version.split()[0], "numpy": np.__version__, "sklearn": sklearn.__version__}

# Must equal the constants of src/report/html/model-views.ts (the test checks them).
MAX_CLASSES = 20
OTHER_CLASSES = "(other classes)"
ERROR_BINS = 30
GRID_SIZE = 40


def nullable(values):
    """JSON numbers (integers without ".0", to keep the file small); NaN becomes null."""
    return [None if math.isnan(v) else int(v) if float(v).is_integer() else float(v) for v in values]


def scored_pairs(predictions, actuals):
    predictions = np.asarray(predictions, dtype=np.float64)
    actuals = np.asarray(actuals, dtype=np.float64)
    keep = np.isfinite(predictions) & np.isfinite(actuals)
    return predictions[keep], actuals[keep]


def js_string(code):
    """String(code) in JavaScript for the integer-valued codes used here."""
    return str(int(code)) if float(code).is_integer() else repr(float(code))


def classification_case(name, predictions, actuals, labels=None):
    p, a = scored_pairs(predictions, actuals)
    frequency = {}
    for code in list(a) + list(p):
        frequency[code] = frequency.get(code, 0) + 1
    ordered = [code for code, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))]
    merged = max(0, len(ordered) - MAX_CLASSES)
    shown = ordered[: MAX_CLASSES - 1] if merged else ordered

    def name_of(code):
        if code not in shown:
            return OTHER_CLASSES
        index = int(code)
        return labels[index] if labels is not None and 0 <= index < len(labels) else js_string(code)

    names = [name_of(code) for code in shown] + ([OTHER_CLASSES] if merged else [])
    y_true = [name_of(code) for code in a]
    y_pred = [name_of(code) for code in p]
    matrix = sklearn.metrics.confusion_matrix(y_true, y_pred, labels=names)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # zero_division=0 must not warn
        precision, recall, f1, support = sklearn.metrics.precision_recall_fscore_support(
            y_true, y_pred, labels=names, average=None, zero_division=0
        )
    return {
        "name": name,
        "predictions": nullable(predictions),
        "actuals": nullable(actuals),
        "labels": labels,
        "expected": {
            "count": len(p),
            "labels": names,
            "mergedClasses": len(ordered) - len(shown) if merged else 0,
            "matrix": matrix.tolist(),
            "support": support.tolist(),
            "predicted": matrix.sum(axis=0).tolist(),
            "precision": precision.tolist(),
            "recall": recall.tolist(),
            "f1": f1.tolist(),
            # Of the classes as shown: merged classes confused with each other count as
            # right here, so this is the report's accuracy only when nothing is merged.
            "accuracy": sklearn.metrics.accuracy_score(y_true, y_pred),
        },
    }


def regression_case(name, predictions, actuals):
    p, a = scored_pairs(predictions, actuals)
    errors = p - a
    counts, edges = np.histogram(errors, bins=ERROR_BINS)
    lo = min(p.min(), a.min())
    hi = max(p.max(), a.max())
    if not hi > lo:
        hi = lo + 1
    grid, x_edges, y_edges = np.histogram2d(a, p, bins=GRID_SIZE, range=[[lo, hi], [lo, hi]])
    assert np.array_equal(x_edges, y_edges)
    centres = (x_edges[:-1] + x_edges[1:]) / 2
    cells = [
        [float(centres[x]), float(centres[y]), int(grid[x, y])]
        for x in range(GRID_SIZE)
        for y in range(GRID_SIZE)
        if grid[x, y] > 0
    ]
    # How many errors a plain floor((e - lower) / width) puts in another bin than NumPy,
    # to show the case exercises the edges (printed, not tested).
    width = (edges[-1] - edges[0]) / ERROR_BINS
    naive = np.minimum(ERROR_BINS - 1, np.floor((errors - edges[0]) / width).astype(int))
    naive_counts = np.bincount(naive, minlength=ERROR_BINS)
    print(f"  {name}: {int(np.abs(naive_counts - counts).sum() // 2)} errors binned differently by floor")
    return {
        "name": name,
        "predictions": nullable(predictions),
        "actuals": nullable(actuals),
        "expected": {
            "count": len(p),
            "min": float(lo),
            "max": float(hi),
            "errorEdges": edges.tolist(),
            "errorCounts": counts.tolist(),
            "cells": cells,
            "meanError": math.fsum(errors) / len(errors),
        },
    }


def noisy_classes(rng, n, weights, accuracy):
    """Actual classes drawn with `weights`; each prediction right with probability
    `accuracy`, otherwise a uniformly drawn class."""
    k = len(weights)
    actuals = rng.choice(k, size=n, p=np.asarray(weights) / np.sum(weights)).astype(np.float64)
    wrong = rng.random(n) >= accuracy
    predictions = np.where(wrong, rng.integers(0, k, size=n), actuals).astype(np.float64)
    return predictions, actuals


def classification_cases(rng):
    cases = []
    p, a = noisy_classes(rng, 600, [5, 3, 2], 0.7)
    cases.append(classification_case("three classes with integer codes, 70% right", p, a))

    p, a = noisy_classes(rng, 5000, [40, 25, 15, 10, 6, 4], 0.55)
    cases.append(classification_case("six imbalanced classes, 5000 rows", p, a))

    p, a = noisy_classes(rng, 400, [4, 3, 2], 0.8)
    labels = ["cat", "dog", "fox <b>&", "owl, never seen"]
    cases.append(classification_case("labels as text, one label in the list never occurs", p, a, labels))

    p, a = noisy_classes(rng, 300, [5, 3, 2], 0.75)
    p[p == 2] = 0  # class 2 is never predicted: precision 0/0
    cases.append(classification_case("a class that is never predicted has precision 0", p, a))

    p, a = noisy_classes(rng, 300, [5, 3], 0.75)
    p[:40] = 2  # class 2 is predicted but never actual: recall 0/0
    cases.append(classification_case("a class that never occurs has recall 0", p, a, ["no", "yes", "maybe"]))

    p, a = noisy_classes(rng, 200, [3, 2], 0.0)
    p = 1 - a  # every prediction wrong: precision, recall and F1 all 0
    cases.append(classification_case("every prediction wrong", p, a, ["no", "yes"]))

    a = np.zeros(50)
    cases.append(classification_case("one class, every prediction right", a.copy(), a, ["only"]))

    p = np.zeros(50)
    p[::7] = 1
    cases.append(classification_case("one class in the actuals, a second one predicted", p, np.zeros(50)))

    p, a = noisy_classes(rng, 2000, list(range(MAX_CLASSES, 0, -1)), 0.6)
    cases.append(classification_case(f"{MAX_CLASSES} classes, none merged", p, a))

    p, a = noisy_classes(rng, 3000, [1.0 / (k + 1) for k in range(60)], 0.5)
    cases.append(classification_case("60 classes, the least frequent merged into one row", p, a))

    p, a = noisy_classes(rng, 500, [3, 2, 1, 1], 0.7)
    p[rng.random(500) < 0.1] = np.nan
    a[rng.random(500) < 0.1] = np.nan
    p[:5] = np.nan
    a[:5] = np.nan
    cases.append(classification_case("pairs with a missing side (NaN) are left out", p, a, ["a", "b", "c", "d"]))

    p, a = noisy_classes(rng, 300, [3, 2, 2, 1], 0.7)
    cases.append(classification_case("codes beyond the label list are shown as numbers", p, a, ["zero", "one"]))
    return cases


def regression_cases(rng):
    cases = []
    # Inputs rounded to 4 decimals keep the file small; p - a is then inexact, as in real data.
    a = np.round(rng.normal(100, 15, size=3000), 4)
    p = np.round(a + 3 + rng.normal(0, 8, size=3000), 4)
    cases.append(regression_case("normal actuals, biased noisy predictions", p, a))

    a = np.round(rng.gamma(2.0, 50.0, size=4000), 4)
    p = np.round(a * rng.lognormal(0, 0.3, size=4000), 4)
    cases.append(regression_case("skewed actuals, multiplicative errors", p, a))

    # Errors and values on multiples of 0.1: many fall on bin edges that are not exact
    # in binary, where a plain floor((e - lower) / width) disagrees with the edges.
    k = np.arange(3100)
    a = (k % 41) * 0.1
    p = a + ((k * 7) % 31) * 0.1 - 1.5
    cases.append(regression_case("values and errors on decimal bin edges", p, a))

    a = np.round(1e6 + rng.normal(0, 1e3, size=2000), 3)
    e = np.round(rng.normal(0, 1e3, size=1000), 3)
    p = a + np.concatenate([e, -e]) + 1e-3
    cases.append(regression_case("large errors of both signs that nearly cancel", p, a))

    a = np.round(rng.normal(0, 1, size=1000), 4)
    p = np.round(a + rng.normal(0, 0.5, size=1000), 4)
    p[rng.random(1000) < 0.05] = np.nan
    a[rng.random(1000) < 0.05] = np.nan
    cases.append(regression_case("pairs with a missing side (NaN) are left out", p, a))

    a = np.full(20, 7.0)
    p = np.concatenate([np.full(10, 7.0), np.full(10, 9.0)])
    cases.append(regression_case("constant actuals, two distinct predictions", p, a))
    return cases


def main():
    rng = np.random.default_rng(20261207)
    document = {
        "source": (
            "sklearn.metrics.confusion_matrix, precision_recall_fscore_support(average=None, "
            "zero_division=0) and accuracy_score on the view's class names; numpy.histogram, "
            "numpy.histogram2d and math.fsum for the regression views. "
            "Generated by scripts/vectors/classification_metrics.py"
        ),
        "versions": VERSIONS,
        "constants": {
            "MAX_CLASSES": MAX_CLASSES,
            "OTHER_CLASSES": OTHER_CLASSES,
            "ERROR_BINS": ERROR_BINS,
            "GRID_SIZE": GRID_SIZE,
        },
        "classification": classification_cases(rng),
        "regression": regression_cases(rng),
    }
    with open(OUT, "w") as f:
        json.dump(document, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"{os.path.normpath(OUT)}: {len(document['classification'])} classifier and "
          f"{len(document['regression'])} regressor cases")


if __name__ == "__main__":
    main()
