"""Generates examples/data: a house-price model's training data and a recent window
in which buyers moved to larger, newer homes further out and a new neighbourhood
appeared, so the model (trained on the old relationship) makes larger errors.

Run: /usr/bin/python3 scripts/examples/make_example_data.py  (numpy only; deterministic)
"""
import json
import os

import numpy as np

rng = np.random.default_rng(20261128)
out = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "data")
os.makedirs(out, exist_ok=True)

HOODS = ["Riverside", "Old Town", "Hillcrest", "Harbor", "Northgate"]


def make(n, shift):
    sqft = rng.normal(1500 + 350 * shift, 400, n).clip(350, None).round(0)
    bedrooms = np.clip(np.round(sqft / 550 + rng.normal(0, 0.7, n)), 1, 7)
    age = rng.gamma(2.0, 15 - 6 * shift, n).round(1)
    distance = rng.lognormal(1.6 + 0.45 * shift, 0.5, n).round(2)
    p = np.array([0.3, 0.25, 0.2, 0.15, 0.1])
    hoods = list(rng.choice(HOODS, n, p=p))
    if shift:
        # A new development appears in recent listings.
        idx = rng.choice(n, int(0.12 * n), replace=False)
        for i in idx:
            hoods[i] = "Lakeside Park"
    condition = rng.choice(["poor", "fair", "good", "excellent"], n, p=[0.1, 0.3, 0.45, 0.15])
    hood_premium = {"Riverside": 40, "Old Town": 65, "Hillcrest": 55, "Harbor": 80, "Northgate": 20, "Lakeside Park": 90}
    cond_premium = {"poor": -30, "fair": -5, "good": 10, "excellent": 35}
    # Price in thousands. In recent data the market pays less per extra square foot
    # far from the centre: the relationship itself changed (concept drift).
    price = (
        60
        + 0.16 * sqft
        + 12 * bedrooms
        - 0.9 * age
        - (4.5 + 3.5 * shift) * distance
        + np.array([hood_premium[h] for h in hoods])
        + np.array([cond_premium[c] for c in condition])
        + rng.normal(0, 25, n)
    )
    rows = {
        "sqft": sqft,
        "bedrooms": bedrooms.astype(int),
        "age_years": age,
        "distance_km": distance,
        "neighborhood": hoods,
        "condition": condition,
    }
    # A few missing cells, as real exports have.
    missing = rng.choice(n, max(1, n // 200), replace=False)
    return rows, price.round(1), missing


def predict(rows):
    # The deployed model: the reference-era relationship, fitted without the
    # neighbourhood it has never seen (it falls back to the average premium).
    hood_premium = {"Riverside": 40, "Old Town": 65, "Hillcrest": 55, "Harbor": 80, "Northgate": 20}
    cond_premium = {"poor": -30, "fair": -5, "good": 10, "excellent": 35}
    return (
        60
        + 0.16 * rows["sqft"]
        + 12 * rows["bedrooms"]
        - 0.9 * rows["age_years"]
        - 4.5 * rows["distance_km"]
        + np.array([hood_premium.get(h, 50) for h in rows["neighborhood"]])
        + np.array([cond_premium[c] for c in rows["condition"]])
    ).round(1)


def write_csv(path, rows, price, missing, with_target):
    cols = list(rows.keys()) + (["price"] if with_target else [])
    n = len(price)
    with open(path, "w") as f:
        f.write(",".join(cols) + "\n")
        for i in range(n):
            cells = []
            for c in cols:
                v = price[i] if c == "price" else rows[c][i]
                if c == "age_years" and i in missing:
                    cells.append("")
                elif isinstance(v, str):
                    cells.append(v)
                else:
                    cells.append(repr(float(v)) if isinstance(v, float) else str(v))
            f.write(",".join(cells) + "\n")


ref, ref_price, ref_missing = make(2000, 0)
rec, rec_price, rec_missing = make(600, 1)
write_csv(os.path.join(out, "reference.csv"), ref, ref_price, set(ref_missing), True)
write_csv(os.path.join(out, "recent.csv"), rec, rec_price, set(rec_missing), False)
ref_pred = predict(ref)
rec_pred = predict(rec)
np.save(os.path.join(out, "predictions.npy"), rec_pred.astype("<f8"))
np.save(os.path.join(out, "actuals.npy"), rec_price.astype("<f8"))


def metrics(y, p):
    resid = y - p
    ss_res = float(np.sum(resid**2))
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    return {
        "r2": round(1 - ss_res / ss_tot, 4),
        "rmse": round(float(np.sqrt(np.mean(resid**2))), 4),
        "mae": round(float(np.mean(np.abs(resid))), 4),
    }


with open(os.path.join(out, "baseline-metrics.json"), "w") as f:
    json.dump(metrics(ref_price, ref_pred), f, indent=2)
    f.write("\n")
print("baseline", metrics(ref_price, ref_pred), "recent", metrics(rec_price, rec_pred))
