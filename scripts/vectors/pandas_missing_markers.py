"""Writes test/fixtures/data/pandas-markers.csv and what pandas reads from it, for
test/data/parse-csv.test.ts (the missing-value markers and padded numbers of issue 8).

Run with the Debian Python, which has pandas (python3-pandas, 1.5.3 on Debian 12):
    /usr/bin/python3 scripts/vectors/pandas_missing_markers.py && npx prettier --write test/fixtures/data/pandas-markers.json

Each row holds one text in a column of numbers (`number`) and in a column of words
(`word`); the JSON records, per row, whether pandas read each cell as missing, and the
number pandas read in `number`, so the tests need no Python.
"""

import io
import json
import pathlib

import pandas as pd
from pandas._libs.parsers import STR_NA_VALUES

OUT = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "data"

# Texts near the markers that must stay values, and padded numbers pandas reads through.
NEAR_MISSES = ["none", "Nan", "NAN", "na", " NA", "NA ", "N/a", "#n/a", "nil", "?"]
PADDED = [" 3", "3 ", "  4.5  ", "\t-2", " 1e3 "]

rows = [("1.5", "start")]
rows += [(marker, marker) for marker in sorted(STR_NA_VALUES)]
rows += [(text, text) for text in NEAR_MISSES]
rows += [(text, "padded") for text in PADDED]
# Numbers enough that the near misses stay under 10% of the cells (csv-column-type.ts).
rows += [(str(i / 4), "filler") for i in range(100)]
rows += [("2", "end")]


def quote(text):
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text


csv = "number,word\n" + "".join(f"{quote(a)},{quote(b)}\n" for a, b in rows)
(OUT / "pandas-markers.csv").write_text(csv)
# Read as pandas does by default, with `number` as text so each cell can be checked.
frame = pd.read_csv(io.StringIO(csv), dtype=str)
numbers = pd.to_numeric(frame["number"].str.strip(), errors="coerce")
expected = {
    "pandas": pd.__version__,
    "defaultMarkers": sorted(STR_NA_VALUES),
    "rows": [
        {
            "text": text,
            "missing": bool(pd.isna(frame["number"][i])),
            "number": None if pd.isna(numbers[i]) else float(numbers[i]),
        }
        for i, (text, _) in enumerate(rows)
    ],
    "wordMissing": [bool(pd.isna(v)) for v in frame["word"]],
}
# Padded numbers: pandas' own number parsing (not to_numeric) reads them through spaces.
padded = pd.read_csv(io.StringIO("v\n" + "".join(f"{quote(t)}\n" for t in PADDED)))
expected["paddedDtype"] = str(padded["v"].dtype)
expected["padded"] = [float(v) for v in padded["v"]]
(OUT / "pandas-markers.json").write_text(json.dumps(expected, indent=2) + "\n")
