#!/usr/bin/python3
"""Reference vectors for the two-sample KS test and kstwo.sf, from SciPy.

Run with Debian's interpreter (the pyenv python3 lacks SciPy):
    /usr/bin/python3 scripts/vectors/ks.py
Writes test/fixtures/vectors/ks.json. Deterministic: small samples are stored inline,
large ones as a seed for the generator below, which test/stats/ks-vectors.ts repeats
operation for operation so both languages produce bit-identical samples.
"""

import json
import math
import os
import warnings

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'vectors', 'ks.json')

MINSTD_MODULUS = 2147483647
MINSTD_MULTIPLIER = 48271


def generate(spec):
    """Park-Miller 'minstd' LCG -> values. Only + - * / and floor: exact in any IEEE language.

    kind 'uniform': lo + (hi - lo) * u
    kind 'bell':    loc + scale * (u1 + u2 + u3 + u4 - 2)   (Irwin-Hall, a bell shape without log/cos)
    kind 'int':     floor(u * k) + lo
    kind 'grid':    lo + (hi - lo) * ((i + offset) / n), no randomness: evenly spread
                    samples give the very small D that reaches kstwo's Durbin branch
    """
    state = spec['seed']
    out = []

    def next_u():
        nonlocal state
        state = (state * MINSTD_MULTIPLIER) % MINSTD_MODULUS
        return state / MINSTD_MODULUS

    for i in range(spec['n']):
        kind = spec['kind']
        if kind == 'grid':
            out.append(spec['lo'] + (spec['hi'] - spec['lo']) * ((i + spec['offset']) / spec['n']))
        elif kind == 'uniform':
            u = next_u()
            out.append(spec['lo'] + (spec['hi'] - spec['lo']) * u)
        elif kind == 'bell':
            s = next_u()
            s = s + next_u()
            s = s + next_u()
            s = s + next_u()
            out.append(spec['loc'] + spec['scale'] * (s - 2))
        elif kind == 'int':
            u = next_u()
            out.append(float(math.floor(u * spec['k']) + spec['lo']))
        else:
            raise ValueError(kind)
    return np.array(out, dtype=np.float64)


def encode(values):
    """JSON has no infinities: store them as strings."""
    return [v if math.isfinite(v) else ('Infinity' if v > 0 else '-Infinity') for v in values]


def expected_method(n1, n2, method, caught):
    if method == 'auto':
        return 'exact' if max(n1, n2) <= 10000 else 'asymp'
    if method == 'asymp':
        return 'asymp'
    return 'asymp' if any('Switching' in str(w.message) for w in caught) else 'exact'


def ks_case(name, a, b, method='auto', inline=True, spec_a=None, spec_b=None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        res = stats.ks_2samp(a, b, alternative='two-sided', method=method)
    p = float(res.pvalue)
    case = {
        'name': name,
        'method': method,
        'statistic': float(res.statistic),
        'pValue': None if math.isnan(p) else p,
        'methodUsed': expected_method(len(a), len(b), method, caught),
        'warned': any('Switching' in str(w.message) for w in caught),
    }
    case['a'] = encode(a.tolist()) if inline else spec_a
    case['b'] = encode(b.tolist()) if inline else spec_b
    return case


def ks_cases():
    cases = []
    rng = np.random.default_rng(20240601)

    def inline(name, a, b, methods=('auto',)):
        a = np.asarray(a, dtype=np.float64)
        b = np.asarray(b, dtype=np.float64)
        for m in methods:
            cases.append(ks_case(f'{name} [{m}]', a, b, m))

    def generated(name, spec_a, spec_b, methods=('auto',)):
        a = generate(spec_a)
        b = generate(spec_b)
        for m in methods:
            cases.append(ks_case(f'{name} [{m}]', a, b, m, inline=False, spec_a=spec_a, spec_b=spec_b))

    both = ('auto', 'exact', 'asymp')
    inline('n=1 vs 1, different values', [0.5], [1.5], both)
    inline('n=1 vs 1, same value', [2.0], [2.0], both)
    inline('n=1 vs 5', [0.3], rng.normal(size=5), both)
    inline('n=3 vs 7 disjoint', [1, 2, 3], [4, 5, 6, 7, 8, 9, 10], both)
    inline('n=3 vs 7 interleaved', rng.normal(size=3), rng.normal(size=7), both)
    inline('n=5 vs 5 (equal sizes)', rng.normal(size=5), rng.normal(0.5, 1, size=5), both)
    inline('n=20 vs 30', rng.normal(size=20), rng.normal(0.3, 1, size=30), both)
    inline('n=20 vs 30 shifted far', rng.normal(size=20), rng.normal(2.0, 1, size=30), both)
    inline('n=50 vs 50 equal sizes', rng.normal(size=50), rng.normal(0.4, 1, size=50), both)
    inline('n=100 vs 80', rng.normal(size=100), rng.normal(0, 1.5, size=80), both)
    inline('n=7 vs 13 coprime', rng.uniform(size=7), rng.uniform(size=13), both)
    inline('n=60 vs 90 gcd 30', rng.uniform(size=60), rng.uniform(0.1, 1.1, size=90), both)
    same = rng.normal(size=40)
    inline('identical samples', same, same.copy(), both)
    inline('disjoint samples 30 vs 45', rng.uniform(0, 1, 30), rng.uniform(2, 3, 45), both)
    inline('disjoint samples 300 vs 400', rng.uniform(0, 1, 300), rng.uniform(2, 3, 400), both)
    inline('heavy ties integers 0..3', rng.integers(0, 4, 200), rng.integers(0, 4, 300), both)
    inline('heavy ties, shifted integers', rng.integers(0, 4, 150), rng.integers(1, 5, 150), both)
    inline('all values tied in both', [1.0] * 12, [1.0] * 9, both)
    inline('extreme magnitudes, mixed signs',
           [1e-300, -1e300, 1e300, 5e-324, -5e-324, -0.0, 1e-310, 3.0, -2.5e-300],
           [0.0, 1e300, 1.7976931348623157e308, -1.7976931348623157e308, 2e-300, -1e-300, 7.0],
           both)
    inline('infinities', [float('-inf'), 0.0, 1.0, float('inf')], [float('inf'), float('inf'), 2.0], both)
    inline('tiny scale around zero', rng.normal(0, 1e-300, 25), rng.normal(0, 1e-300, 35), both)

    g = lambda seed, n, **kw: dict(seed=seed, n=n, **kw)
    generated('1000 vs 1500 bell', g(11, 1000, kind='bell', loc=0.0, scale=1.0),
              g(12, 1500, kind='bell', loc=0.05, scale=1.0), both)
    generated('2000 vs 3000 uniform shifted', g(13, 2000, kind='uniform', lo=0.0, hi=1.0),
              g(14, 3000, kind='uniform', lo=0.05, hi=1.05), both)
    generated('5000 vs 10000 bell', g(15, 5000, kind='bell', loc=0.0, scale=1.0),
              g(16, 10000, kind='bell', loc=0.0, scale=1.1), both)
    generated('10000 vs 10000 equal sizes', g(17, 10000, kind='bell', loc=0.0, scale=1.0),
              g(18, 10000, kind='bell', loc=0.02, scale=1.0), both)
    generated('9999 vs 10000 large lcm', g(19, 9999, kind='uniform', lo=0.0, hi=1.0),
              g(20, 10000, kind='uniform', lo=0.0, hi=1.0), ('auto', 'asymp'))
    generated('10001 vs 10001 just above auto limit', g(21, 10001, kind='bell', loc=0.0, scale=1.0),
              g(22, 10001, kind='bell', loc=0.01, scale=1.0), ('auto', 'exact'))
    generated('20000 vs 3000', g(23, 20000, kind='bell', loc=0.0, scale=1.0),
              g(24, 3000, kind='bell', loc=0.03, scale=1.0), both)
    generated('200000 vs 100 (kstwo n <= 140 branch)', g(25, 200000, kind='uniform', lo=0.0, hi=1.0),
              g(26, 100, kind='uniform', lo=0.0, hi=1.0), ('auto', 'asymp'))
    generated('200000 vs 100 shifted (Pomeranz)', g(27, 200000, kind='uniform', lo=0.0, hi=1.0),
              g(28, 100, kind='uniform', lo=0.15, hi=1.15), ('auto',))
    generated('50 vs 15000 (kstwo n <= 140 branch)', g(29, 50, kind='bell', loc=0.0, scale=1.0),
              g(30, 15000, kind='bell', loc=0.0, scale=1.0), ('auto', 'asymp'))
    generated('50 vs 15000 shifted far (Smirnov, n <= 140)', g(31, 50, kind='bell', loc=1.5, scale=1.0),
              g(32, 15000, kind='bell', loc=0.0, scale=1.0), ('auto',))
    generated('300 vs 400 even grids offset (Durbin, n > 140)',
              g(0, 300, kind='grid', lo=0.0, hi=1.0, offset=0.0),
              g(0, 400, kind='grid', lo=0.035, hi=1.035, offset=0.5), ('auto', 'asymp'))
    generated('120000 vs 30000 even grids offset (Durbin, large n)',
              g(0, 120000, kind='grid', lo=0.0, hi=1.0, offset=0.0),
              g(0, 30000, kind='grid', lo=0.0014, hi=1.0014, offset=0.5), ('auto',))
    generated('120000 vs 30000 mild drift (Smirnov)', g(33, 120000, kind='bell', loc=0.0, scale=1.0),
              g(34, 30000, kind='bell', loc=0.01, scale=1.0), ('auto',))
    generated('120000 vs 30000 drift (Smirnov)', g(35, 120000, kind='bell', loc=0.0, scale=1.0),
              g(36, 30000, kind='bell', loc=0.03, scale=1.0), ('auto',))
    generated('300000 vs 300000 no drift (Pelz-Good)', g(37, 300000, kind='uniform', lo=0.0, hi=1.0),
              g(38, 300000, kind='uniform', lo=0.0, hi=1.0), ('auto',))
    generated('heavy ties integers 0..3, 20000 vs 15000', g(39, 20000, kind='int', k=4, lo=0),
              g(40, 15000, kind='int', k=4, lo=0), ('auto', 'exact'))
    generated('disjoint 20000 vs 3000', g(41, 20000, kind='uniform', lo=0.0, hi=1.0),
              g(42, 3000, kind='uniform', lo=5.0, hi=6.0), ('auto',))
    generated('46341 vs 46343 lcm overflows int32', g(43, 46341, kind='bell', loc=0.0, scale=1.0),
              g(44, 46343, kind='bell', loc=0.01, scale=1.0), ('exact',))
    return cases


def kstwo_grid():
    ns = [1, 2, 3, 4, 5, 7, 10, 13, 20, 33, 50, 64, 100, 128, 139, 140, 141, 150, 200, 333, 500,
          1000, 1999, 2000, 5000, 10000, 100000, 100001, 166667, 1000000, 1000001]
    rows = []
    for n in ns:
        xs = set()
        nx2 = [0.05, 0.3, 0.7, 0.754, 0.7547, 1.0, 1.5, 2.19, 2.21, 3.0, 3.99, 4.01, 6.0, 12.0,
               17.9, 18.1, 40.0, 150.0, 369.9, 370.1, 740.0]
        if n >= 100000:
            # Each Smirnov sum at this size has ~n terms; keep a few to stay fast.
            nx2 = [0.3, 0.7, 1.5, 2.19, 3.0, 18.1, 369.9, 370.1]
        for v in nx2:
            x = math.sqrt(v / n)
            if x < 1:
                xs.add(x)
        for t in [0.3, 0.5, 0.5000001, 0.7, 0.99, 1.0, 1.01, 1.5, 2.5, n - 1.01, n - 1, n - 0.5]:
            if 0 < t / n < 1:
                xs.add(t / n)
        for x in [0.0, 0.4999, 0.5, 0.5001, 0.6, 0.75, 0.9, 0.999, 1.0, 1.5]:
            xs.add(x)
        for x in sorted(xs):
            rows.append([x, n, float(stats.kstwo.sf(x, n))])
    return rows


def main():
    doc = {
        'generatedBy': 'scripts/vectors/ks.py',
        'scipy': scipy.__version__,
        'numpy': np.__version__,
        'tolerance': {'relative': 1e-9, 'absolute': 1e-300},
        'generator': 'minstd LCG (state = state * 48271 mod 2^31-1, u = state / (2^31-1)); kinds uniform, bell, int',
        'ks2samp': ks_cases(),
        'kstwoSf': kstwo_grid(),
    }
    with open(OUT, 'w') as f:
        json.dump(doc, f, allow_nan=False, separators=(',', ':'))
        f.write('\n')
    print(f"wrote {OUT}: {len(doc['ks2samp'])} ks_2samp cases, {len(doc['kstwoSf'])} kstwo.sf points, "
          f'{os.path.getsize(OUT)} bytes')


if __name__ == '__main__':
    main()
