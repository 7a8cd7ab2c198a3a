"""Writes the small .npy fixtures that test/data/parse-npy.test.ts reads.

Run with the Debian Python, which has numpy:
    /usr/bin/python3 scripts/vectors/npy_fixtures.py && npx prettier --write test/fixtures/data/npy-expected.json

Each valid fixture's expected float64 values go to npy-expected.json (NaN as null,
floats as repr so they round-trip exactly), so the tests need no Python.
"""

import io
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "data"
OUT.mkdir(parents=True, exist_ok=True)

expected = {}


def save(name, array, version=None):
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, version=version, allow_pickle=False)
    (OUT / name).write_bytes(buffer.getvalue())
    return buffer.getvalue()


def valid(name, array, version=None):
    save(name, array, version)
    values = [None if np.isnan(x) else float(x) for x in np.asarray(array, dtype=np.float64).ravel()]
    expected[name] = values


floats = [1.5, -2.25, 3.0, float("nan"), 1e300]
valid("float64-le.npy", np.array(floats, dtype="<f8"))
valid("float64-be.npy", np.array(floats, dtype=">f8"))
valid("float32-le.npy", np.array([1.5, -2.25, 0.1, float("nan")], dtype="<f4"))
valid("float32-be.npy", np.array([1.5, -2.25, 0.1, float("nan")], dtype=">f4"))
valid("int64-le.npy", np.array([1, -2, 3, 2**40], dtype="<i8"))
valid("int64-be.npy", np.array([1, -2, 3, 2**40], dtype=">i8"))
valid("int32-le.npy", np.array([1, -2, 2**31 - 1], dtype="<i4"))
valid("int32-be.npy", np.array([1, -2, 2**31 - 1], dtype=">i4"))
valid("int16-le.npy", np.array([1, -2, 300], dtype="<i2"))
valid("uint8.npy", np.array([0, 7, 255], dtype="u1"))
valid("bool.npy", np.array([True, False, True]))
valid("column-c-order.npy", np.array([[1.0], [2.0], [3.0]]))
valid("column-fortran-order.npy", np.asfortranarray(np.array([[1.0], [2.0], [3.0]])))
valid("float64-v2.npy", np.array([4.0, 5.0]), version=(2, 0))
valid("float64-v3.npy", np.array([6.0, 7.0]), version=(3, 0))
valid("empty.npy", np.array([], dtype="<f8"))

# Invalid files, each for one error message.
save("matrix.npy", np.arange(6, dtype="<f8").reshape(2, 3))
save("complex.npy", np.array([1 + 2j]))
good = save("truncated.npy", np.array([1.0, 2.0, 3.0]))
(OUT / "truncated.npy").write_bytes(good[:-4])
(OUT / "bad-magic.npy").write_bytes(b"PK\x03\x04" + good[4:])
(OUT / "corrupt-header.npy").write_bytes(good.replace(b"'shape': (3,)", b"'shape': [3,]"))

(OUT / "npy-expected.json").write_text(json.dumps(expected, indent=1) + "\n")
print(f"wrote {len(expected)} valid and 5 invalid fixtures to {OUT}")
