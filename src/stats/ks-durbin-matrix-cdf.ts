/**
 * Kolmogorov distribution CDF `Pr(D_n <= d)` for the one-sample two-sided statistic
 * `D_n = sup_x |F_n(x) - F(x)|`, by Durbin's matrix method as made fast by Marsaglia,
 * Tsang & Wang: write `d = (k - h) / n`, build the `(2k-1) x (2k-1)` matrix `H`, and
 * read `Pr(D_n <= d) = n!/n^n (H^n)_{kk}`.
 *
 * Port of SciPy's `_kolmogn_DMTW` (scipy/stats/_ksstats.py). Cost is O(k^3 log n), so
 * `kolmogorovSmirnovTwoSidedSf` only calls it where `n d` is small (Simard & L'Ecuyer 2011).
 *
 * References: Durbin J (1968) Ann. Math. Statist. 39, 398-411; Marsaglia G, Tsang WW,
 * Wang J (2003) "Evaluating Kolmogorov's Distribution", J. Stat. Softw. 8(18)
 * (https://doi.org/10.18637/jss.v008.i18).
 *
 * @param n sample size, a positive integer
 * @param d statistic value in [0, 1]
 * @returns `Pr(D_n <= d)` clipped to [0, 1]
 * @example
 * kolmogorovDurbinMatrixCdf(10, 0.274); // 0.6284796154565043
 */
export function kolmogorovDurbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];

  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let scratch = new Float64Array(m * m);
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      multiplySquare(Hpwr, H, scratch, m);
      [Hpwr, scratch] = [scratch, Hpwr];
      expnt += Hexpnt;
    }
    multiplySquare(H, H, scratch, m);
    [H, scratch] = [scratch, H];
    Hexpnt *= 2;
    // Rescale by 2^128 whenever the entry we read grows too large, as SciPy does, and
    // carry the exponent separately so the power never overflows.
    if (Math.abs(H[kk]) > TWO_POW_128) {
      for (let i = 0; i < m * m; i++) H[i] /= TWO_POW_128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }

  let p = Hpwr[kk];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = scaleByPowerOfTwo(p, expnt);
  return Math.min(Math.max(p, 0), 1);
}

const TWO_POW_128 = 2 ** 128;
const TWO_POW_MINUS_128 = 2 ** -128;

function multiplySquare(a: Float64Array, b: Float64Array, out: Float64Array, m: number): void {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[row + l];
      if (ail === 0) continue;
      const brow = l * m;
      for (let j = 0; j < m; j++) out[row + j] += ail * b[brow + j];
    }
  }
}

/** `x * 2^e` without overflowing the intermediate power of two (C's `ldexp`). */
export function scaleByPowerOfTwo(x: number, e: number): number {
  let y = x;
  let rest = e;
  while (rest > 1000) {
    y *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    y *= 2 ** -1000;
    rest += 1000;
  }
  return y * 2 ** rest;
}
