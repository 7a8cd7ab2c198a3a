"""The Python baseline drift-sentinel is compared with: pandas reads both CSVs, then
scipy.stats.ks_2samp runs on every feature, as the original quick-reference script did.

Usage: /usr/bin/python3 bench/baseline.py bench/out/reference.csv bench/out/recent.csv
"""

import json
import sys
import time

import pandas as pd
from scipy.stats import ks_2samp

started = time.perf_counter()
reference = pd.read_csv(sys.argv[1])
recent = pd.read_csv(sys.argv[2])
loaded = time.perf_counter()
features = [c for c in reference.columns if c in recent.columns and c not in ("target", "prediction")]
drifted = []
for name in features:
    result = ks_2samp(reference[name].dropna(), recent[name].dropna())
    if result.pvalue < 0.05:
        drifted.append(name)
done = time.perf_counter()
print(
    json.dumps(
        {
            "features": len(features),
            "drifted": drifted,
            "load_seconds": round(loaded - started, 3),
            "ks_seconds": round(done - loaded, 3),
        }
    )
)
