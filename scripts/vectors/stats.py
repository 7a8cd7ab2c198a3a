#!/usr/bin/python3
"""Reference vectors for src/stats/* (everything except the KS test, see ks.py).

Run with Debian's interpreter, which has SciPy, scikit-learn and statsmodels:

    /usr/bin/python3 scripts/vectors/stats.py

It writes test/fixtures/vectors/<statistic>.json. Tests read only the JSON. Floats are
written with repr (shortest round-trip, up to 17 significant digits); JSON has no NaN,
so an undefined reference value is written as null.
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.special
import scipy.stats
import sklearn
import sklearn.metrics
from scipy.stats.contingency import association

try:
    import statsmodels
    from statsmodels.stats.multitest import multipletests
except ImportError:  # pragma: no cover - the reference then comes from numpy only
    statsmodels = None

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "vectors")
VERSIONS = {
    "python": sys.version.split()[0],
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "sklearn": sklearn.__version__,
    "statsmodels": statsmodels.__version__ if statsmodels else None,
}


def write(name, source, cases):
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump({"source": source, "versions": VERSIONS, "cases": cases}, f, indent=1)
        f.write("\n")
    print(f"{path}: {len(cases)} cases")


def clean(value):
    """Python float for JSON; NaN becomes null."""
    value = float(value)
    return None if math.isnan(value) else value


class Lcg:
    """32-bit LCG (Numerical Recipes constants) reproduced bit for bit in
    test/stats/deterministic-sample.ts: only integer arithmetic and one exact division,
    so TypeScript and Python produce identical doubles."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next_uint32(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state

    def uniform(self):
        high = self.next_uint32() >> 5
        low = self.next_uint32() >> 6
        return (high * 67108864 + low) / 9007199254740992


def deterministic_sample(seed, length, center, scale, spike_share, missing_share):
    """Mirror of deterministicSample() in test/stats/deterministic-sample.ts."""
    rng = Lcg(seed)
    values = []
    for _ in range(length):
        bump = (rng.uniform() + rng.uniform() + rng.uniform() + rng.uniform()) - 2
        value = center + scale * bump
        roll = rng.uniform()
        if roll < missing_share:
            value = math.nan
        elif roll < missing_share + spike_share:
            value = center + scale * 10 * (rng.uniform() - 0.5) * 2
        values.append(value)
    return np.array(values, dtype=np.float64)


# --- regularized incomplete gamma and chi-square survival -------------------------------

def gamma_vectors():
    cases = []
    shapes = [0.5, 1, 1.5, 2, 2.5, 3.5, 5, 7.5, 10, 19.5, 20.5, 35, 50, 99.5, 150, 199.5,
              200.5, 350, 500, 1000, 2500, 5000]
    for a in shapes:
        xs = {0.01, 0.1, 0.3, 0.5, 0.7, 1.0, 1.1, 1.5, 3.0, 10.0, 30.0, 100.0}
        for f in [0.05, 0.3, 0.6, 0.8, 0.9, 0.95, 0.99, 1.0, 1.01, 1.05, 1.1, 1.2, 1.5, 2, 3, 5]:
            xs.add(a * f)
        for sigmas in [-4, -2, -1, -0.5, 0.5, 1, 2, 4, 8]:
            x = a + sigmas * math.sqrt(a)
            if x > 0:
                xs.add(x)
        for x in sorted(xs):
            cases.append({
                "a": a,
                "x": x,
                "q": clean(scipy.special.gammaincc(a, x)),
                "p": clean(scipy.special.gammainc(a, x)),
            })
    write("regularized-gamma", "scipy.special.gammaincc(a, x), scipy.special.gammainc(a, x)",
          cases)


def chi_square_survival_vectors():
    cases = []
    for k in [1, 2, 3, 4, 5, 7, 10, 19, 30, 50, 99, 200, 399, 1000, 4999]:
        for q in [1e-300, 1e-100, 1e-20, 1e-9, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.5, 0.9, 0.99,
                  0.999999]:
            x = float(scipy.stats.chi2.isf(q, k))
            cases.append({"x": x, "k": k, "p": clean(scipy.stats.chi2.sf(x, k))})
        for x in [0.0, 1e-8, 0.2, 2.5, 1500.0, 3000.0]:
            cases.append({"x": x, "k": k, "p": clean(scipy.stats.chi2.sf(x, k))})
    cases.append({"x": -1.0, "k": 3, "p": clean(scipy.stats.chi2.sf(-1.0, 3))})
    write("chi-square-survival", "scipy.stats.chi2.sf(x, k)", cases)


# --- contingency tables ------------------------------------------------------------------

def contingency_tables():
    rng = np.random.default_rng(20240611)
    tables = {
        "2x2 with Yates correction": [[10, 20], [30, 25]],
        "2x2 classic small counts": [[1, 9], [11, 3]],
        "2x2 where |observed - expected| < 0.5 caps the correction": [[10, 11], [10, 10]],
        "2x2 identical rows": [[5, 5], [5, 5]],
        "2x2 huge counts with a small shift": [[1000000, 1010000], [1000000, 1000000]],
        "2x2 heavy imbalance": [[100000, 3], [50, 2]],
        "2x3 category present in only one sample": [[10, 5, 0], [8, 4, 6]],
        "2x3 one empty category (dropped, leaves 2x2 with Yates)": [[10, 0, 5], [12, 0, 7]],
        "2x4 tiny counts": [[1, 0, 2, 1], [0, 1, 1, 3]],
        "2x5 huge counts (1e6) with drift": [[1000000, 2000000, 500000, 250000, 125000],
                                              [1100000, 1900000, 520000, 260000, 90000]],
        "2x6 huge counts where the p-value underflows": [[1000000, 0, 300000, 5, 7, 1],
                                                         [10, 1000000, 300000, 5, 6, 2]],
        "3x2 (dof 2)": [[20, 15], [30, 35], [25, 40]],
        "2x1 single category": [[5], [7]],
        "2x2 with one empty category leaves a single category": [[5, 0], [7, 0]],
        "2x3 with an all-zero sample row": [[0, 0, 0], [3, 4, 5]],
    }
    for k in [3, 8, 30]:
        a = rng.integers(0, 60, size=k)
        b = rng.integers(0, 60, size=k)
        tables[f"2x{k} random"] = [a.tolist(), b.tolist()]
    tables["4x5 random"] = rng.integers(1, 200, size=(4, 5)).tolist()
    tables["6x3 random"] = rng.integers(0, 20, size=(6, 3)).tolist()
    probabilities = np.array([0.90, 0.05, 0.03, 0.015, 0.004, 0.001])
    tables["2x6 heavy imbalance, 1e5 draws"] = [
        rng.multinomial(100000, probabilities).tolist(),
        rng.multinomial(80000, probabilities[::-1] * 0 + probabilities * [1, 1.1, 1, 1, 1, 1]
                        / (probabilities * [1, 1.1, 1, 1, 1, 1]).sum()).tolist(),
    ]
    return tables


def reduce_table(table):
    """Drop all-zero rows and columns, as drift-sentinel does (SciPy raises on them)."""
    t = np.asarray(table, dtype=np.int64)
    rows = t.sum(axis=1) > 0
    cols = t.sum(axis=0) > 0
    return t[rows][:, cols], rows, cols


def contingency_vectors():
    chi_cases = []
    cramer_cases = []
    for name, table in contingency_tables().items():
        reduced, rows, cols = reduce_table(table)
        full_expected = np.zeros(np.asarray(table).shape)
        if reduced.shape[0] >= 2 and reduced.shape[1] >= 2:
            result = scipy.stats.chi2_contingency(reduced, correction=True)
            statistic, p, dof, expected = result
            full_expected[np.ix_(rows, cols)] = expected
            cramer = association(reduced, method="cramer")
        else:
            # Fewer than two categories or samples: SciPy's own dof == 0 branch gives
            # statistic 0 and p 1; Cramér's V is 0/0 and drift-sentinel reports 0.
            statistic, p, dof = 0.0, 1.0, 0
            with np.errstate(all="ignore"):
                full_expected[np.ix_(rows, cols)] = scipy.stats.contingency.expected_freq(reduced)
            cramer = 0.0
        chi_cases.append({
            "name": name,
            "table": table,
            "statistic": clean(statistic),
            "pValue": clean(p),
            "degreesOfFreedom": int(dof),
            "expected": full_expected.tolist(),
        })
        cramer_cases.append({"name": name, "table": table, "v": clean(cramer)})
    write("chi-square-contingency",
          "scipy.stats.chi2_contingency(table, correction=True) on the table without all-zero "
          "rows/columns; expected re-embedded with zeros at the dropped positions", chi_cases)
    write("cramers-v",
          "scipy.stats.contingency.association(table, method='cramer') on the table without "
          "all-zero rows/columns; 0 where fewer than 2 rows or columns remain", cramer_cases)


def total_variation_vectors():
    cases = []
    for case in contingency_tables().values():
        if len(case) != 2:
            continue
        a, b = np.asarray(case[0], dtype=np.float64), np.asarray(case[1], dtype=np.float64)
        if a.sum() == 0 or b.sum() == 0:
            continue
        pa, pb = a / a.sum(), b / b.sum()
        tvd = 0.5 * np.abs(pa - pb).sum()
        # independent check: half the L1 (cityblock) distance
        assert math.isclose(tvd, 0.5 * scipy.spatial.distance.cityblock(pa, pb), rel_tol=1e-14)
        cases.append({"countsA": case[0], "countsB": case[1], "distance": clean(tvd)})
    cases.append({"countsA": [3, 0], "countsB": [0, 7], "distance": 1.0})
    write("total-variation-distance", "0.5 * numpy.abs(a / a.sum() - b / b.sum()).sum()", cases)


# --- multiple testing --------------------------------------------------------------------

def bh_numpy(p):
    """Independent Benjamini-Hochberg step-up, used to cross-check statsmodels."""
    p = np.asarray(p, dtype=np.float64)
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum(1, np.minimum.accumulate(ranked[::-1])[::-1])
    out = np.empty(m)
    out[order] = adjusted
    return out


def p_value_adjustment_vectors():
    rng = np.random.default_rng(7)
    inputs = {
        "m = 1": [0.03],
        "already sorted": [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216],
        "unsorted": [0.205, 0.001, 0.074, 0.041, 0.216, 0.039, 0.008, 0.212, 0.06, 0.042],
        "ties": [0.02, 0.02, 0.02, 0.5, 0.01, 0.01, 0.9, 0.9],
        "exact 0 and 1": [0.0, 1.0, 0.0, 0.3, 1.0, 1e-300],
        "all equal": [0.2] * 5,
        "m = 200 mixed": np.concatenate([rng.uniform(size=150), rng.uniform(size=50) ** 6]).tolist(),
        "m = 200 tiny": (10.0 ** -rng.uniform(0, 300, size=200)).tolist(),
    }
    cases = []
    for name, p in inputs.items():
        reference_bh = bh_numpy(p)
        reference_bonferroni = np.minimum(1, np.asarray(p) * len(p))
        if statsmodels is not None:
            bh = multipletests(p, method="fdr_bh")[1]
            bonferroni = multipletests(p, method="bonferroni")[1]
            assert np.allclose(bh, reference_bh, rtol=1e-14, atol=0), name
            assert np.allclose(bonferroni, reference_bonferroni, rtol=1e-15, atol=0), name
        else:
            bh, bonferroni = reference_bh, reference_bonferroni
        cases.append({
            "name": name,
            "pValues": [float(v) for v in p],
            "benjaminiHochberg": [clean(v) for v in bh],
            "bonferroni": [clean(v) for v in bonferroni],
        })
    source = ("statsmodels.stats.multitest.multipletests(p, method='fdr_bh' | 'bonferroni')[1], "
              "cross-checked against an independent numpy step-up")
    if statsmodels is None:
        source = "independent numpy implementation (statsmodels not installed)"
    write("p-value-adjustment", source, cases)


# --- mean / std and z-score outliers ------------------------------------------------------

SAMPLES = [
    {"seed": 1, "length": 100000, "center": 0.0, "scale": 1.0, "spikeShare": 0.01, "missingShare": 0.0},
    {"seed": 2, "length": 200000, "center": 1e6, "scale": 3.0, "spikeShare": 0.002, "missingShare": 0.01},
    {"seed": 3, "length": 50000, "center": -2.5e-7, "scale": 1e-9, "spikeShare": 0.05, "missingShare": 0.2},
    {"seed": 4, "length": 10, "center": 42.0, "scale": 0.5, "spikeShare": 0.0, "missingShare": 0.0},
    {"seed": 5, "length": 300000, "center": 1e150, "scale": 1e149, "spikeShare": 0.001, "missingShare": 0.0},
]


def sample_of(spec):
    return deterministic_sample(spec["seed"], spec["length"], spec["center"], spec["scale"],
                                spec["spikeShare"], spec["missingShare"])


def moments_vectors():
    cases = []
    for spec in SAMPLES:
        values = sample_of(spec)
        present = values[~np.isnan(values)]
        cases.append({
            "sample": spec,
            "count": int(present.size),
            "firstValues": [float(v) if not math.isnan(v) else None for v in values[:3]],
            "mean": clean(np.mean(present)),
            "standardDeviation": clean(np.std(present, ddof=0)),
            "exactMean": clean(math.fsum(present) / present.size),
        })
    write("mean-and-standard-deviation",
          "numpy.mean(x), numpy.std(x, ddof=0) over the non-NaN values; exactMean via math.fsum",
          cases)


def z_score_vectors():
    cases = []
    for spec in SAMPLES:
        reference = sample_of(spec)
        reference = reference[~np.isnan(reference)]
        mean, std = float(np.mean(reference)), float(np.std(reference))
        recent_spec = dict(spec, seed=spec["seed"] + 100, spikeShare=spec["spikeShare"] * 3)
        recent = sample_of(recent_spec)
        present = recent[~np.isnan(recent)]
        for threshold in [2.0, 3.0, 4.5]:
            count = int(np.count_nonzero(np.abs(present - mean) / std > threshold))
            cases.append({
                "referenceMean": mean,
                "referenceStd": std,
                "recent": recent_spec,
                "threshold": threshold,
                "count": count,
                "observed": int(present.size),
                "share": count / present.size,
            })
    write("z-score-outlier-share",
          "numpy.count_nonzero(numpy.abs(x - mean) / std > threshold) over non-NaN x", cases)


# --- model metrics -------------------------------------------------------------------------

def regression_vectors():
    rng = np.random.default_rng(99)
    x = rng.normal(size=500)
    actual = 3 * x + rng.normal(scale=0.8, size=500)
    datasets = {
        "random regression": (actual, 3.1 * x + 0.05),
        "poor model (negative R²)": (actual, -actual + rng.normal(size=500)),
        "tiny magnitudes (1e-150)": (actual * 1e-150, (3 * x) * 1e-150),
        "huge magnitudes (1e150)": (actual * 1e150, (3 * x) * 1e150),
        "large offset 1e12 with spread 1e3": (1e12 + 1e3 * actual, 1e12 + 1e3 * 3 * x),
        "perfect prediction": (actual, actual.copy()),
        "constant actual, perfect prediction": (np.full(20, 4.0), np.full(20, 4.0)),
        "constant actual, imperfect prediction": (np.full(20, 4.0), np.linspace(3, 5, 20)),
        "two samples": (np.array([1.0, 2.0]), np.array([1.5, 1.5])),
        "single sample": (np.array([2.0]), np.array([3.0])),
    }
    cases = []
    for name, (y, yhat) in datasets.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r2 = sklearn.metrics.r2_score(y, yhat)
        cases.append({
            "name": name,
            "actual": y.tolist(),
            "predicted": yhat.tolist(),
            "rSquared": clean(r2),
            "rootMeanSquaredError": clean(sklearn.metrics.mean_squared_error(y, yhat, squared=False)),
            "meanAbsoluteError": clean(sklearn.metrics.mean_absolute_error(y, yhat)),
        })
    write("regression-metrics",
          "sklearn.metrics.r2_score, mean_squared_error(squared=False), mean_absolute_error",
          cases)


def accuracy_vectors():
    rng = np.random.default_rng(5)
    actual = rng.integers(0, 4, size=1000)
    predicted = np.where(rng.uniform(size=1000) < 0.8, actual, rng.integers(0, 4, size=1000))
    labels = np.array(["cat", "dog", "bird"])
    datasets = {
        "integer labels": (actual.tolist(), predicted.tolist()),
        "string labels": (labels[actual % 3].tolist(), labels[predicted % 3].tolist()),
        "all wrong": ([0, 1, 0, 1], [1, 0, 1, 0]),
        "single sample": (["yes"], ["yes"]),
    }
    cases = []
    for name, (y, yhat) in datasets.items():
        cases.append({"name": name, "actual": y, "predicted": yhat,
                      "accuracy": clean(sklearn.metrics.accuracy_score(y, yhat))})
    write("accuracy", "sklearn.metrics.accuracy_score(actual, predicted)", cases)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    gamma_vectors()
    chi_square_survival_vectors()
    contingency_vectors()
    total_variation_vectors()
    p_value_adjustment_vectors()
    moments_vectors()
    z_score_vectors()
    regression_vectors()
    accuracy_vectors()
