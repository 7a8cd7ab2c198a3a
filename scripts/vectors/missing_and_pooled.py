#!/usr/bin/python3
"""Reference vectors for the tests added for real-world data (issue 8):

- two-proportion-z-test.json: statsmodels.stats.proportion.proportions_ztest, the test
  of a feature's missing share (src/stats/two-proportion-z-test.ts), cross-checked
  against scipy.stats.chi2_contingency(correction=False) on the 2 x 2 table (z^2 is
  its statistic, the p-values agree);
- pooled-chi-square.json: the pooling rule of src/stats/pool-rare-categories.ts,
  written again here from its documentation, then scipy.stats.chi2_contingency and the
  total variation distance of the pooled table, on Zipf-distributed category counts
  (many levels, most of them rare) and on small hand-made tables.

Run with Debian's interpreter (python3-scipy, python3-statsmodels):

    /usr/bin/python3 scripts/vectors/missing_and_pooled.py

Tests read only the JSON it writes into test/fixtures/vectors/.
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.stats
import statsmodels
from statsmodels.stats.proportion import proportions_ztest

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "vectors")
VERSIONS = {
    "python": sys.version.split()[0],
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "statsmodels": statsmodels.__version__,
}


def write(name, source, cases):
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump({"source": source, "versions": VERSIONS, "cases": cases}, f, indent=1)
        f.write("\n")
    print(f"{path}: {len(cases)} cases")


def clean(value):
    value = float(value)
    return None if math.isnan(value) else value


def two_proportion_vectors():
    rng = np.random.RandomState(8)
    cases = []
    fixed = [
        (10, 1000, 400, 1000),   # 1% -> 40% missing: a broken join
        (400, 1000, 10, 1000),   # and the reverse
        (1, 100, 2, 100),
        (0, 500, 7, 120),
        (50, 5000, 12, 1000),
        (3, 10, 3, 10),          # equal shares: z = 0, p = 1
        (1, 50000, 1, 2000),
        (25000, 50000, 1000, 2000),
        (123, 50000, 1000, 2000),
        (0, 1, 1, 1),
        (9999, 10000, 1, 10000),  # far tail
    ]
    for _ in range(40):
        n1 = int(rng.randint(1, 60000))
        n2 = int(rng.randint(1, 5000))
        x1 = int(rng.randint(0, n1 + 1))
        x2 = int(rng.randint(0, n2 + 1))
        fixed.append((x1, n1, x2, n2))
    for x1, n1, x2, n2 in fixed:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            z, p = proportions_ztest([x1, x2], [n1, n2])
        table = np.array([[x1, n1 - x1], [x2, n2 - x2]], dtype=float)
        if table.sum(axis=0).min() > 0:
            chi2, p_chi2, _, _ = scipy.stats.chi2_contingency(table, correction=False)
            assert math.isclose(chi2, z * z, rel_tol=1e-9, abs_tol=1e-12), (x1, n1, x2, n2)
            assert math.isclose(p_chi2, p, rel_tol=1e-9, abs_tol=1e-300), (x1, n1, x2, n2)
        cases.append({
            "count1": x1, "nobs1": n1, "count2": x2, "nobs2": n2,
            "statistic": clean(z), "pValue": clean(p),
        })
    write("two-proportion-z-test",
          "statsmodels.stats.proportion.proportions_ztest([count1, count2], [nobs1, nobs2]) "
          "(two-sided, pooled variance); z^2 and p checked against "
          "scipy.stats.chi2_contingency(correction=False)", cases)


def pool(a, b, min_expected=5.0):
    """The rule of pool-rare-categories.ts, from its documentation."""
    total_a, total_b = sum(a), sum(b)
    total = total_a + total_b
    smaller = min(total_a, total_b)
    kept, rare = [], []
    for j in range(len(a)):
        t = a[j] + b[j]
        if t == 0:
            continue
        (rare if t * smaller / total < min_expected else kept).append(j)
    members = [[j] for j in kept]
    if rare:
        rare_total = sum(a[j] + b[j] for j in rare)
        if rare_total * smaller / total >= min_expected or not members:
            members.append(rare)
        else:
            totals = [sum(a[j] + b[j] for j in m) for m in members]
            smallest = totals.index(min(totals))
            merged = sorted(members[smallest] + rare)
            del members[smallest]
            members.append(merged)
    return ([sum(a[j] for j in m) for m in members],
            [sum(b[j] for j in m) for m in members], len(rare))


def zipf_counts(rng, levels, rows, exponent):
    weights = 1.0 / np.arange(1, levels + 1) ** exponent
    weights /= weights.sum()
    return np.bincount(rng.choice(levels, size=rows, p=weights), minlength=levels)


def pooled_vectors():
    rng = np.random.RandomState(5000)
    tables = [
        ("hand: one rare category joins the smallest kept one",
         [300, 200, 10, 0], [100, 100, 0, 100]),
        ("hand: nothing rare", [50, 60, 70], [55, 65, 60]),
        ("hand: every category rare", [1, 2, 1], [0, 1, 2]),
        ("hand: rare categories pooled into their own column",
         [500, 400, 3, 3, 3, 3, 3, 3], [100, 120, 1, 2, 0, 3, 4, 1]),
        ("hand: two categories left, Yates applies", [40, 60, 1], [20, 30, 2]),
    ]
    for exponent, levels, n_ref, n_rec, new_share in [
        (1.1, 5000, 50000, 2000, 0.0),
        (1.1, 5000, 50000, 2000, 0.0),
        (1.1, 5000, 50000, 2000, 0.3),
        (0.8, 1000, 20000, 1000, 0.0),
        (1.5, 300, 5000, 500, 0.0),
        (1.0, 50, 800, 120, 0.1),
    ]:
        a = zipf_counts(rng, levels, n_ref, exponent)
        b = zipf_counts(rng, levels, n_rec, exponent)
        name = f"zipf s={exponent} levels={levels} {n_ref} vs {n_rec}"
        a = list(map(int, a)) + [0]
        b = list(map(int, b))
        if new_share > 0:
            new = int(round(new_share * n_rec))
            scale = (n_rec - new) / n_rec
            b = [int(round(x * scale)) for x in b]
            b.append(new)
            name += f", new category with {int(new_share * 100)}%"
        else:
            b.append(0)
        tables.append((name, a, b))
    cases = []
    for name, a, b in tables:
        pa, pb, pooled = pool(a, b)
        if len(pa) > 1:
            chi2, p, dof, _ = scipy.stats.chi2_contingency(np.array([pa, pb], dtype=float))
        else:
            chi2, p, dof = 0.0, 1.0, 0
        fa = np.array(pa, dtype=float)
        fb = np.array(pb, dtype=float)
        tvd = 0.5 * np.abs(fa / fa.sum() - fb / fb.sum()).sum()
        cases.append({
            "name": name, "a": a, "b": b,
            "pooledA": pa, "pooledB": pb, "pooled": pooled,
            "statistic": clean(chi2), "pValue": clean(p), "degreesOfFreedom": int(dof),
            "totalVariationDistance": clean(tvd),
        })
    write("pooled-chi-square",
          "pooling rule of pool-rare-categories.ts, then scipy.stats.chi2_contingency (default "
          "Yates correction at dof 1) and 0.5 * sum |a/sum(a) - b/sum(b)| on the pooled table",
          cases)


if __name__ == "__main__":
    two_proportion_vectors()
    pooled_vectors()
